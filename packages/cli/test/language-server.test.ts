import { execFile, spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import fc from 'fast-check';
import { fixSpec } from 'specmark';
import { goodSpecs, hollowSpec } from '@specmark/test-support/specs/hollow-spec.ts';
import { spawnCli } from './support/spawn-cli.ts';
import { loadBuiltInTemplate } from '@specmark/template';
import { afterAll, beforeAll, expect, test } from 'vitest';
import {
  CodeActionRequest,
  createProtocolConnection,
  DidChangeTextDocumentNotification,
  DidOpenTextDocumentNotification,
  InitializedNotification,
  InitializeRequest,
  PublishDiagnosticsNotification,
  StreamMessageReader,
  StreamMessageWriter,
  type CodeAction,
  type Diagnostic,
  type ProtocolConnection,
  type TextEdit,
} from 'vscode-languageserver-protocol/node.js';

const run = promisify(execFile);
const presetRoot = fileURLToPath(new URL('../../remark-preset-lint', import.meta.url));
const monorepoModules = fileURLToPath(new URL('../../../node_modules', import.meta.url));
const template = await loadBuiltInTemplate('api-integration');
const complete = readFileSync(new URL('../../remark-preset-lint/test/fixtures/complete-spec.md', import.meta.url), 'utf8');
const guardrail = template.fields.find((field) => field.kind === 'checklist' && field.items.some((item) => !item.prompt))!.items.find((item) => !item.prompt)!.text;

let project = '';
let server: ChildProcess;
let connection: ProtocolConnection;
const published = new Map<string, (diagnostics: Diagnostic[]) => void>();
let version = 0;

/**
 * The language server vscode-remark runs (`remark-language-server`): unified-language-server with
 * remark's options, here as the ~20-line file upstream ships, started over stdio in a project whose
 * `.remarkrc` names the preset.
 */
const serverSource = `import { createUnifiedLanguageServer } from 'unified-language-server';
createUnifiedLanguageServer({
  configurationSection: 'remark',
  ignoreName: '.remarkignore',
  packageField: 'remarkConfig',
  pluginPrefix: 'remark',
  processorName: 'remark',
  processorSpecifier: 'remark',
  rcName: '.remarkrc',
});
`;

beforeAll(async () => {
  // The published entry points are the compiled ones: build them first.
  await run('npm', ['exec', '--', 'tsc', '-b', presetRoot]);
  project = mkdtempSync(join(tmpdir(), 'specmark-language-server-'));
  symlinkSync(monorepoModules, join(project, 'node_modules'), 'dir');
  writeFileSync(join(project, 'package.json'), '{ "private": true, "type": "module" }\n');
  writeFileSync(join(project, '.remarkrc'), '{ "plugins": ["@specmark/remark-preset-lint"] }\n');
  writeFileSync(join(project, 'server.js'), serverSource);
  mkdirSync(join(project, 'docs'));
  server = spawn(process.execPath, ['server.js', '--stdio'], { cwd: project, stdio: ['pipe', 'pipe', 'inherit'] });
  connection = createProtocolConnection(new StreamMessageReader(server.stdout!), new StreamMessageWriter(server.stdin!));
  connection.onNotification(PublishDiagnosticsNotification.type, ({ uri, diagnostics }) => published.get(uri)?.(diagnostics));
  connection.listen();
  await connection.sendRequest(InitializeRequest.type, {
    processId: process.pid,
    rootUri: pathToFileURL(project).href,
    workspaceFolders: [{ uri: pathToFileURL(project).href, name: 'project' }],
    capabilities: {},
  });
  await connection.sendNotification(InitializedNotification.type, {});
}, 120_000);

afterAll(() => {
  connection?.dispose();
  server?.kill();
  if (project) rmSync(project, { recursive: true, force: true });
});

/** Open (or change) a document in the server and wait for its diagnostics. */
async function diagnose(name: string, text: string): Promise<{ uri: string; diagnostics: Diagnostic[] }> {
  const uri = pathToFileURL(join(project, 'docs', name)).href;
  const diagnostics = new Promise<Diagnostic[]>((resolve) => published.set(uri, resolve));
  version += 1;
  if (version === 1 || !published.has(`${uri}#open`)) {
    published.set(`${uri}#open`, () => undefined);
    await connection.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri, languageId: 'markdown', version, text } });
  } else {
    await connection.sendNotification(DidChangeTextDocumentNotification.type, { textDocument: { uri, version }, contentChanges: [{ text }] });
  }
  return { uri, diagnostics: await diagnostics };
}

/** The code actions the server offers for diagnostics. */
async function codeActions(uri: string, diagnostics: Diagnostic[]): Promise<CodeAction[]> {
  const actions = await connection.sendRequest(CodeActionRequest.type, {
    textDocument: { uri },
    range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
    context: { diagnostics },
  });
  return (actions ?? []) as CodeAction[];
}

/** Apply a code action's one edit to a text, as an editor would. */
function applyAction(text: string, uri: string, action: CodeAction): string {
  const [edit] = action.edit!.changes![uri]! as [TextEdit];
  const starts = [0];
  for (const match of text.matchAll(/\r\n|\r|\n/g)) starts.push(match.index + match[0].length);
  const offset = (position: { line: number; character: number }) => starts[position.line]! + position.character;
  return text.slice(0, offset(edit.range.start)) + edit.newText + text.slice(offset(edit.range.end));
}

const specmark = (diagnostics: Diagnostic[]) => diagnostics.filter((diagnostic) => diagnostic.source === 'specmark').map((diagnostic) => `${diagnostic.code}: ${diagnostic.message.split('\n')[0]}`);
const fixed = (text: string) => {
  const result = fixSpec(text, [template]);
  if (result.status !== 'fixed') throw new Error(result.reason);
  return result.output;
};

test('a complete spec saved with a BOM and CRLF gets no diagnostic in the editor', async () => {
  const { diagnostics } = await diagnose('bom.md', '\ufeff' + complete.replace(/\n/g, '\r\n'));
  expect(specmark(diagnostics)).toEqual([]);
});

test('a deleted guardrail gets one quick fix that inserts that one item, titled with it, the edit `specmark fix` makes', async () => {
  for (const [name, text] of [
    ['lf.md', complete.replace(`- [ ] ${guardrail}\n`, '')],
    ['crlf.md', '\ufeff' + complete.replace(`- [ ] ${guardrail}\n`, '').replace(/\n/g, '\r\n')],
  ] as const) {
    const { uri, diagnostics } = await diagnose(name, text);
    expect(specmark(diagnostics)).toEqual([`required-checklist-items: Unexpected missing item \`${guardrail.slice(0, 59)}…\` in \`Do not\`, expected it, or struck through with the reason it does not apply`]);
    const actions = await codeActions(uri, diagnostics);
    const eol = name === 'crlf.md' ? '\r\n' : '\n';
    expect(actions.map((action) => [action.title, action.isPreferred])).toEqual([[`Insert \`- [ ] ${guardrail}${eol}\``, true]]);
    // VS Code keeps a BOM out of the document's text; the edit is the same on the bytes after it.
    const body = text.replace(/^\ufeff/, '');
    expect(text.slice(0, text.length - body.length) + applyAction(body, uri, actions[0]!)).toBe(fixed(text));
  }
});

test('a field at the wrong level is repaired by changing its heading', async () => {
  const text = complete.replace('### Problem\n', '## Problem\n');
  const { uri, diagnostics } = await diagnose('level.md', text);
  expect(specmark(diagnostics)).toEqual(['required-sections: Unexpected heading level 2 for field `Problem`, expected level 3 (`### Problem`)']);
  const actions = await codeActions(uri, diagnostics);
  expect(actions.map((action) => action.title)).toEqual(['Replace `## Problem` with `### Problem`']);
  expect(applyAction(text, uri, actions[0]!)).toBe(complete);
  expect(fixed(text)).toBe(complete);
});

test('applying every quick fix one after the other gives the bytes of `specmark fix`', async () => {
  const damaged = complete
    .replace('### Problem\n', '## problem.\n')
    .replace(`- [ ] ${guardrail}\n`, '')
    .replace(/### Tech stack\n\n[^#]*/, '')
    .replace(/\n/g, '\r\n');
  let text = damaged;
  for (let step = 0; step < 10; step++) {
    const { uri, diagnostics } = await diagnose('all.md', text);
    const [action] = (await codeActions(uri, diagnostics)).filter((each) => each.isPreferred);
    if (!action) break;
    text = applyAction(text, uri, action);
  }
  expect(text).toBe(fixed(damaged));
  expect(specmark((await diagnose('all.md', text)).diagnostics).filter((line) => !line.startsWith('no-placeholders'))).toEqual([]);
});

test('an operation the provider’s API description lacks is a diagnostic at its line, with the nearest operations as quick fixes', async () => {
  writeFileSync(
    join(project, 'docs', 'refunds.openapi.yaml'),
    'openapi: 3.0.3\ninfo: { title: Refunds, version: "1" }\npaths:\n  /refunds:\n    post:\n      responses: { "201": { description: Created } }\n  /refunds/{id}:\n    get:\n      responses: { "200": { description: The refund } }\n',
  );
  const text = complete.replace('\n---\n', '\napi:\n  description: ./refunds.openapi.yaml\n  operations:\n    - POST /refund\n---\n');
  const line = text.split('\n').indexOf('    - POST /refund');
  const { uri, diagnostics } = await diagnose('api.md', text);
  expect(specmark(diagnostics)).toEqual(['api-operations: Unexpected operation `POST /refund` that `./refunds.openapi.yaml` lacks, expected one of `POST /refunds`, `GET /refunds/{id}`']);
  expect(diagnostics.find((diagnostic) => diagnostic.source === 'specmark')?.range).toEqual({ start: { line, character: 6 }, end: { line, character: 18 } });
  const actions = await codeActions(uri, diagnostics);
  expect(actions.map((action) => action.title)).toEqual(['Replace `POST /refund` with `POST /refunds`', 'Replace `POST /refund` with `GET /refunds/{id}`']);
});

/** A spec that points to a file that exists by its end, one that does not and one `.gitignore` excludes. */
const referencing = complete.replace(/### Reference files\n\n[^\n]*\n/, '### Reference files\n\nSee `webhooks/verify.ts` for signature checks, `src/billing/refunds.ts` for the client and `dist/client.js` for the build.\n');

/** A git repository (or a plain folder) in the project with the files the spec may point to. */
function repository(name: string, git: boolean, spec: string): string {
  const root = join(project, name);
  mkdirSync(join(root, 'src/webhooks'), { recursive: true });
  mkdirSync(join(root, 'dist'), { recursive: true });
  mkdirSync(join(root, 'docs'), { recursive: true });
  if (git) mkdirSync(join(root, '.git'));
  writeFileSync(join(root, '.gitignore'), 'dist/\n');
  mkdirSync(join(root, 'src/lib'), { recursive: true });
  mkdirSync(join(root, 'src/billing/repositories'), { recursive: true });
  // What the spec's other fields point to.
  for (const file of ['src/webhooks/verify.ts', 'src/lib/retry.ts', 'src/billing/repositories/refunds.ts', 'src/webhooks/index.ts']) writeFileSync(join(root, file), '');
  writeFileSync(join(root, 'dist/client.js'), '');
  writeFileSync(join(root, 'docs/spec.md'), spec);
  return join(root, 'docs/spec.md');
}

/** The server's diagnostics for a file on disk, as `line:column-line:column ruleId: message` (1-based, as the CLI counts). */
async function diagnoseFile(path: string, text: string): Promise<string[]> {
  const uri = pathToFileURL(path).href;
  const diagnostics = new Promise<Diagnostic[]>((resolve) => published.set(uri, resolve));
  version += 1;
  await connection.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri, languageId: 'markdown', version, text } });
  return (await diagnostics)
    .filter((diagnostic) => diagnostic.source === 'specmark')
    .map(({ range, code, message }) => `${range.start.line + 1}:${range.start.character + 1}-${range.end.line + 1}:${range.end.character + 1} ${code}: ${message.split('\n')[0]}`);
}

/** `specmark check --format json` on a file, in the same form. */
function checked(path: string): string[] {
  const { stdout } = spawnCli(project, ['check', '--reporter', 'json', path]);
  const { files: [result] } = JSON.parse(stdout) as { files: { messages: { line: number; column: number; endLine: number; endColumn: number; ruleId: string; message: string }[] }[] };
  return result!.messages.map((message) => `${message.line}:${message.column}-${message.endLine}:${message.endColumn} ${message.ruleId}: ${message.message}`);
}

/** remark-cli with the project's one-line `.remarkrc` on a file: `line:column-line:column ruleId`. */
async function remarked(path: string): Promise<string[]> {
  const { stderr } = await run('npm', ['exec', '--', 'remark', '--no-color', '--no-stdout', path], { cwd: project }).catch((error: { stderr: string }) => error);
  return stderr
    .split('\n')
    .map((line) => /^\s*(\d+:\d+-\d+:\d+)\s+(?:error|warning)\s+(.*?)\s+([a-z-]+)\s+specmark\s*$/.exec(line))
    .filter((match) => match !== null)
    .map((match) => `${match[1]} ${match[3]}: ${match[2]}`);
}

test('a missing reference file in a git repository: the editor, `specmark check` and remark-cli give the same message; a `.gitignore`d file does not count', { timeout: 120_000 }, async () => {
  for (const [name, text] of [
    ['repo-lf', referencing],
    ['repo-crlf', '\ufeff' + referencing.replace(/\n/g, '\r\n')],
  ] as const) {
    const path = repository(name, true, text);
    const line = text.replace(/^\ufeff/, '').split(/\r?\n/).findIndex((each) => each.startsWith('See `webhooks/verify.ts`')) + 1;
    const expected = [
      `${line}:49-${line}:71 reference-files-exist: Unexpected missing file \`src/billing/refunds.ts\` in \`Reference files\`, expected the path of a file in the repository`,
      `${line}:93-${line}:107 reference-files-exist: Unexpected missing file \`dist/client.js\` in \`Reference files\`, expected the path of a file in the repository`,
    ];
    expect(await diagnoseFile(path, text)).toEqual(expected);
    expect(checked(path)).toEqual(expected);
    expect(await remarked(path)).toEqual(expected);
  }
});

test('the same spec outside any repository gets no reference message from any of them', { timeout: 120_000 }, async () => {
  const path = repository('loose', false, referencing);
  expect(await diagnoseFile(path, referencing)).toEqual([]);
  expect(checked(path)).toEqual([]);
  expect(await remarked(path)).toEqual([]);
});

test('the answer rules on hollow specs: the editor and `specmark check` give the same messages at the same places', { timeout: 180_000 }, async () => {
  const answerRules = ['no-hollow-answers', 'specific-behaviors', 'consistent-frontmatter'];
  const ofAnswerRules = (lines: string[]) => lines.filter((line) => answerRules.some((rule) => line.includes(` ${rule}: `))).sort();
  const samples = fc.sample(hollowSpec(template, goodSpecs(template, 2)), { seed: 18, numRuns: 6 });
  let compared = 0;
  for (const [index, { text }] of samples.entries()) {
    const path = join(project, 'docs', `hollow-${index}.md`);
    writeFileSync(path, text);
    const inEditor = ofAnswerRules(await diagnoseFile(path, text));
    expect(inEditor.length).toBeGreaterThan(0);
    expect(inEditor).toEqual(ofAnswerRules(checked(path)));
    compared += inEditor.length;
  }
  expect(compared).toBeGreaterThanOrEqual(samples.length);
});
