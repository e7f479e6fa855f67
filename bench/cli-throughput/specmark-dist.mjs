// Runs the compiled `specmark` (packages/cli/dist) as a published install does: no source
// condition, compile cache on, the same entry module the `specmark` executable imports.
import module from 'node:module';

module.enableCompileCache?.();
await import('../../packages/cli/dist/main.js');
