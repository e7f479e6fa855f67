import path from 'node:path';
import { checkCliCheck, checkCliFix, checkCliNew, checkCliVersion } from './check-cli.ts';
import { checkCliNewFromApi } from './check-cli-new-api.ts';
import { checkCliSuppressions } from './check-cli-suppressions.ts';
import { checkCommonJsConsumer, checkEsmConsumer } from './check-esm-consumer.ts';
import { checkJsonSchema } from './check-json-schema.ts';
import { checkCliMcp } from './check-mcp.ts';
import { checkRemarkBroken, checkRemarkComplete, checkRemarkMixedDocs } from './check-remark.ts';
import { checkTsConsumer } from './check-ts-consumer.ts';
import { createScratchProject, type ScratchProject } from './scratch-project.ts';
import type { StepReport } from './step-report.ts';

/** Where the consumer checks work. */
export interface ConsumerContext {
  /** The working folder (in the system's temporary folder, outside the monorepo). */
  work: string;
  /** The tarball of each package, by name. */
  tarballs: ReadonlyMap<string, string>;
  /** The version of each package, by name. */
  versions: ReadonlyMap<string, string>;
}

/**
 * Install the tarballs into a scratch project outside the monorepo and use them as a consumer
 * would: remark-cli with the preset, the `specmark` command line and its MCP server (with the MCP
 * SDK's client), the packages from ESM, CommonJS and TypeScript, and the JSON Schema with ajv.
 *
 * @param report Where each check's outcome goes.
 * @param context The working folder, the tarballs and their versions.
 */
export async function runConsumerChecks(report: StepReport, context: ConsumerContext): Promise<void> {
  const dir = path.join(context.work, 'consumer');
  let project: ScratchProject | undefined;
  await report.run(`consumer: npm install the ${context.tarballs.size} tarballs + remark-cli, typescript, @types/node, ajv, the MCP client in ${dir}`, async () => {
    const created = await createScratchProject(dir, [...context.tarballs.values()]);
    project = created.project;
    return created.problems;
  });
  if (!project) return;
  const consumer = project;
  await report.run('consumer: remark-cli + .remarkrc with the preset, complete specs: no message', () => checkRemarkComplete(consumer));
  await report.run('consumer: remark-cli, broken spec: exit 1, located errors', () => checkRemarkBroken(consumer));
  await report.run('consumer: remark-cli and npx specmark check over installed READMEs and specs: only specs, the lost frontmatter reported alike', () => checkRemarkMixedDocs(consumer));
  await report.run('consumer: npx specmark --version', () => checkCliVersion(consumer, context.versions.get('specmark') ?? ''));
  await report.run('consumer: npx specmark new api-integration "Stripe refunds"', () => checkCliNew(consumer));
  await report.run('consumer: npx specmark check: a fresh draft exits 0, with warnings for owner, environments, provider', () => checkCliCheck(consumer));
  await report.run('consumer: npx specmark new --api <description> --operation <op>: the draft from a real description, check finds no error in it, an unknown operation exits 2', () => checkCliNewFromApi(consumer));
  await report.run('consumer: npx specmark fix puts back a deleted checklist item byte for byte', () => checkCliFix(consumer));
  await report.run('consumer: npx specmark check --suppress-all, a new error, --prune-suppressions, a renamed spec, --suppress-rule, SARIF, in a git repository', () => checkCliSuppressions(consumer));
  await report.run('consumer: MCP SDK client ↔ npx specmark mcp: tools listed, check_spec finds a deleted guardrail, fix_spec restores it', () => checkCliMcp(consumer));
  await report.run('consumer: node consumer.mjs (every package and subpath from ESM)', () => checkEsmConsumer(consumer));
  await report.run('consumer: node consumer.cjs (require() of every package, Node.js >=22.12)', () => checkCommonJsConsumer(consumer));
  await report.run('consumer: tsc --noEmit consumer.ts, strict, skipLibCheck false, moduleResolution nodenext', () => checkTsConsumer(consumer, 'nodenext'));
  await report.run('consumer: tsc --noEmit consumer.ts, strict, skipLibCheck false, moduleResolution bundler', () => checkTsConsumer(consumer, 'bundler'));
  await report.run('consumer: tsc --noEmit browser.ts (template, schema, preset), lib dom, no @types/node, bundler', () => checkTsConsumer(consumer, 'browser'));
  await report.run('consumer: @specmark/schema/schema.json with ajv (2020-12): good passes, bad fails', () => checkJsonSchema(consumer));
}
