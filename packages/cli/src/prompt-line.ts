import { createInterface } from 'node:readline';
import type { CliIo } from './cli-io.ts';

/**
 * Ask one question on the terminal and read one line of answer (the terminal echoes the typing).
 *
 * @param io Where to ask (its `stdin` and `stdout`).
 * @param question The question, without punctuation.
 * @param fallback Shown in brackets, returned for an empty answer (default: none).
 * @returns The trimmed answer (`''`, or the fallback, when input ends first).
 */
export async function ask(io: CliIo, question: string, fallback?: string): Promise<string> {
  io.stdout.write(fallback === undefined ? `${question}: ` : `${question} [${fallback}]: `);
  const lines = createInterface({ input: io.stdin, terminal: false });
  try {
    const answer = await new Promise<string>((resolve) => {
      lines.once('line', resolve);
      lines.once('close', () => resolve(''));
    });
    return answer.trim() === '' ? (fallback ?? '') : answer.trim();
  } finally {
    lines.close();
  }
}
