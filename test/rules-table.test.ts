import * as fs from 'fs';
import * as path from 'path';
import { warningId } from '../src/rules/engine';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { END, START, collectRules, rulesSection } = require('../scripts/rules-table') as {
  START: string;
  END: string;
  collectRules: (load: (module: string) => any) => Record<'SCHEMA_RULE', { id: string; level: string }> & Record<'RULES' | 'COMPANION_RULES' | 'APP_RULES', Array<{ id: string; level: string }>>;
  rulesSection: (table: unknown, id: typeof warningId) => string;
};

// eslint-disable-next-line @typescript-eslint/no-require-imports
const rules = collectRules((module) => require(`../src/${module}`));

const README = fs.readFileSync(path.join(__dirname, '..', 'README.md'), 'utf8');

test('the README lists every rule as the construct runs it: id, property, requirement and source', () => {
  const section = README.slice(README.indexOf(START), README.indexOf(END) + END.length);
  expect(rulesSection(rules, warningId)).toBe(section);
});

test('every rule id is unique, and every warning id is the form users acknowledge', () => {
  const all = [rules.SCHEMA_RULE, ...rules.RULES, ...rules.COMPANION_RULES, ...rules.APP_RULES];
  const ids = all.map((rule) => rule.id);
  expect(new Set(ids).size).toBe(ids.length);
  for (const rule of all.filter((r) => r.level === 'warning')) {
    expect(README).toContain(`\`cdk-cognito-user-pool-client::${rule.id}\``);
  }
});
