import { defineConfig } from 'vitest/config';
import { sourceConditions } from './src/lib/source-conditions.mjs';

export default defineConfig({
  plugins: [sourceConditions()],
  test: {
    include: ['packages/*/test/**/*.test.ts', 'tests/**/*.test.ts'],
    testTimeout: 30_000,
    hookTimeout: 180_000,
  },
});
