import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import fc from 'fast-check';

/**
 * The inputs kept from earlier fuzz failures in a folder (`test/fixtures/fuzz-regressions/`),
 * each file one input, read as bytes so nothing about it changes.
 *
 * @param folder The folder.
 * @param prefix Only files whose name starts with this (default: every file).
 * @returns Name and bytes of each kept input, by name.
 */
export function keptInputs(folder: URL, prefix = ''): Array<[name: string, bytes: Buffer]> {
  let names: string[];
  try {
    names = readdirSync(folder).filter((name) => name.startsWith(prefix)).sort();
  } catch {
    return [];
  }
  return names.map((name) => [name, readFileSync(new URL(name, folder))]);
}

/** How a fuzz run is set up. */
export interface FuzzRun<T> {
  /** Cases to try. */
  numRuns: number;
  /** Folder that keeps failing inputs (`test/fixtures/fuzz-regressions/`). */
  folder: URL;
  /** Name prefix of the kept file (`preset-`). */
  prefix: string;
  /** The input as a file's content, to keep it. */
  toFile: (input: T) => string | Uint8Array;
}

/**
 * Check a property on generated inputs (the seed is fast-check's global one, see
 * `tests/support/fast-check-setup.ts`). When it fails, the shrunk counterexample is kept as a file in the
 * regressions folder, so that the test reading that folder replays it on every later run, and the
 * failure is thrown.
 *
 * @param arbitrary The inputs.
 * @param check The property: throws (or rejects) when it does not hold.
 * @param run Counts and where failures are kept.
 */
export async function fuzz<T>(arbitrary: fc.Arbitrary<T>, check: (input: T) => void | Promise<void>, run: FuzzRun<T>): Promise<void> {
  const details = await fc.check(fc.asyncProperty(arbitrary, async (input) => { await check(input); }), { numRuns: run.numRuns });
  if (!details.failed || details.counterexample === null) {
    if (details.failed) throw new Error(`fuzz run failed without a counterexample (seed ${details.seed})`);
    return;
  }
  const content = run.toFile(details.counterexample[0]);
  const hash = createHash('sha256').update(content).digest('hex').slice(0, 12);
  mkdirSync(run.folder, { recursive: true });
  writeFileSync(new URL(`${run.prefix}${hash}.txt`, run.folder), content);
  const error = details.errorInstance instanceof Error ? details.errorInstance.message : String(details.errorInstance);
  throw new Error(`fuzz failure kept as fixtures/fuzz-regressions/${run.prefix}${hash}.txt (seed ${details.seed}, path ${details.counterexamplePath}):\n${error}`);
}
