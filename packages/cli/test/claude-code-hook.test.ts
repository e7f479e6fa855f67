import { spawn } from 'node:child_process';
import { mkdir, symlink } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, test } from 'vitest';
import { apiTemplate, filledSpec, withoutGuardrail, writeFiles } from './support/spec-fixtures.ts';
import { tempFolder } from './support/temp-folder.ts';

/** The hook the site's "With coding agents" page tells teams to add to `.claude/settings.json`. */
const hook = fileURLToPath(new URL('../../../content/snippets/claude-code-check-spec.mjs', import.meta.url));
const cliPackage = fileURLToPath(new URL('../', import.meta.url));

/** A project with `specmark` installed (this checkout's) and a spec missing a guardrail. */
async function project(): Promise<{ folder: string; item: string }> {
  const template = await apiTemplate();
  const { markdown, item } = withoutGuardrail(template, filledSpec(template));
  const folder = await tempFolder();
  await writeFiles(folder, {
    'package.json': '{"private": true}\n',
    'docs/specs/broken.md': markdown,
    'docs/specs/clean.md': filledSpec(template),
    'README.md': '# Not a spec\n',
    'notes.txt': 'text\n',
  });
  await mkdir(join(folder, 'node_modules'));
  await symlink(cliPackage, join(folder, 'node_modules', 'specmark'));
  return { folder, item };
}

/** Run the hook as Claude Code does after a tool call: the event as JSON on stdin. */
async function runHook(folder: string, toolName: string, toolInput: Record<string, unknown>, env: Record<string, string> = { CLAUDE_PROJECT_DIR: folder }): Promise<{ code: number | null; stdout: string; stderr: string }> {
  const child = spawn(process.execPath, [hook], { cwd: folder, env: { PATH: process.env.PATH ?? '', ...env }, stdio: ['pipe', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
  child.stdin.end(JSON.stringify({ session_id: 's1', transcript_path: join(folder, 't.jsonl'), cwd: folder, hook_event_name: 'PostToolUse', tool_name: toolName, tool_input: toolInput, tool_response: { success: true } }));
  const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
  return { code, stdout, stderr };
}

test('an edited spec with a problem: exit 2 and the stylish report on stderr, for the agent', async () => {
  const { folder, item } = await project();
  const result = await runHook(folder, 'Edit', { file_path: join(folder, 'docs/specs/broken.md'), old_string: 'a', new_string: 'b' });
  expect(result.code).toBe(2);
  expect(result.stdout).toBe('');
  expect(result.stderr).toContain(`Unexpected missing item \`${item.slice(0, 30)}`);
  expect(result.stderr).toContain('required-checklist-items');
  expect(result.stderr).toMatch(/✖ 1 problem \(1 error, 0 warnings\) in 1 file checked\n$/);
});

test('a clean spec, a Markdown file that is not a spec, another file type, a deleted file: exit 0, silent', async () => {
  const { folder } = await project();
  for (const [tool, path] of [['Write', 'docs/specs/clean.md'], ['Write', 'README.md'], ['Edit', 'notes.txt'], ['Write', 'docs/specs/gone.md']] as const) {
    expect(await runHook(folder, tool, { file_path: join(folder, path), content: '' })).toEqual({ code: 0, stdout: '', stderr: '' });
  }
  expect(await runHook(folder, 'Bash', { command: 'ls' })).toEqual({ code: 0, stdout: '', stderr: '' });
});

test('specmark not installed: exit 1 with what to do, for the person (not a block)', async () => {
  const bare = await tempFolder();
  await writeFiles(bare, { 'spec.md': '---\ntemplate: api-integration\n---\n' });
  expect(await runHook(bare, 'Write', { file_path: join(bare, 'spec.md') }, { CLAUDE_PROJECT_DIR: bare })).toEqual({ code: 1, stdout: '', stderr: 'specmark is not installed in this project: npm install --save-dev specmark\n' });
});
