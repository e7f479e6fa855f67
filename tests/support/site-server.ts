import { rm } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { build, preview } from 'astro';
import type { TestProject } from 'vitest/node';

declare module 'vitest' {
  export interface ProvidedContext {
    /** Address of the built site, served for browser tests (`http://localhost:…`). */
    siteUrl: string;
  }
}

/**
 * Vitest global setup for site tests: build the site once into a folder of
 * this run's own under `tests/.tmp/` (so runs side by side do not overwrite each other), serve it with
 * `astro preview` on a free port, and provide its address as `siteUrl`.
 *
 * @param project The test project, to provide the address to test files.
 * @returns A teardown that stops the server.
 */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  process.env.ASTRO_TELEMETRY_DISABLED = '1';
  // Vitest sets NODE_ENV=test, which would make Vite build a development site (no search, dev-only code).
  process.env.NODE_ENV = 'production';
  const root = fileURLToPath(new URL('../../', import.meta.url));
  const outDir = fileURLToPath(new URL(`tests/.tmp/site-${process.pid}/`, new URL('../../', import.meta.url)));
  await build({ root, outDir, logLevel: 'error' });
  const server = await preview({ root, outDir, server: { port: 0, host: '127.0.0.1' }, logLevel: 'error' });
  project.provide('siteUrl', `http://127.0.0.1:${server.port}`);
  return async () => {
    await server.stop();
    await rm(outDir, { recursive: true, force: true });
  };
}
