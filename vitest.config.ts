import { defineConfig } from 'vitest/config';

export default defineConfig({
  define: { __BERKAS_VERSION__: JSON.stringify(process.env.npm_package_version ?? 'test') },
  test: {
    include: ['src/**/*.test.ts', 'tests/integration/**/*.test.ts', 'tests/e2e/**/*.test.ts'],
    globalSetup: ['tests/global-setup.ts'],
    // Argon2id takes half a second and 64 MiB per unlock by design; give tests room.
    testTimeout: 60_000,
    hookTimeout: 60_000,
    pool: 'forks',
  },
});
