/** Jest runs the TypeScript sources through ts-jest (which honours decorator metadata).
 *  meilisearch ships ESM only: it is transformed to CommonJS for jest, while Node loads it natively. */
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/test'],
  testMatch: ['**/*.spec.ts'],
  transform: {
    '^.+\\.tsx?$': ['ts-jest', { tsconfig: 'tsconfig.json', }],
    '^.+/node_modules/meilisearch/.+\\.js$': ['ts-jest', { tsconfig: { allowJs: true, module: 'commonjs', moduleResolution: 'node' } }],
  },
  transformIgnorePatterns: ['/node_modules/(?!meilisearch/)'],
  globalSetup: '<rootDir>/test/global-setup.ts',
  globalTeardown: '<rootDir>/test/global-teardown.ts',
  testTimeout: 60000,
};
