// The Jest test runner of the mutation run: a mutant is killed by its first failing test, so once a
// test file has a failure in a mutant's run, the rest of that run is cancelled. (Stryker runs Jest
// through its API, where Jest has no `bail`.) A static mutant, one in code that runs when a module
// loads, such as the rules table's, would otherwise be run against every test file even when the
// first one kills it. Jest records a cancelled run's results up to the cancellation and ignores the
// files it did not run.
'use strict';
const TestRunner = require('jest-runner').default;

/** Stryker names the mutant under test in this variable while it runs the tests against it. */
const ACTIVE_MUTANT = '__STRYKER_ACTIVE_MUTANT__';

class BailRunner extends TestRunner {
  async runTests(tests, watcher, options) {
    let failed = false;
    const unsubscribe = this.on('test-file-success', ([, result]) => {
      failed ||= result.numFailingTests > 0;
    });
    // Asked before each file, after the last file's result is recorded: cancel the rest.
    const bailing = Object.create(watcher, {
      isInterrupted: {
        value: () => {
          if (failed && process.env[ACTIVE_MUTANT] !== undefined && !watcher.isInterrupted()) {
            watcher.setState({ interrupted: true });
          }
          return watcher.isInterrupted();
        },
      },
    });
    try {
      return await super.runTests(tests, bailing, options);
    } finally {
      unsubscribe();
    }
  }
}

module.exports = BailRunner;
