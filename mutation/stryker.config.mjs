// StrykerJS mutation testing of src/: `npm run mutation` (hours on two cores; not part of `npm test`
// or CI). Each mutant runs only the tests that cover it (coverageAnalysis: perTest), and its run
// stops at the first failing test file (bail-runner.js). Surviving mutants that no user could tell
// apart from the original are listed, with the reason, in EQUIVALENT.md beside this file.
//
// The run goes in parts (parts.mjs), one Stryker run each, so that a long run can be stopped and
// resumed: each part keeps its own results, and a part run again re-tests only the mutants whose
// code or covering tests changed since (incremental mode). `MUTATION_PART=<name>` picks the part.
import { PARTS } from './parts.mjs';

const part = process.env.MUTATION_PART ?? 'all';
if (!(part in PARTS)) {
  throw new Error(`MUTATION_PART=${part}: known parts are ${Object.keys(PARTS).join(', ')}`);
}
const out = `.tmp/mutation/${part}`;

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
  mutate: PARTS[part],
  // Only what the tests read is copied into each sandbox.
  ignorePatterns: ['/dist', '/lib', '/.tmp', '/coverage', '/bench', '/consumers', '/examples/cdk.out', '/.venv', '/rosetta'],
  tempDirName: '.tmp/stryker',
  cleanTempDir: 'always',
  timeoutMS: 20_000,
  incremental: true,
  incrementalFile: `${out}/incremental.json`,
  reporters: ['clear-text', 'progress', 'html', 'json', 'event-recorder'],
  // each mutant's result as it is tested (one file per mutant), to read survivors during a long run
  eventReporter: { baseDir: `${out}/events` },
  htmlReporter: { fileName: `${out}/report.html` },
  jsonReporter: { fileName: `${out}/report.json` },
  thresholds: { high: 95, low: 90, break: null },
};
