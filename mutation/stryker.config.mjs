// StrykerJS mutation testing of src/: `npm run mutation` (tens of minutes on two cores; not part of
// `npm test` or CI). Each mutant runs only the tests that cover it (coverageAnalysis: perTest).
// Surviving mutants that no user could tell apart from the original are listed, with the reason,
// in EQUIVALENT.md beside this file.
/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  testRunner: 'jest',
  jest: {
    projectType: 'custom',
    configFile: 'mutation/jest.config.js',
    enableFindRelatedTests: false,
  },
  coverageAnalysis: 'perTest',
  concurrency: Number(process.env.STRYKER_CONCURRENCY ?? 2),
  mutate: ['src/**/*.ts', '!src/index.ts'],
  // Only what the tests read is copied into each sandbox.
  ignorePatterns: ['/dist', '/lib', '/.tmp', '/coverage', '/bench', '/consumers', '/examples/cdk.out', '/.venv', '/rosetta'],
  tempDirName: '.tmp/stryker',
  cleanTempDir: 'always',
  timeoutMS: 20_000,
  // Later runs re-test only the mutants whose code or covering tests changed since the last run.
  incremental: true,
  incrementalFile: '.tmp/mutation/incremental.json',
  reporters: ['clear-text', 'progress', 'html', 'json', 'event-recorder'],
  // each mutant's result as it is tested (one file per mutant), to read survivors during a long run
  eventReporter: { baseDir: '.tmp/mutation/events' },
  htmlReporter: { fileName: '.tmp/mutation/report.html' },
  jsonReporter: { fileName: '.tmp/mutation/report.json' },
  thresholds: { high: 95, low: 90, break: null },
};
