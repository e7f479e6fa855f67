import { execFileSync } from 'node:child_process';
import { chmodSync, readdirSync, statSync } from 'node:fs';
import { appendFile, chmod, readFile, readlink, symlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { beforeEach, describe, expect, test } from 'vitest';
import { runCli } from './support/run-cli.ts';
import { spawnCli, spawnCliUnprivileged } from './support/spawn-cli.ts';
import { apiTemplate, filledSpec, withoutGuardrail, writeFiles } from './support/spec-fixtures.ts';
import { tempFolder } from './support/temp-folder.ts';

const template = await apiTemplate();
const clean = filledSpec(template, 1);
const { markdown: broken, item } = withoutGuardrail(template, clean);
/** The same spec with its owner wrong: one error in `check`. */
const wrongOwner = clean.replace('owner: payments-platform', 'owner: 42');
const ownerLine = (name: string): string => `${name}\n  6:8-6:10  error    Unexpected integer for \`owner\`, expected a string or a list  frontmatter-schema`;

let folder: string;
beforeEach(async () => {
  folder = await tempFolder();
});

/** A spec whose prose has bytes that are not UTF-8: `café` in Latin-1 on line 12. */
function latin1Spec(spec: string): Buffer {
  const lines = spec.split('\n');
  const at = lines.findIndex((line, index) => index > 10 && /^[A-Z]/.test(line));
  const before = Buffer.from(lines.slice(0, at).join('\n') + '\n');
  return Buffer.concat([before, Buffer.from('Le caf'), Buffer.from([0xe9]), Buffer.from(' ' + lines.slice(at).join('\n'))]);
}

describe('a file that is not UTF-8 is refused, never read with U+FFFD in place of its bytes', () => {
  test('check reports it once, at the first invalid byte, and checks the others', async () => {
    const bytes = latin1Spec(wrongOwner);
    const line = bytes.subarray(0, bytes.indexOf(0xe9)).toString().split('\n').length;
    await writeFiles(folder, { 'b.md': wrongOwner });
    await writeFile(join(folder, 'a.md'), bytes);
    const result = await runCli(folder, ['check']);
    expect(result.code).toBe(1);
    expect(result.stdout).toBe(
      [
        'a.md',
        `  ${line}:7  error    Unexpected byte 0xE9 at line ${line}, column 7, expected UTF-8 text (save the file as UTF-8)`,
        '',
        ownerLine('b.md'),
        '',
        '✖ 2 problems (2 errors, 0 warnings) in 2 files checked',
        '',
      ].join('\n'),
    );
  });

  test('a stray continuation byte at the very start, and one after CRLF lines, are placed by line and column', async () => {
    await writeFile(join(folder, 'x.md'), Buffer.from([0x80, 0x81, 0x0a]));
    await writeFile(join(folder, 'y.md'), Buffer.concat([Buffer.from('---\r\ntemplate: api-integration\r\n---\r\n\r\n# Tïtle '), Buffer.from([0xc3, 0x28])]));
    const result = await runCli(folder, ['check', 'x.md', 'y.md', '--reporter', 'json']);
    const places = (JSON.parse(result.stdout) as { files: { messages: { line: number; column: number; message: string }[] }[] }).files.map((file) => file.messages.map((each) => `${each.line}:${each.column} ${each.message}`));
    expect(places).toEqual([
      ['1:1 Unexpected byte 0x80 at line 1, column 1, expected UTF-8 text (save the file as UTF-8)'],
      ['5:9 Unexpected byte 0xC3 at line 5, column 9, expected UTF-8 text (save the file as UTF-8)'],
    ]);
  });

  test('fix leaves it alone with one line naming the byte, fixes the others, exit 1; --dry-run too', async () => {
    const bytes = latin1Spec(broken);
    const line = bytes.subarray(0, bytes.indexOf(0xe9)).toString().split('\n').length;
    await writeFile(join(folder, 'latin1.md'), bytes);
    await writeFiles(folder, { 'utf8.md': broken });
    for (const args of [['fix', '--dry-run'], ['fix']]) {
      const result = await runCli(folder, args);
      expect(result.code).toBe(1);
      expect(result.stderr).toContain(`latin1.md: left alone, unexpected byte 0xE9 at line ${line}, column 7, expected UTF-8 text (save the file as UTF-8)\n`);
      expect(result.stdout).not.toContain('latin1.md');
      expect(await readFile(join(folder, 'latin1.md'))).toEqual(bytes);
    }
    expect(await readFile(join(folder, 'utf8.md'), 'utf8')).toContain(`- [ ] ${item}`);
  });
});

describe('a file name that is not UTF-8', () => {
  test('is checked and fixed like any other, its name shown with the bytes escaped, next to a real spec', async () => {
    const name = Buffer.concat([Buffer.from(join(folder, 'caf')), Buffer.from([0xe9]), Buffer.from('.md')]);
    await writeFile(name, broken.replace('owner: payments-platform', 'owner: 42'));
    await writeFiles(folder, { 'real.md': wrongOwner });
    const check = await runCli(folder, ['check']);
    expect(check.code).toBe(1);
    expect(check.stderr).toBe('');
    expect(check.stdout).toContain('caf\\xE9.md\n  6:8-6:10  error    Unexpected integer for `owner`');
    expect(check.stdout).toContain(ownerLine('real.md'));
    const fix = await runCli(folder, ['fix']);
    expect(fix).toMatchObject({ code: 0, stdout: `caf\\xE9.md: restored \`${template.fields.find((field) => field.items.some((each) => each.text === item))!.title}\` item \`${item}\`\n` });
    expect(await readFile(name, 'utf8')).toContain(`- [ ] ${item}`);
  });
});

describe('what is not a regular file is refused at once', () => {
  test('check and fix report a named pipe named on the command line instead of waiting on it', async () => {
    execFileSync('mkfifo', [join(folder, 'pipe.md')]);
    await writeFiles(folder, { 'spec.md': wrongOwner });
    const check = spawnCli(folder, ['check', 'pipe.md', 'spec.md'], { timeout: 20_000 });
    expect(check).toMatchObject({ status: 1, signal: null, stderr: '' });
    expect(check.stdout).toBe(['pipe.md', '    error    Unexpected named pipe, expected a regular file', '', ownerLine('spec.md'), '', '✖ 2 problems (2 errors, 0 warnings) in 2 files checked', ''].join('\n'));
    const fix = spawnCli(folder, ['fix', 'pipe.md'], { timeout: 20_000 });
    expect(fix).toMatchObject({ status: 1, signal: null, stdout: '', stderr: 'pipe.md: left alone, unexpected named pipe, expected a regular file\nNothing to fix.\n' });
  });
});

// The executable runs where file permissions bind it (the tests may run as root): spawnCliUnprivileged.
describe('one file that cannot be read or written does not stop the others', () => {
  test('check: an unreadable file is reported on that file, with the real cause', async () => {
    await writeFiles(folder, { 'locked.md': clean, 'spec.md': wrongOwner });
    chmodSync(folder, 0o777);
    chmodSync(join(folder, 'locked.md'), 0o000);
    const result = spawnCliUnprivileged(folder, ['check']);
    expect(result).toMatchObject({ status: 1, stderr: '' });
    expect(result.stdout).toBe(['locked.md', '    error    Cannot read this file: permission denied (EACCES)', '', ownerLine('spec.md'), '', '✖ 2 problems (2 errors, 0 warnings) in 2 files checked', ''].join('\n'));
  });

  test('a folder that cannot be read is reported, not passed over in silence; the others are checked and fixed', async () => {
    await writeFiles(folder, { 'private/spec.md': broken, 'spec.md': broken });
    chmodSync(folder, 0o777);
    chmodSync(join(folder, 'private'), 0o000);
    const check = spawnCliUnprivileged(folder, ['check']);
    expect(check).toMatchObject({ status: 1, stderr: '' });
    expect(check.stdout).toMatch(/^private\n {4}error {4}Cannot read this folder: permission denied \(EACCES\); the files in it are skipped\n\nspec\.md\n/);
    const fix = spawnCliUnprivileged(folder, ['fix']);
    expect(fix).toMatchObject({ status: 1, stderr: 'private: left alone, cannot read this folder: permission denied (EACCES); the files in it are skipped\nFixed 1 file.\n' });
    chmodSync(join(folder, 'private'), 0o755);
    expect(await readFile(join(folder, 'private/spec.md'), 'utf8')).toBe(broken);
  });

  test('fix: a read-only file is left alone and said so; the other files are fixed; exit 1', async () => {
    await writeFiles(folder, { 'a.md': broken, 'read-only.md': broken, 'z.md': broken });
    chmodSync(folder, 0o777);
    chmodSync(join(folder, 'read-only.md'), 0o444);
    const result = spawnCliUnprivileged(folder, ['fix']);
    expect(result.status).toBe(1);
    expect(result.stderr).toBe('read-only.md: left alone, cannot write this file: permission denied (EACCES)\nFixed 2 files.\n');
    expect(await readFile(join(folder, 'read-only.md'), 'utf8')).toBe(broken);
    for (const name of ['a.md', 'z.md']) expect(await readFile(join(folder, name), 'utf8')).toContain(`- [ ] ${item}`);
  });
});

describe('fix replaces a file atomically, and only if it is unchanged', () => {
  test('permissions are kept, a symbolic link stays a link to the fixed file, and no temporary file is left', async () => {
    await writeFiles(folder, { 'docs/spec.md': broken });
    await chmod(join(folder, 'docs/spec.md'), 0o640);
    await symlink('docs/spec.md', join(folder, 'link.md'));
    const result = await runCli(folder, ['fix', 'link.md']);
    expect(result.code).toBe(0);
    expect(await readlink(join(folder, 'link.md'))).toBe('docs/spec.md');
    expect(await readFile(join(folder, 'docs/spec.md'), 'utf8')).toContain(`- [ ] ${item}`);
    expect(statSync(join(folder, 'docs/spec.md')).mode & 0o777).toBe(0o640);
    expect(readdirSync(folder).sort()).toEqual(['docs', 'link.md']);
    expect(readdirSync(join(folder, 'docs'))).toEqual(['spec.md']);
  });

  test('lines another process appends during a long run are never lost', async () => {
    // A spec of about 0.9 MB takes seconds to fix: the append lands after it is read (if it lands
    // before, the file is fixed with it). Either way, nothing another process wrote is lost.
    const big = broken + '\n' + Array.from({ length: 9000 }, (_, index) => `Note ${index}: the billing worker records each refund event within one minute and more words here.`).join('\n\n') + '\n';
    await writeFiles(folder, { 'big.md': big });
    const running = runCli(folder, ['fix', 'big.md']);
    await new Promise((resolve) => setTimeout(resolve, 300));
    await appendFile(join(folder, 'big.md'), '\nAppended while fixing.\n');
    const result = await running;
    const after = await readFile(join(folder, 'big.md'), 'utf8');
    expect(after).toContain('\nAppended while fixing.\n');
    if (result.code === 1) {
      expect(result.stderr).toBe('big.md: left alone, unexpected change to this file since it was read, expected it unchanged (run the command again)\nNothing to fix.\n');
      expect(after).toBe(big + '\nAppended while fixing.\n');
    } else expect(after).toContain(`- [ ] ${item}`);
  }, 60_000);
});
