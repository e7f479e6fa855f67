import { run } from './run.ts';

// When the reader of the output goes away (`specmark check -r json | head -c 10`), writing fails
// with EPIPE: nothing more can be shown, so stop writing quietly instead of printing Node's
// unhandled error. The run itself finishes (a `fix` still writes its files) and sets the exit code.
// Any other failure to write the output makes the run fail (exit code 2).
let writeFailed = false;
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code !== 'EPIPE' && error.code !== 'ERR_STREAM_DESTROYED') writeFailed = true;
  });
}

/**
 * Run `specmark` in this process, with its arguments, and set the exit code. This module is what
 * the `specmark` executable imports.
 */
const code = await run(process.argv.slice(2));
process.exitCode = writeFailed ? 2 : code;
