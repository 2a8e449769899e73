/**
 * Four parts, each runnable alone (`npm run test:unit|test:browser|test:moodle|test:cmi5`):
 * - unit: everything in test/ that needs no browser and no service;
 * - browser: the packages and reports in headless Chromium (test/e2e/, *.browser.test.ts);
 * - moodle: against the real Moodle 5.1 of ../shared/harness/moodle (test/moodle/);
 * - cmi5: against ADL's CATAPULT and its LRS from ../shared/harness/cmi5 (test/cmi5/).
 * The real-service parts run one file at a time (`--runInBand` in package.json): each play
 * starts Chromium against one shared server.
 */
const transform = { '^.+\\.ts$': ['ts-jest', { tsconfig: 'tsconfig.json', isolatedModules: true }] };
const part = (displayName, testMatch, extra = {}) => ({
  displayName,
  testEnvironment: 'node',
  roots: ['<rootDir>/test'],
  testMatch,
  transform,
  // End-to-end tests start Chromium and servers; they share two cores with the rest.
  testTimeout: 60000,
  ...extra,
});

/** @type {import('jest').Config} */
module.exports = {
  // Read from the top level (a project's own testTimeout is ignored): end-to-end tests start
  // Chromium and servers and share two cores with the rest.
  testTimeout: 60000,
  projects: [
    part('unit', ['**/*.test.ts'], {
      testPathIgnorePatterns: ['/test/e2e/', '/test/moodle/', '/test/cmi5/', '\\.browser\\.test\\.ts$'],
    }),
    part('browser', ['**/test/e2e/**/*.test.ts', '**/*.browser.test.ts']),
    part('moodle', ['**/test/moodle/**/*.test.ts']),
    part('cmi5', ['**/test/cmi5/**/*.test.ts']),
  ],
};
