import { commandOutput, type CommandResult } from './run-command.ts';
import type { ScratchProject } from './scratch-project.ts';
import type { CheckFindings } from './step-report.ts';

/** The git repository the check works in, inside the scratch project. */
const folder = 'adopting';

/** A spec with its last `count` checklist items deleted: that many `required-checklist-items` errors. */
function withoutItems(spec: string, count: number): string {
  const lines = spec.split('\n');
  for (let removed = 0; removed < count; removed++) lines.splice(lines.findLastIndex((line) => line.startsWith('- [ ] ')), 1);
  return lines.join('\n');
}

/**
 * The bulk suppression workflow with the packed command line, in a git repository: two specs with
 * errors; `--suppress-all` → exit 0; a new error in a suppressed file → reported, exit 1; one spec
 * fixed → the run fails on the stale suppression and `--prune-suppressions` shrinks the file; the
 * other spec renamed → its error is reported and its old path is stale; `--suppress-rule` on the
 * new path → exit 0; SARIF marks the suppressed result.
 *
 * @param project The scratch project.
 * @returns The problems found.
 */
export async function checkCliSuppressions(project: ScratchProject): Promise<CheckFindings> {
  const problems: string[] = [];
  const run = (command: string, ...args: string[]): Promise<CommandResult> => project.run(command, args, folder);
  const expectCode = (step: string, result: CommandResult, code: number, stderr?: string): void => {
    if (result.code !== code || (stderr !== undefined && !result.stderr.includes(stderr))) problems.push(`${step}: expected exit ${code}${stderr === undefined ? '' : ` and \`${stderr}\``}, got:\n${commandOutput(result)}`);
  };
  const suppressions = async (): Promise<string> => JSON.stringify(JSON.parse(await project.read(`${folder}/specmark-suppressions.json`)));

  await project.write(`${folder}/.keep`, '');
  const made = await run('npx', 'specmark', 'new', 'api-integration', 'Payouts', '--owner', 'payments-team', '--provider', 'Stripe', '--environments', 'sandbox', '-o', 'spec.md');
  if (made.code !== 0) return [`specmark new: exit ${made.code}:\n${commandOutput(made)}`];
  const spec = await project.read(`${folder}/spec.md`);
  await project.write(`${folder}/specs/payouts.md`, withoutItems(spec, 1));
  await project.write(`${folder}/specs/refunds.md`, withoutItems(spec, 1));
  await project.write(`${folder}/spec.md`, '# Not a spec\n');
  const git = (...args: string[]): Promise<CommandResult> => run('git', '-c', 'user.name=Specmark', '-c', 'user.email=specs@example.com', ...args);
  for (const args of [['init', '-q'], ['add', '.'], ['commit', '-q', '-m', 'Specs']]) expectCode(`git ${args[0]}`, await git(...args), 0);

  expectCode('check before suppressing', await run('npx', 'specmark', 'check'), 1);
  expectCode('check --suppress-all', await run('npx', 'specmark', 'check', '--suppress-all'), 0, 'specmark: wrote `specmark-suppressions.json`: 2 errors suppressed in 2 files.');
  const all = '{"specs/payouts.md":{"required-checklist-items":{"count":1}},"specs/refunds.md":{"required-checklist-items":{"count":1}}}';
  if ((await suppressions()) !== all) problems.push(`specmark-suppressions.json after --suppress-all: ${await suppressions()}, expected ${all}`);
  expectCode('check with the suppressions', await run('npx', 'specmark', 'check'), 0);

  await project.write(`${folder}/specs/payouts.md`, withoutItems(spec, 2));
  const added = await run('npx', 'specmark', 'check', '--reporter', 'json');
  expectCode('check after a new error in a suppressed file', added, 1);
  const report = JSON.parse(added.stdout || '{}') as { errorCount?: number; suppressedCount?: number };
  if (report.errorCount !== 2 || report.suppressedCount !== 1) problems.push(`json after a new error: errorCount ${report.errorCount}, suppressedCount ${report.suppressedCount}, expected 2 and 1`);
  await project.write(`${folder}/specs/payouts.md`, withoutItems(spec, 1));

  await project.write(`${folder}/specs/refunds.md`, spec);
  expectCode('check after a fix', await run('npx', 'specmark', 'check'), 1, 'specs/refunds.md  required-checklist-items  1 fixed');
  expectCode('check --prune-suppressions', await run('npx', 'specmark', 'check', '--prune-suppressions'), 0);
  const pruned = '{"specs/payouts.md":{"required-checklist-items":{"count":1}}}';
  if ((await suppressions()) !== pruned) problems.push(`specmark-suppressions.json after --prune-suppressions: ${await suppressions()}, expected ${pruned}`);

  expectCode('git mv', await git('mv', 'specs/payouts.md', 'specs/payouts-v2.md'), 0);
  expectCode('check after a rename', await run('npx', 'specmark', 'check'), 1, 'specs/payouts.md  required-checklist-items  1 in a file renamed or deleted');
  expectCode('check --suppress-rule on the new path', await run('npx', 'specmark', 'check', '--suppress-rule', 'required-checklist-items', 'specs/payouts-v2.md'), 0);
  const sarif = await run('npx', 'specmark', 'check', '--reporter', 'sarif');
  expectCode('check --reporter sarif', sarif, 0);
  const results = (JSON.parse(sarif.stdout || '{"runs":[{}]}') as { runs: { results?: { ruleId?: string; suppressions?: { kind: string }[] }[] }[] }).runs[0]?.results ?? [];
  // The draft's warnings are results too; only the suppressed error carries `suppressions`.
  const marked = results.filter((result) => result.suppressions).map((result) => `${result.ruleId} ${result.suppressions!.map((suppression) => suppression.kind).join()}`).join('; ');
  if (marked !== 'required-checklist-items external') problems.push(`suppressed SARIF results: ${marked || 'none'}, expected one required-checklist-items result suppressed externally`);
  return { problems, note: `final suppressions: ${await suppressions()}` };
}
