import { commandOutput } from './run-command.ts';
import type { ScratchProject } from './scratch-project.ts';
import type { CheckFindings } from './step-report.ts';

/** The folder of the project the command line works in, so it sees only its own spec. */
const folder = 'cli';

/** The spec `specmark new` writes for the title below. */
const specFile = 'stripe-refunds.md';

/** Frontmatter keys a fresh spec leaves for a person to fill in, which `check` must ask for. */
const requiredKeys = ['owner', 'environments', 'provider'];

/**
 * `npx specmark --version` prints the version of the installed tarball.
 *
 * @param project The scratch project.
 * @param version The version packed.
 * @returns The problems found.
 */
export async function checkCliVersion(project: ScratchProject, version: string): Promise<CheckFindings> {
  const result = await project.run('npx', ['specmark', '--version']);
  return result.code === 0 && result.stdout.trim() === version ? [] : [`expected ${version} and exit 0, got exit ${result.code}:\n${commandOutput(result)}`];
}

/**
 * `npx specmark new api-integration "Stripe refunds"` writes `stripe-refunds.md` with the
 * template's frontmatter and exits 0, without asking anything (stdin is not a terminal).
 *
 * @param project The scratch project.
 * @returns The problems found.
 */
export async function checkCliNew(project: ScratchProject): Promise<CheckFindings> {
  await project.write(`${folder}/.keep`, '');
  const result = await project.run('npx', ['specmark', 'new', 'api-integration', 'Stripe refunds'], folder);
  if (result.code !== 0) return [`exit ${result.code}:\n${commandOutput(result)}`];
  const spec = await project.read(`${folder}/${specFile}`).catch(() => '');
  const problems: string[] = [];
  for (const line of ['template: api-integration', 'title: Stripe refunds', 'status: draft']) if (!spec.split('\n').includes(line)) problems.push(`${specFile} has no line \`${line}\``);
  return { problems, note: `${specFile}, ${spec.split('\n').length} lines` };
}

/**
 * `npx specmark check` on the fresh draft exits 0, with warnings: the keys a person must fill in
 * before review (`owner`, `environments`, `provider`) and the template's prompts still in place.
 *
 * @param project The scratch project (after {@link checkCliNew}).
 * @returns The problems found.
 */
export async function checkCliCheck(project: ScratchProject): Promise<CheckFindings> {
  const result = await project.run('npx', ['specmark', 'check', '--reporter', 'json'], folder);
  // A fresh draft passes: what `review` will need is a warning until then.
  if (result.code !== 0) return [`exit ${result.code}, expected 0:\n${commandOutput(result)}`];
  const report = JSON.parse(result.stdout) as { errorCount: number; warningCount: number; files: { path: string; messages: { ruleId: string; severity: string; message: string; line: number }[] }[] };
  const messages = report.files.flatMap((file) => file.messages);
  const problems: string[] = [];
  if (report.files.map((file) => file.path).join() !== specFile) problems.push(`checked ${report.files.map((file) => file.path).join(', ')}, expected ${specFile}`);
  for (const key of requiredKeys) {
    if (!messages.some((message) => message.ruleId === 'frontmatter-schema' && message.severity === 'warning' && message.message.includes(`\`${key}\``) && message.message.includes('before `status: review`'))) {
      problems.push(`no frontmatter-schema warning that \`${key}\` is needed before review`);
    }
  }
  if (!messages.some((message) => message.ruleId === 'no-placeholders')) problems.push('no no-placeholders warning');
  if (report.errorCount !== 0) problems.push(`${report.errorCount} errors, expected none in a fresh draft`);
  return { problems, note: `exit 0, ${report.errorCount} errors, ${report.warningCount} warnings` };
}

/**
 * Delete the spec's last checklist item, see `npx specmark check` report it, then
 * `npx specmark fix` put it back: the file is byte for byte what `specmark new` wrote.
 *
 * @param project The scratch project (after {@link checkCliNew}).
 * @returns The problems found.
 */
export async function checkCliFix(project: ScratchProject): Promise<CheckFindings> {
  const original = await project.read(`${folder}/${specFile}`);
  const lines = original.split('\n');
  const last = lines.findLastIndex((line) => line.startsWith('- [ ] '));
  if (last < 0) return [`${specFile} has no checklist item`];
  await project.write(`${folder}/${specFile}`, lines.toSpliced(last, 1).join('\n'));
  const problems: string[] = [];
  const check = await project.run('npx', ['specmark', 'check', '--reporter', 'json', specFile], folder);
  if (!check.stdout.includes('"ruleId":"required-checklist-items"') && !check.stdout.includes('"ruleId": "required-checklist-items"')) problems.push(`check did not report the deleted checklist item:\n${commandOutput(check)}`);
  const fix = await project.run('npx', ['specmark', 'fix'], folder);
  if (fix.code !== 0) problems.push(`fix exited with ${fix.code}:\n${commandOutput(fix)}`);
  const fixed = await project.read(`${folder}/${specFile}`);
  if (fixed !== original) problems.push(`after fix, ${specFile} differs from what \`new\` wrote (line ${last + 1})`);
  return { problems, note: `restored line ${last + 1}: ${fix.stdout.trim().split('\n')[0]}` };
}
