// Runs `specmark` as a published install does: the bundle `npm pack` ships (packages/cli/bundle)
// and the template model parsed ahead of time (both made by `npm run bench:cli`), no source
// condition, compile cache on, the same entry module the `specmark` executable imports.
import module from 'node:module';

module.enableCompileCache?.();
await import('../../packages/cli/bundle/main.js');
