// @ts-check
import { randomUUID } from 'node:crypto';

/**
 * Step outputs in the `$GITHUB_OUTPUT` file format, each value between a random delimiter line
 * (`name<<delimiter`), so no value can end its entry early or set another output.
 *
 * @param {Record<string, string | number>} outputs Values by output name.
 * @returns {string} The lines to append.
 */
export function outputLines(outputs) {
  return Object.entries(outputs)
    .map(([name, value]) => {
      const delimiter = `specmark_${randomUUID()}`;
      return `${name}<<${delimiter}\n${String(value)}\n${delimiter}\n`;
    })
    .join('');
}

/**
 * A workflow command's message, escaped (`%`, CR, LF) so it stays one command.
 *
 * @param {string} text The message.
 * @returns {string} The escaped message.
 */
export function commandData(text) {
  return text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}
