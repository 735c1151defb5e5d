// The Jest configuration of the mutation run: the project's, without coverage collection (Stryker
// measures coverage per test itself) and without the suites that only run the cdk CLI or package
// the library, which take seconds each and test no line that the other suites do not.
const base = require('../jest.config.js');

module.exports = {
  ...base,
  rootDir: '..',
  collectCoverage: false,
  coverageThreshold: undefined,
  testPathIgnorePatterns: [...base.testPathIgnorePatterns, '/test/example.test.ts', '/test/replacement.test.ts'],
};
