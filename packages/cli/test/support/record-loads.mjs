// Preloaded with `node --import` by a test: appends the URL of every module Node.js loads to the
// file named by SPECMARK_LOAD_LOG, so that the test can tell which modules a run needed.
import { appendFileSync } from 'node:fs';
import module from 'node:module';

const log = process.env.SPECMARK_LOAD_LOG;
if (log) {
  module.registerHooks({
    load(url, context, nextLoad) {
      appendFileSync(log, url + '\n');
      return nextLoad(url, context);
    },
  });
}
