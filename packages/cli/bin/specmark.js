#!/usr/bin/env node
// The `specmark` executable.
//
// Published installs run the bundled JavaScript in `bundle/`. In a source checkout of the Specmark
// monorepo (where `src/` exists; it is not published) it runs the TypeScript sources instead,
// resolving every `@specmark/*` package to its sources through the `@specmark/source` export
// condition, so nothing needs building first. That needs Node.js 22.18 or later (type stripping and
// `module.registerHooks`); `node --conditions=@specmark/source` works too.

import { existsSync } from 'node:fs';
import module from 'node:module';

const [major = 0, minor = 0] = process.versions.node.split('.').map(Number);
if (major < 22 || (major === 22 && minor < 12)) {
  process.stderr.write(`specmark: Unexpected Node.js ${process.versions.node}, expected 22.12 or later.\n`);
  process.exit(2);
}

// Cache compiled code between runs (Node.js 22.1+): start-up is most of a one-file check.
module.enableCompileCache?.();

const source = new URL('../src/main.ts', import.meta.url);
if (existsSync(source)) {
  if (!process.execArgv.some((arg) => arg.includes('@specmark/source'))) {
    if (typeof module.registerHooks !== 'function') {
      process.stderr.write(`specmark: Unexpected Node.js ${process.versions.node} for running from source, expected 22.18 or later (or build with \`npx tsc -b\`).\n`);
      process.exit(2);
    }
    module.registerHooks({
      resolve(specifier, context, nextResolve) {
        const conditions = context.conditions.includes('@specmark/source') ? context.conditions : ['@specmark/source', ...context.conditions];
        return nextResolve(specifier, { ...context, conditions });
      },
    });
  }
  await import(source.href);
} else {
  // The bundle (see scripts/bundle.mjs) starts faster than the compiled modules it is made of.
  await import(existsSync(new URL('../bundle/main.js', import.meta.url)) ? '../bundle/main.js' : '../dist/main.js');
}
