import { commandOutput } from './run-command.ts';
import type { ScratchProject } from './scratch-project.ts';
import type { CheckFindings } from './step-report.ts';

/**
 * A consumer's ES module: imports every package and subpath and uses them — the template model,
 * frontmatter validation with a located issue, the preset and one rule, the command line's `run`.
 * Prints `ok` when every assertion holds.
 */
const consumerModule = `import assert from 'node:assert/strict';
import { fileURLToPath } from 'node:url';
import { loadBuiltInTemplate, renderSpec, parseSpec } from '@specmark/template';
import { loadTemplateFile } from '@specmark/template/node';
import { parseFrontmatter, specFrontmatterSchema } from '@specmark/schema';
import preset, { ruleIds } from '@specmark/remark-preset-lint';
import noSecrets from '@specmark/remark-preset-lint/rules/no-secrets';
import { run } from 'specmark';

const template = await loadBuiltInTemplate('api-integration');
assert.ok(template.sections.length > 0, 'the template has sections');
const file = import.meta.resolve('@specmark/template/templates/api-integration.md');
assert.deepEqual((await loadTemplateFile(fileURLToPath(file))).sections.length, template.sections.length);
const spec = renderSpec(template, { title: 'Stripe refunds', fields: {} });
assert.match(spec, /^# Stripe refunds\\n/);
assert.equal(parseSpec(template, spec).answers.title, 'Stripe refunds');

const good = parseFrontmatter('template: api-integration\\ntemplateVersion: 1\\ntitle: Refunds\\nstatus: draft\\nowner: payments\\nprovider: Stripe\\nenvironments: [sandbox]\\n');
assert.deepEqual(good.issues, []);
const bad = parseFrontmatter('template: api-integration\\ntemplateVersion: 1\\ntitle: Refunds\\nstatus: finished\\nowner: payments\\nprovider: Stripe\\nenvironments: [sandbox]\\n');
assert.equal(bad.issues.length, 1);
assert.deepEqual([bad.issues[0].path, bad.issues[0].line, bad.issues[0].column], [['status'], 4, 9]);
assert.equal(typeof specFrontmatterSchema.safeParse, 'function');

assert.ok(Array.isArray(preset.plugins) && preset.plugins.length > 0, 'the preset has plugins');
assert.ok(ruleIds.includes('no-secrets'));
assert.equal(typeof noSecrets, 'function');

let out = '';
const code = await run(['--version'], { stdout: { write: (text) => { out += text; return true; } } });
assert.equal(code, 0);
assert.match(out, /^\\d+\\.\\d+\\.\\d+/);
console.log('ok');
`;

/** A consumer's CommonJS module: `require()` of each package, as Node.js 22.12+ allows for ES modules. */
const consumerCommonJs = `const assert = require('node:assert/strict');
for (const name of ['@specmark/template', '@specmark/schema', '@specmark/remark-preset-lint', 'specmark']) {
  assert.ok(Object.keys(require(name)).length > 0, name);
}
console.log('ok');
`;

/**
 * Run the consumer's ES module with `node consumer.mjs`.
 *
 * @param project The scratch project.
 * @returns The problems found.
 */
export async function checkEsmConsumer(project: ScratchProject): Promise<CheckFindings> {
  await project.write('consumer.mjs', consumerModule);
  const result = await project.run('node', ['consumer.mjs']);
  return result.code === 0 && result.stdout.trim() === 'ok' ? [] : [`exit ${result.code}:\n${commandOutput(result)}`];
}

/**
 * `require()` every package from CommonJS (`node consumer.cjs`): the packages are ESM-only, and
 * Node.js 22.12 and later load them with `require` as long as no module awaits at its top level.
 *
 * @param project The scratch project.
 * @returns The problems found.
 */
export async function checkCommonJsConsumer(project: ScratchProject): Promise<CheckFindings> {
  await project.write('consumer.cjs', consumerCommonJs);
  const result = await project.run('node', ['consumer.cjs']);
  return result.code === 0 && result.stdout.trim() === 'ok' ? [] : [`exit ${result.code}:\n${commandOutput(result)}`];
}
