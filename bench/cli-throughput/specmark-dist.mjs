// Runs `specmark` as a published install does: the bundle `npm pack` ships (packages/cli/bundle,
// made by `npm run build -w packages/cli`), no source condition, compile cache on, the same entry
// module the `specmark` executable imports.
import module from 'node:module';

module.enableCompileCache?.();
await import('../../packages/cli/bundle/main.js');
