import { readFile } from 'node:fs/promises';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { describe, expect, test } from 'vitest';
import { parse } from 'yaml';
import { z } from 'zod';
import { extendSpecFrontmatter, frontmatterJsonSchema, specFrontmatterSchema, validateFrontmatter } from '@specmark/schema';
import shipped from '@specmark/schema/schema.json' with { type: 'json' };
import { schemaJsonFile, schemaJsonText } from '../scripts/schema-json.ts';
import { goodYaml, minimalYaml } from './fixtures.ts';

/** A stock ajv (draft 2020-12, default options: strict, no formats) with the shipped schema. */
const validate = new Ajv2020().compile(shipped);

/** Whether zod and the JSON Schema accept a YAML document. */
function verdicts(yaml: string): { zod: boolean; jsonSchema: boolean } {
  const data: unknown = parse(yaml);
  return { zod: validateFrontmatter(data).issues.length === 0, jsonSchema: validate(data) };
}

/** The minimal frontmatter with one more line. */
const plus = (line: string): string => minimalYaml + line + '\n';

test('schema.json is the generated JSON Schema (run `npm run build:schema -w packages/schema` when this fails)', async () => {
  expect(await readFile(schemaJsonFile, 'utf8')).toBe(schemaJsonText());
  expect(shipped).toEqual(frontmatterJsonSchema());
});

test('schema.json is JSON Schema 2020-12 with a description and an example for every key', () => {
  expect(shipped.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
  const undocumented: string[] = [];
  const walk = (schema: Record<string, unknown>, path: string): void => {
    for (const [key, value] of Object.entries((schema.properties ?? {}) as Record<string, Record<string, unknown>>)) {
      if (typeof value.description !== 'string' || !Array.isArray(value.examples) || value.examples.length === 0) undocumented.push(path + key);
      walk(value, `${path}${key}.`);
    }
  };
  walk(shipped, '');
  expect(undocumented).toEqual([]);
});

test('schema.json uses only keywords that mean the same in draft-07, for tools that validate with draft-07 semantics', () => {
  const draft07 = new Set(['$schema', 'title', 'description', 'examples', 'type', 'properties', 'required', 'additionalProperties', 'enum', 'minLength', 'maxLength', 'pattern', 'exclusiveMinimum', 'minItems', 'items', 'uniqueItems', 'anyOf', 'allOf', 'if', 'then']);
  const used = new Set<string>();
  const walk = (value: unknown, inProperties: boolean): void => {
    if (Array.isArray(value)) value.forEach((item) => walk(item, false));
    else if (typeof value === 'object' && value !== null) {
      for (const [key, child] of Object.entries(value)) {
        if (!inProperties) used.add(key);
        if (key !== 'examples' && key !== 'enum') walk(child, key === 'properties' && !inProperties);
      }
    }
  };
  walk(shipped, false);
  expect([...used].filter((keyword) => !draft07.has(keyword))).toEqual([]);
  expect(JSON.stringify(shipped)).not.toContain('"format"');
});

test('done when: schema.json validates the good frontmatter and rejects `status: finished`, as zod does, with stock ajv', () => {
  expect(verdicts(goodYaml)).toEqual({ zod: true, jsonSchema: true });
  expect(verdicts(goodYaml.replace('status: approved', 'status: finished'))).toEqual({ zod: false, jsonSchema: false });
  validate(parse(goodYaml.replace('status: approved', 'status: finished')));
  expect(validate.errors?.map((error) => [error.instancePath, error.keyword, error.params])).toEqual([
    ['/status', 'enum', { allowedValues: ['draft', 'review', 'approved', 'implemented', 'deprecated'] }],
  ]);
});

describe('zod and the JSON Schema agree on every rule JSON Schema can state', () => {
  const rejected = {
    'unknown key': plus('team: payments'),
    'missing key': minimalYaml.replace('templateVersion: 1\n', ''),
    'missing title in review': minimalYaml.replace('title: Stripe refunds sync\n', '').replace('status: draft', 'status: review'),
    'missing owner in review': minimalYaml.replace('owner: payments-team\n', '').replace('status: draft', 'status: review'),
    'missing environments once approved': minimalYaml.replace('environments: [sandbox]\n', '').replace('status: draft', 'status: approved\nauth: oauth2'),
    'unknown template': minimalYaml.replace('template: api-integration', 'template: runbook'),
    'version 0': minimalYaml.replace('templateVersion: 1', 'templateVersion: 0'),
    'fractional version': minimalYaml.replace('templateVersion: 1', 'templateVersion: 1.5'),
    'short title': minimalYaml.replace('title: Stripe refunds sync', 'title: ab'),
    'two-line title': minimalYaml.replace('title: Stripe refunds sync', 'title: "Stripe\\nrefunds"'),
    'empty owner list': minimalYaml.replace('owner: payments-team', 'owner: []'),
    'missing provider for api-integration in review': minimalYaml.replace('provider: Stripe\n', '').replace('status: draft', 'status: review'),
    'unknown environment': minimalYaml.replace('[sandbox]', '[sandbox, prod]'),
    'repeated environment': minimalYaml.replace('[sandbox]', '[sandbox, sandbox]'),
    'approved without auth': minimalYaml.replace('status: draft', 'status: approved'),
    'unknown auth': plus('auth: password'),
    'rate limit without period': plus('rateLimit: { requests: 10 }'),
    'rate limit source not a URL': plus('rateLimit: { requests: 10, per: minute, source: "ftp://x" }'),
    'webhook without events': plus('webhooks: { events: [] }'),
    'lower-case variable name': plus('secrets: [stripe_key]'),
    'bad date': plus('created: 2026-02-30'),
    'bad ticket': plus('tickets: [PAY123]'),
    'api description a URL': plus('api: { description: "https://example.com/openapi.json", operations: [GET /users] }'),
    'api without operations': plus('api: { description: ./openapi.json, operations: [] }'),
    'api operation in lower case': plus('api: { description: ./openapi.json, operations: [get /users] }'),
    'api operation repeated': plus('api: { description: ./openapi.json, operations: [GET /users, GET /users] }'),
    'api unknown key': plus('api: { description: ./openapi.json, operations: [GET /users], version: 3 }'),
  };
  for (const [name, yaml] of Object.entries(rejected)) {
    test(`rejected: ${name}`, () => expect(verdicts(yaml)).toEqual({ zod: false, jsonSchema: false }));
  }

  const accepted = {
    'minimal': minimalYaml,
    'a fresh draft': 'template: api-integration\ntemplateVersion: 1\nstatus: draft\n',
    'owner list': minimalYaml.replace('owner: payments-team', 'owner: [payments-team, Ada Lovelace]'),
    'approved with auth': minimalYaml.replace('status: draft', 'status: approved\nauth: oauth2'),
    'leap day': plus('created: 2028-02-29'),
    'api with a path and an operation id': plus('api:\n  description: "@octokit/openapi/generated/api.github.com.json"\n  operations:\n    - POST /repos/{owner}/{repo}/deployments\n    - repos/create-deployment-status'),
  };
  for (const [name, yaml] of Object.entries(accepted)) {
    test(`accepted: ${name}`, () => expect(verdicts(yaml)).toEqual({ zod: true, jsonSchema: true }));
  }
});

test('the rules JSON Schema cannot state are only in zod (listed in the README)', () => {
  expect(verdicts(plus('created: 2026-11-24\nupdated: 2026-11-01'))).toEqual({ zod: false, jsonSchema: true });
  expect(verdicts(plus('secrets: [AKIAQYLPMN5HHHFPZAM2]'))).toEqual({ zod: false, jsonSchema: true });
});

test('a team gets the JSON Schema of its own extended schema', () => {
  const schema = extendSpecFrontmatter({ costCentre: z.string().regex(/^CC-\d+$/).meta({ description: 'Cost centre.', examples: ['CC-12'] }) }, { templates: ['runbook'] });
  const json = frontmatterJsonSchema(schema) as { properties: Record<string, { enum?: string[]; pattern?: string }>; required: string[] };
  expect(json.properties.template?.enum).toEqual(['api-integration', 'runbook']);
  expect(json.properties.costCentre?.pattern).toBe('^CC-\\d+$');
  expect(json.required).toContain('costCentre');
});

test('Astro can write its collection JSON Schema from the schema (as astro sync does)', () => {
  const withSchemaKey = specFrontmatterSchema.extend({ $schema: z.string().optional() });
  const json = z.toJSONSchema(withSchemaKey, { unrepresentable: 'any', io: 'input' }) as { properties: Record<string, unknown> };
  expect(Object.keys(json.properties)).toEqual([...Object.keys(specFrontmatterSchema.shape), '$schema']);
});
