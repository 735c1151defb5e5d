#!/usr/bin/env node
// Writes the README's "Validation" table from the rules table the construct runs
// (lib/validation/rules.js, built by `npm run build`), between the markers
// <!-- rules:start --> and <!-- rules:end -->. With --check, fails when the README differs.
'use strict';
const fs = require('fs');
const path = require('path');
const { APP_RULES, RULES, SCHEMA_RULE } = require('../lib/validation/rules');
const { warningId } = require('../lib/validation/validate');

const readmePath = path.join(__dirname, '..', 'README.md');
const START = '<!-- rules:start -->';
const END = '<!-- rules:end -->';

const cell = (text) => String(text).replace(/\|/g, '\\|').replace(/\n/g, ' ');
const sourceCell = (source) => cell(source.replace(/(https:\/\/[^\s;)]+)/g, '<$1>'));

// When a rule runs: with the client's own props (at construction), or with the client in its app (at synth).
const WHEN = new Map([SCHEMA_RULE, ...RULES].map((rule) => [rule, 'props']).concat(APP_RULES.map((rule) => [rule, 'app'])));

function table(level) {
  const rules = [SCHEMA_RULE, ...RULES, ...APP_RULES].filter((rule) => rule.level === level);
  if (rules.length === 0) {
    return '';
  }
  const idHeader = level === 'warning' ? 'warning id' : 'rule id';
  const lines = [
    `| ${idHeader} | checks | property | requirement | source |`,
    '| --- | --- | --- | --- | --- |',
  ];
  for (const rule of rules) {
    const id = level === 'warning' ? warningId(rule.id) : rule.id;
    // a requirement that continues the value in messages (", so ...") stands alone here
    lines.push(`| \`${id}\` | ${WHEN.get(rule)} | \`${cell(rule.property)}\` | ${cell(rule.requirement.replace(/^, /, ''))} | ${sourceCell(rule.source)} |`);
  }
  return lines.join('\n');
}

const generated = [
  START,
  '',
  '*checks*: `props` rules read the client\'s own props and fail when the client is constructed;',
  '`app` rules read the client in its app (its pool\'s identity providers, resource servers, attributes',
  'and feature plan) and fail when the app synthesizes.',
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

const readme = fs.readFileSync(readmePath, 'utf8');
const start = readme.indexOf(START);
const end = readme.indexOf(END);
if (start === -1 || end === -1) {
  console.error(`README.md has no ${START} ... ${END} section`);
  process.exit(1);
}
const updated = readme.slice(0, start) + generated + readme.slice(end + END.length);
if (process.argv.includes('--check')) {
  if (updated !== readme) {
    console.error('README.md validation table is out of date with src/validation/rules.ts: run `npm run docgen`');
    process.exit(1);
  }
  console.log('README.md validation table matches the rules table');
} else {
  fs.writeFileSync(readmePath, updated);
}
