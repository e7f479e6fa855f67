import { defineConfig } from 'vitest/config';
import { sourceConditions } from './src/lib/source-conditions.mjs';

export default defineConfig({
  plugins: [sourceConditions()],
  test: {
    testTimeout: 30_000,
    setupFiles: ['tests/support/fast-check-setup.ts'],
    hookTimeout: 180_000,
    projects: [
      { extends: true, test: { name: 'packages', include: ['packages/*/test/**/*.test.ts'] } },
      { extends: true, test: { name: 'action', include: ['action/test/**/*.test.ts'] } },
      { extends: true, test: { name: 'site', include: ['tests/**/*.test.ts'], exclude: ['tests/.tmp/**'], globalSetup: ['tests/support/site-server.ts'] } },
    ],
  },
});
