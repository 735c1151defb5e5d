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

// `npm run test:min-versions`: resolve aws-cdk-lib and constructs from the lowest versions
// package.json's peerDependencies allow, installed in MIN_VERSIONS_DIR.
if (process.env.MIN_VERSIONS_DIR) {
  const dir = require('path').resolve(process.env.MIN_VERSIONS_DIR, 'node_modules');
  module.exports.moduleNameMapper = {
    '^aws-cdk-lib$': `${dir}/aws-cdk-lib`,
    '^aws-cdk-lib/(.*)$': `${dir}/aws-cdk-lib/$1`,
    '^constructs$': `${dir}/constructs`,
  };
  module.exports.ci = true;
}
