// The order of the test files in the mutation run: the quick suites that read every rule and
// message first (the README's rules table, the rules' own tests), the slow ones (real apps, property
// tests, compatibility) last. With bail-runner.js, a mutant dies at its first failing test file:
// most die within the first seconds.
'use strict';
const path = require('path');
const Sequencer = require('@jest/test-sequencer').default;

const FIRST = [
  'rules-table', 'rules-errors', 'rules-oauth', 'rules-urls', 'rules-token-validity', 'rules-tokens',
  'rules-misc', 'rules-warnings', 'untyped-input', 'caller-language', 'token-validity', 'snapshot',
];
const LAST = ['property-companions', 'property', 'compat', 'app-rules', 'readme'];

function rank(test) {
  const name = path.basename(test.path, '.test.ts');
  const first = FIRST.indexOf(name);
  if (first !== -1) {
    return first;
  }
  const last = LAST.indexOf(name);
  return last === -1 ? FIRST.length : FIRST.length + 1 + last;
}

class MutationSequencer extends Sequencer {
  sort(tests) {
    return [...tests].sort((a, b) => rank(a) - rank(b));
  }
}

module.exports = MutationSequencer;
