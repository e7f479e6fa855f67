import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { applyPatch, parsePatch } from 'diff';
import fc from 'fast-check';
import { fixSpec } from 'specmark';
import { expect, test } from 'vitest';
import { loadBuiltInTemplate, type Template } from '@specmark/template';
import { lineLengths, placeProblems } from '@specmark/test-support/fuzz/places.ts';
import { fuzz, keptInputs } from '@specmark/test-support/fuzz/regressions.ts';
import { corruptedBytes, decodeLikeCli, mutatedSpec } from '@specmark/test-support/fuzz/spec-mutations.ts';
import { runCli } from './support/run-cli.ts';
import { tempFolder } from './support/temp-folder.ts';

const template = await loadBuiltInTemplate('api-integration');
const templates = new Map<string, Template>([[template.id, template]]);
const regressions = new URL('fixtures/fuzz-regressions/', import.meta.url);

/** Files the command line reads: mutated specs as text, or a spec with random bytes. */
const fileBytes = fc.oneof(
  { weight: 4, arbitrary: mutatedSpec().map((text) => new TextEncoder().encode(text)) },
  { weight: 1, arbitrary: corruptedBytes() },
);

/**
 * Write the files, run `specmark check --reporter json` and `specmark fix --dry-run` on them, and
 * throw unless: both exit with 0 or 1; every message is placed inside its file; each diff applies
 * and its result is still a spec that `fix` reads and has nothing more to fix.
 */
async function cliHandles(files: Uint8Array[]): Promise<void> {
  const folder = await tempFolder();
  const names = files.map((_, index) => `spec-${index}.md`);
  await Promise.all(files.map((bytes, index) => writeFile(join(folder, names[index]!), bytes)));
  const texts = new Map(await Promise.all(names.map(async (name) => [name, await readFile(join(folder, name), 'utf8')] as const)));
  const problems: string[] = [];

  const check = await runCli(folder, ['check', '--reporter', 'json', ...names]);
  if (check.code !== 0 && check.code !== 1) problems.push(`check exit ${check.code}: ${check.stderr}`);
  else {
    const report = JSON.parse(check.stdout) as { files: Array<{ path: string; messages: Array<{ ruleId: string | null; message: string; line: number; column: number; endLine: number | null; endColumn: number | null }> }> };
    for (const file of report.files) {
      const lengths = lineLengths(texts.get(file.path)!);
      for (const message of file.messages) {
        const what = `${file.path} ${message.ruleId}: ${message.message.slice(0, 60)}`;
        problems.push(...placeProblems(lengths, message, what));
        if (message.endLine !== null) problems.push(...placeProblems(lengths, { line: message.endLine, column: message.endColumn }, `${what} (end)`));
      }
    }
  }

  const fix = await runCli(folder, ['fix', '--dry-run', ...names]);
  if (fix.code !== 0 && fix.code !== 1) problems.push(`fix exit ${fix.code}: ${fix.stderr}`);
  for (const patch of parsePatch(fix.stdout)) {
    if (patch.oldFileName === undefined) continue;
    const name = patch.oldFileName.replace(/^a\//, '');
    const fixed = applyPatch(texts.get(name)!, patch);
    if (fixed === false) {
      problems.push(`${name}: the diff does not apply`);
      continue;
    }
    const again = fixSpec(fixed, [template, ...[...templates.values()].filter((each) => each !== template)]);
    if (again.status !== 'fixed') problems.push(`${name}: fixed output is no longer read (${again.reason})`);
    else if (again.fixes.length > 0) problems.push(`${name}: fixed output still needs ${again.fixes.map((each) => each.code).join(', ')}`);
  }
  if (problems.length > 0) throw new Error(problems.join('\n'));
}

test('check and fix --dry-run handle mutated specs and random bytes: placed messages, diffs that apply and settle', { timeout: 180_000 }, async () => {
  const batch = fc.array(fileBytes, { minLength: 1, maxLength: 12 });
  await fuzz(batch, cliHandles, {
    numRuns: 25,
    folder: regressions,
    prefix: 'cli-',
    // One failing file is kept (the first of the shrunk batch).
    toFile: (files) => files[0]!,
  });
});

test.each(keptInputs(regressions).map(([name, bytes]) => ({ name, bytes })))('kept fuzz input $name is checked and fixed cleanly', async ({ bytes }) => {
  await expect(cliHandles([bytes])).resolves.toBeUndefined();
});

test('a decoded file keeps its text: the fuzz inputs reach the command line as the CLI reads them', () => {
  expect(decodeLikeCli(Uint8Array.from([0x61, 0xff, 0x62]))).toBe('a\ufffdb');
});
