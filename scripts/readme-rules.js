#!/usr/bin/env node
// Writes the README's "Validation" table from the rules table the construct runs
// (the modules under lib/, built by `npm run build`), between the markers
// <!-- rules:start --> and <!-- rules:end -->. With --check, fails when the README differs.
'use strict';
const fs = require('fs');
const path = require('path');
const { warningId } = require('../lib/rules/engine');
const { END, START, collectRules, rulesSection } = require('./rules-table');

const rules = collectRules((module) => require(`../lib/${module}`));

const readmePath = path.join(__dirname, '..', 'README.md');

const readme = fs.readFileSync(readmePath, 'utf8');
const start = readme.indexOf(START);
const end = readme.indexOf(END);
if (start === -1 || end === -1) {
  console.error(`README.md has no ${START} ... ${END} section`);
  process.exit(1);
}
const updated = readme.slice(0, start) + rulesSection(rules, warningId) + readme.slice(end + END.length);
if (process.argv.includes('--check')) {
  if (updated !== readme) {
    console.error('README.md validation table is out of date with the rules modules: run `npm run docgen`');
    process.exit(1);
  }
  console.log('README.md validation table matches the rules table');
} else {
  fs.writeFileSync(readmePath, updated);
}
