const fs = require('fs');
const path = require('path');

// Every synthesized app writes a cloud assembly to a new temporary directory: keep them in the
// checkout's .tmp/ (git-ignored; `npm run test:unit` empties it) instead of the machine's /tmp.
process.env.TMPDIR = path.join(__dirname, '.tmp', 'tmp');
fs.mkdirSync(process.env.TMPDIR, { recursive: true });

/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/test'],
  testMatch: ['**/*.test.ts'],
  transform: {
    '^.+\\.ts$': ['ts-jest', { tsconfig: 'tsconfig.dev.json', isolatedModules: true }],
  },
  collectCoverage: true,
  collectCoverageFrom: ['src/**/*.ts'],
  coverageReporters: ['text-summary', 'lcov'],
  coverageThreshold: {
    global: { lines: 95, branches: 95, statements: 95, functions: 95 },
  },
  testTimeout: 120000,
};

// `npm run test:cdk-current` (scripts/test-cdk-version.sh): resolve aws-cdk-lib and constructs
// from the versions installed in CDK_VERSION_DIR instead of the devDependencies (the lowest
// versions the peer dependencies allow), and run the suites that need a newer aws-cdk-lib too.
module.exports.testPathIgnorePatterns = ['/node_modules/', '/test/current-cdk/', '/test/package-pages/'];
// `npm run test:package-readmes` (after `npm run package`): only the suites that read dist/ (test/package-pages/).
if (process.env.TEST_DIST) {
  module.exports.testPathIgnorePatterns = ['/node_modules/'];
  module.exports.roots = ['<rootDir>/test/package-pages'];
  module.exports.collectCoverage = false;
}
if (process.env.CDK_VERSION_DIR) {
  const dir = path.resolve(process.env.CDK_VERSION_DIR, 'node_modules');
  module.exports.testPathIgnorePatterns = ['/node_modules/', '/test/package-pages/'];
  module.exports.moduleNameMapper = {
    '^aws-cdk-lib$': `${dir}/aws-cdk-lib`,
    '^aws-cdk-lib/(.*)$': `${dir}/aws-cdk-lib/$1`,
    '^constructs$': `${dir}/constructs`,
  };
  module.exports.ci = true;
}
