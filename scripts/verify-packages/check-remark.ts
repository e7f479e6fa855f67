import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { commandOutput } from './run-command.ts';
import type { ScratchProject } from './scratch-project.ts';
import type { CheckFindings } from './step-report.ts';
import { repoRoot } from './workspace-packages.ts';

/** The filled example specs of the site: complete specs that must lint clean. */
const examplesDir = path.join(repoRoot, 'content/examples');

/** A one-line `.remarkrc` that uses the preset, as its README shows. */
const remarkrc = '{ "plugins": ["@specmark/remark-preset-lint"] }\n';

/**
 * Copy the complete example specs into the project, add a one-line `.remarkrc` using the preset,
 * and run remark-cli over them: no message at all, exit 0.
 *
 * @param project The scratch project.
 * @returns The problems found.
 */
export async function checkRemarkComplete(project: ScratchProject): Promise<CheckFindings> {
  await project.write('.remarkrc', remarkrc);
  const examples = (await readdir(examplesDir)).filter((name) => name.endsWith('.md')).sort();
  for (const name of examples) await project.write(`specs/${name}`, await readFile(path.join(examplesDir, name), 'utf8'));
  const result = await project.run('npx', ['remark', '--frail', '--no-color', '--no-stdout', 'specs/']);
  const messages = result.stderr.split('\n').filter((line) => /^\s*\d+:\d+/.test(line));
  const problems: string[] = [];
  if (result.code !== 0 || messages.length > 0) problems.push(`remark exited with ${result.code} and ${messages.length} messages:\n${commandOutput(result)}`);
  const checked = result.stderr.split('\n').filter((line) => /^specs\/\S+\.md/.test(line)).length;
  if (checked !== examples.length) problems.push(`remark reported ${checked} files, expected ${examples.length}:\n${commandOutput(result)}`);
  return { problems, note: `${examples.length} complete specs, no message` };
}

/**
 * Break one complete spec in two places — `owner: 42` and a `templateVersion` newer than the
 * template — and expect remark-cli to exit 1 with exactly those two errors, at the right line and
 * column, from the right rules.
 *
 * @param project The scratch project (after {@link checkRemarkComplete}).
 * @returns The problems found.
 */
export async function checkRemarkBroken(project: ScratchProject): Promise<CheckFindings> {
  const examples = (await readdir(path.join(project.dir, 'specs'))).sort();
  let source: string | undefined;
  for (const name of examples) {
    const text = await project.read(`specs/${name}`);
    if (/^owner: \S+$/m.test(text)) source = text;
  }
  if (!source) return ['no example spec has a one-line `owner`'];
  const lines = source.split('\n').map((line) => line.replace(/^owner: .*$/, 'owner: 42').replace(/^templateVersion: .*$/, 'templateVersion: 99'));
  await project.write('broken/broken.md', lines.join('\n'));
  const versionLine = lines.indexOf('templateVersion: 99') + 1;
  const ownerLine = lines.indexOf('owner: 42') + 1;
  const expected = [
    { place: `${versionLine}:18-${versionLine}:20`, rule: 'template-version', mentions: '`templateVersion: 99`' },
    { place: `${ownerLine}:8-${ownerLine}:10`, rule: 'frontmatter-schema', mentions: '`owner`' },
  ];
  const result = await project.run('npx', ['remark', '--frail', '--no-color', '--no-stdout', 'broken/broken.md']);
  const messages = result.stderr.split('\n').filter((line) => /^\s*\d+:\d+/.test(line)).map((line) => line.trim());
  const problems: string[] = [];
  if (result.code !== 1) problems.push(`remark exited with ${result.code}, expected 1`);
  for (const want of expected) {
    const found = messages.find((line) => line.startsWith(want.place + ' ') && / error /.test(line) && line.includes(want.mentions) && new RegExp(`\\s${want.rule}\\s+specmark$`).test(line));
    if (!found) problems.push(`no error at ${want.place} from ${want.rule} about ${want.mentions}`);
  }
  if (messages.length !== expected.length) problems.push(`${messages.length} messages, expected ${expected.length}`);
  if (problems.length > 0) problems.push(commandOutput(result));
  return { problems, note: expected.map((want) => `${want.place} ${want.rule}`).join(', ') };
}

/** Markdown the consumer's own dependencies install, copied beside the specs as a docs folder holds READMEs. */
const installedReadmes = ['remark-cli/readme.md', 'ajv/README.md', 'typescript/README.md'];

/**
 * A docs folder as a repository has it: the READMEs of installed packages, a complete spec and the
 * same spec with its frontmatter deleted. remark-cli with the one-line `.remarkrc` says nothing
 * about the READMEs and reports the spec that lost its frontmatter once, naming its template;
 * `npx specmark check` picks the same two specs and reports the same message.
 *
 * @param project The scratch project (after {@link checkRemarkComplete}).
 * @returns The problems found.
 */
export async function checkRemarkMixedDocs(project: ScratchProject): Promise<CheckFindings> {
  const examples = (await readdir(path.join(project.dir, 'specs'))).sort();
  const spec = await project.read(`specs/${examples[0]!}`);
  for (const readme of installedReadmes) await project.write(`mixed/${readme.replace('/', '-')}`, await project.read(`node_modules/${readme}`));
  await project.write('mixed/specs/complete.md', spec);
  await project.write('mixed/specs/lost.md', spec.replace(/^---\n[\s\S]*?\n---\n\n/, ''));
  const lost = '1:1 error frontmatter-schema Unexpected spec without frontmatter, expected a YAML block between `---` lines at the top of the file with `template: api-integration` (its headings follow that template), `templateVersion`, `status`';
  const remark = await project.run('npx', ['remark', '--frail', '--no-color', '--no-stdout', 'mixed/']);
  const problems: string[] = [];
  if (remark.code !== 1) problems.push(`remark exited with ${remark.code}, expected 1`);
  for (const readme of installedReadmes) {
    if (!remark.stderr.includes(`mixed/${readme.replace('/', '-')}: no issues found`)) problems.push(`remark reported on ${readme}`);
  }
  const messages = remark.stderr.split('\n').filter((line) => /^\s*\d+:\d+/.test(line));
  // `place  severity  reason  rule  specmark`, columns split on runs of blanks: as `place severity rule reason`.
  const shown = messages.map((line) => {
    const words = line.trim().split(/\s+/);
    if (words.length < 5 || words.at(-1) !== 'specmark') return line.trim();
    return [words[0], words[1], words.at(-2), words.slice(2, -2).join(' ')].join(' ');
  });
  if (shown.length !== 1 || shown[0] !== lost) problems.push(`remark messages: ${JSON.stringify(shown)}, expected [${lost}]`);
  const check = await project.run('npx', ['specmark', 'check', '--reporter', 'json', 'mixed/']);
  try {
    const report = JSON.parse(check.stdout) as { files: { path: string; messages: { line: number; column: number; severity: string; ruleId: string; message: string }[] }[] };
    const files = report.files.map((file) => file.path);
    if (JSON.stringify(files) !== JSON.stringify(['mixed/specs/complete.md', 'mixed/specs/lost.md'])) problems.push(`specmark check picked ${JSON.stringify(files)}`);
    const fromCheck = report.files.flatMap((file) => file.messages.map((message) => `${message.line}:${message.column} ${message.severity} ${message.ruleId} ${message.message}`));
    if (JSON.stringify(fromCheck) !== JSON.stringify([lost])) problems.push(`specmark check messages: ${JSON.stringify(fromCheck)}`);
  } catch {
    problems.push(`specmark check printed no JSON report:\n${commandOutput(check)}`);
  }
  if (problems.length > 0) problems.push(commandOutput(remark));
  return { problems, note: `${installedReadmes.length} installed READMEs without a message, the spec that lost its frontmatter reported by both` };
}
