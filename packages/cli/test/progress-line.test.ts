import { PassThrough } from 'node:stream';
import { run } from 'specmark';
import { expect, test } from 'vitest';
import { apiTemplate, filledSpec, writeFiles } from './support/spec-fixtures.ts';
import { tempFolder } from './support/temp-folder.ts';

/** Check a folder of specs, stderr a terminal or not, with a clock that moves 150 ms each time it is read. */
async function checkWithClock(files: number, terminal: boolean): Promise<{ code: number; stdout: string; stderr: string }> {
  const template = await apiTemplate();
  const folder = await tempFolder();
  await writeFiles(folder, Object.fromEntries(Array.from({ length: files }, (_, index) => [`specs/spec-${index}.md`, filledSpec(template, index + 1)])));
  let stdout = '';
  let stderr = '';
  let time = Date.parse('2026-11-24T10:00:00Z');
  const code = await run(['check', '--jobs', '1'], {
    cwd: folder,
    stdin: new PassThrough(),
    stdout: { write: (text: string) => (stdout += text) },
    stderr: { write: (text: string) => (stderr += text), isTTY: terminal },
    env: {},
    now: () => new Date((time += 150)),
  });
  return { code, stdout, stderr };
}

test('on a terminal, a long check shows `Checking n/total files…` on one line, then clears it', async () => {
  const { code, stdout, stderr } = await checkWithClock(6, true);
  expect(code).toBe(0);
  expect(stdout).toContain('6 files checked, no problems');
  const frames = stderr.split('\r\u001B[2K');
  expect(frames[0]).toBe('');
  // Redrawn in place as files are done, counting up to the total; cleared before the report.
  const drawn = frames.slice(1, -1);
  expect(drawn.length).toBeGreaterThan(1);
  for (const frame of drawn) expect(frame).toMatch(/^Checking [0-6]\/6 files…$/);
  const counts = drawn.map((frame) => Number(/\d+/.exec(frame)![0]));
  expect(counts).toEqual([...counts].sort((a, b) => a - b));
  expect(counts.at(-1)).toBe(6);
  expect(frames.at(-1)).toBe('');
});

test('off a terminal (CI, a pipe), a check prints no progress at all', async () => {
  const { code, stderr } = await checkWithClock(6, false);
  expect(code).toBe(0);
  expect(stderr).toBe('');
});
