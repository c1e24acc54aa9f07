/** Jest runs TypeScript through @swc/jest; jose is ESM-only, so it is transformed too (docs/architecture.md, "Toolchain"). */
export default {
  testEnvironment: 'node',
  roots: ['<rootDir>/test'],
  testMatch: ['**/*.test.ts', '**/*.test.tsx'],
  transform: {
    '^.+\\.(t|j)sx?$': [
      '@swc/jest',
      { jsc: { target: 'es2022', transform: { react: { runtime: 'automatic' } } } },
    ],
    '^.+\\.mjs$': ['@swc/jest', { jsc: { target: 'es2022' } }],
  },
  transformIgnorePatterns: ['/node_modules/(?!(jose|@apidevtools|dpdm|chalk|@formatjs|intl-messageformat)/)'],
  // office-addin-mock needs only the OfficeApp enum of office-addin-manifest, whose other imports are ESM-only.
  moduleNameMapper: { '^office-addin-manifest$': '<rootDir>/test/stubs/office-addin-manifest.cjs' },
  extensionsToTreatAsEsm: [],
  globalSetup: '<rootDir>/test/global-setup.ts',
  globalTeardown: '<rootDir>/test/global-teardown.ts',
  testTimeout: 30000,
};
