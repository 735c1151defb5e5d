// The README's "Validation" section, generated from the rules table the construct runs: one row per
// rule, errors and warnings apart. `rulesSection(rules, warningId)` takes the modules' exports, so that
// scripts/readme-rules.js renders it from the built lib/ and the tests from src/.
'use strict';

const START = '<!-- rules:start -->';
const END = '<!-- rules:end -->';

const cell = (text) => String(text).replace(/\|/g, '\\|').replace(/\n/g, ' ');
const sourceCell = (source) => cell(source.replace(/(https:\/\/[^\s;)]+)/g, '<$1>'));

/**
 * @param {{ APP_RULES: object[], COMPANION_RULES: object[], RULES: object[], SCHEMA_RULE: object }} rules
 * @param {(ruleId: string) => string} warningId
 * @returns {string} the section, markers included
 */
function rulesSection({ APP_RULES, COMPANION_RULES, RULES, SCHEMA_RULE }, warningId) {
  // When a rule runs: with the client's own props (at construction), or with the client in its app (at synth).
  const WHEN = new Map([SCHEMA_RULE, ...RULES, ...COMPANION_RULES].map((rule) => [rule, 'props']).concat(APP_RULES.map((rule) => [rule, 'app'])));

  // Whether UserPoolClientChecks applies the rule to clients our construct did not make.
  const COMPANION = new Set(COMPANION_RULES);
  function otherClients(rule) {
    if (rule === SCHEMA_RULE || COMPANION.has(rule)) {
      return 'no: it reads the props of our construct';
    }
    if (rule.constructOnly) {
      return `no: ${rule.constructOnly}`;
    }
    return rule.checksOnly ? `yes (only: ${rule.checksOnly})` : 'yes';
  }

  function table(level) {
    const rules = [SCHEMA_RULE, ...RULES, ...COMPANION_RULES, ...APP_RULES].filter((rule) => rule.level === level);
    if (rules.length === 0) {
      return '';
    }
    const idHeader = level === 'warning' ? 'warning id' : 'rule id';
    const lines = [
      `| ${idHeader} | checks | other clients | property | requirement | source |`,
      '| --- | --- | --- | --- | --- | --- |',
    ];
    for (const rule of rules) {
      const id = level === 'warning' ? warningId(rule.id) : rule.id;
      // a requirement that continues the value in messages (", so ...") stands alone here
      lines.push(`| \`${id}\` | ${WHEN.get(rule)} | ${cell(otherClients(rule))} | \`${cell(rule.property)}\` | ${cell(rule.requirement.replace(/^, /, ''))} | ${sourceCell(rule.source)} |`);
    }
    return lines.join('\n');
  }

  return [
    START,
    '',
    '*checks*: `props` rules read the own props of a construct (the client, a `ManagedLoginBranding`,',
    'a `TermsDocuments`: the property column names which) and fail when it is constructed; `app` rules',
    'read the client in its app (its pool\'s identity providers, resource servers, attributes and',
    'feature plan; its branding styles and terms documents) and fail when the app synthesizes.',
    '*other clients*: whether `UserPoolClientChecks` applies the rule to the clients our construct did',
    'not make (aws-cdk-lib\'s `UserPoolClient`, `pool.addClient`, a raw `CfnUserPoolClient`), at synth.',
    '',
    '**Errors** (each with its rule id at the end of its line; all reported at once):',
    '',
    table('error'),
    '',
    '**Warnings** (acknowledge with `Annotations.of(client).acknowledgeWarning(id, reason)`):',
    '',
    table('warning'),
    '',
    END,
  ].join('\n');
}

/**
 * Every rule, from the modules that define them: the client's schema rule and props rules, the
 * props rules of its branding style and terms documents (each kept with its construct), the
 * whole-app rules. `load` takes a module's path below src/ (or lib/), without its extension.
 */
function collectRules(load) {
  const branding = load('branding/rules');
  const terms = load('terms/rules');
  return {
    SCHEMA_RULE: load('client/schema').SCHEMA_RULE,
    RULES: load('rules/table').RULES,
    COMPANION_RULES: [branding.BRANDING_SCHEMA_RULE, ...branding.BRANDING_RULES, terms.TERMS_SCHEMA_RULE, ...terms.TERMS_RULES],
    APP_RULES: load('rules/table').APP_RULES,
  };
}

module.exports = { START, END, collectRules, rulesSection };
