import { run } from './run.ts';

/**
 * Run `specmark` in this process, with its arguments, and set the exit code. This module is what
 * the `specmark` executable imports.
 */
process.exitCode = await run(process.argv.slice(2));
