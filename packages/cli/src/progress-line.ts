import type { CliOutput } from './cli-io.ts';

/**
 * A progress line on a terminal (`Checking 120/1000 files…`), redrawn at most every 100 ms and
 * shown only after the run has taken half a second; does nothing when the stream is not a terminal.
 *
 * @param stream Where to draw (stderr).
 * @param clock The time now, in milliseconds (default: `Date.now`).
 * @returns `update(done, total)` and `clear()`.
 */
export function progressLine(stream: CliOutput, clock: () => number = Date.now): { update: (done: number, total: number) => void; clear: () => void } {
  const started = clock();
  let drawn = 0;
  let visible = false;
  return {
    update(done, total) {
      if (!stream.isTTY || total === 0) return;
      const now = clock();
      if (now - started < 500 || (now - drawn < 100 && done < total)) return;
      drawn = now;
      visible = true;
      stream.write(`\r\u001B[2KChecking ${done}/${total} files…`);
    },
    clear() {
      if (visible) stream.write('\r\u001B[2K');
      visible = false;
    },
  };
}
