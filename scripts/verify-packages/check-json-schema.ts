import { commandOutput } from './run-command.ts';
import type { ScratchProject } from './scratch-project.ts';
import type { CheckFindings } from './step-report.ts';

/**
 * A consumer validating frontmatter with the shipped JSON Schema and a stock ajv (draft 2020-12,
 * strict, no formats): a good frontmatter passes; a bad one fails at `/status` and `/owner`.
 */
const consumerSource = `import assert from 'node:assert/strict';
import { Ajv2020 } from 'ajv/dist/2020.js';
import schema from '@specmark/schema/schema.json' with { type: 'json' };

const validate = new Ajv2020({ allErrors: true }).compile(schema);
const good = { template: 'api-integration', templateVersion: 1, title: 'Stripe refunds', status: 'draft', owner: 'payments', provider: 'Stripe', environments: ['sandbox', 'production'] };
assert.equal(validate(good), true, JSON.stringify(validate.errors));
const bad = { ...good, status: 'finished', owner: 42 };
assert.equal(validate(bad), false);
const paths = [...new Set(validate.errors.map((error) => error.instancePath))].sort();
assert.deepEqual(paths, ['/owner', '/status'], JSON.stringify(validate.errors));
console.log('ok');
`;

/**
 * Validate a good and a bad frontmatter with `@specmark/schema/schema.json` and ajv.
 *
 * @param project The scratch project.
 * @returns The problems found.
 */
export async function checkJsonSchema(project: ScratchProject): Promise<CheckFindings> {
  await project.write('consumer-ajv.mjs', consumerSource);
  const result = await project.run('node', ['consumer-ajv.mjs']);
  return result.code === 0 && result.stdout.trim() === 'ok' ? [] : [`exit ${result.code}:\n${commandOutput(result)}`];
}
