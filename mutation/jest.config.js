// The Jest configuration of the mutation run: the project's, without coverage collection (Stryker
// measures coverage per test itself), without the suites that only run the cdk CLI (they cover no
// line in this process), and with a fifth of the property tests' examples (FC_RUNS_FACTOR), so
// that each mutant costs seconds, not minutes.
process.env.FC_RUNS_FACTOR ??= '0.2';
const base = require('../jest.config.js');

module.exports = {
  ...base,
  rootDir: '..',
  collectCoverage: false,
  // a mutant's run stops at its first failing test file; the quick suites that read every rule run first
  runner: require.resolve('./bail-runner.js'),
  testSequencer: require.resolve('./sequencer.js'),
  coverageThreshold: undefined,
  testPathIgnorePatterns: [...base.testPathIgnorePatterns, '/test/example.test.ts', '/test/replacement.test.ts'],
};
