import { commandOutput } from './run-command.ts';
import type { ScratchProject } from './scratch-project.ts';
import type { CheckFindings } from './step-report.ts';

/**
 * A consumer's TypeScript: uses the types of every package and subpath, and expects errors where
 * the types must reject a value — which fails to compile if a type were missing or `any`.
 */
const consumerSource = `import { loadBuiltInTemplate, renderSpec, type Answers, type Template } from '@specmark/template';
import { loadTemplateFile } from '@specmark/template/node';
import { parseFrontmatter, validateFrontmatter, type SpecFrontmatter, type LocatedFrontmatterIssue } from '@specmark/schema';
import preset, { ruleIds, type PresetOptions, type RuleId } from '@specmark/remark-preset-lint';
import noSecrets from '@specmark/remark-preset-lint/rules/no-secrets';
import { fixSpec, reporters, run, type LintMessage } from 'specmark';

export async function use(): Promise<string> {
  const template: Template = await loadBuiltInTemplate('api-integration');
  const custom: Template = await loadTemplateFile('./templates/custom.md');
  const answers: Answers = { title: 'Stripe refunds', fields: {} };
  const spec: string = renderSpec(template, answers);

  const parsed = parseFrontmatter('title: x\\n');
  const issues: LocatedFrontmatterIssue[] = parsed.issues;
  const data: SpecFrontmatter | undefined = validateFrontmatter({}).data;
  const status: string | undefined = data?.status;

  const options: PresetOptions = { rules: { 'no-secrets': 'off' } };
  const first: RuleId | undefined = ruleIds[0];
  const plugins: unknown = [preset, [noSecrets, 'error'], options];

  const fixed = fixSpec(spec, [template]);
  const message: LintMessage | undefined = undefined;
  const code: number = await run(['check'], { cwd: '.' });

  // @ts-expect-error: a title is a string
  const wrongAnswers: Answers = { title: 42, fields: {} };
  // @ts-expect-error: not a rule of the preset
  const wrongRule: RuleId = 'no-such-rule';
  // @ts-expect-error: \`run\` takes a list of arguments
  await run('check');

  return [custom.sections.length, issues.length, status, first, plugins, fixed.status, message, code, wrongAnswers, wrongRule, reporters.json].join();
}
`;

/**
 * A browser-side consumer's TypeScript: the packages meant to run in a browser as well (the
 * template model, the schema, the preset) type check without Node.js's types.
 */
const browserSource = `import { loadBuiltInTemplate, renderSpec, type Template } from '@specmark/template';
import { parseFrontmatter, type SpecFrontmatter } from '@specmark/schema';
import preset, { type PresetOptions } from '@specmark/remark-preset-lint';

export async function use(): Promise<string> {
  const template: Template = await loadBuiltInTemplate('api-integration');
  const data: SpecFrontmatter | undefined = parseFrontmatter('title: x\\n').data;
  const options: PresetOptions = {};
  // @ts-expect-error: answers need their fields
  renderSpec(template, { title: 'x' });
  return [renderSpec(template, { fields: {} }), data?.title, preset, options].join();
}
`;

/** Compiler options every configuration shares: as strict as a careful consumer sets them. */
const strictOptions = {
  strict: true,
  noEmit: true,
  skipLibCheck: false,
  noUncheckedIndexedAccess: true,
  exactOptionalPropertyTypes: true,
  verbatimModuleSyntax: true,
  isolatedModules: true,
  target: 'es2023',
};

/** The configurations checked: Node.js resolution, bundler resolution, and a browser bundle. */
const configs = {
  nodenext: { file: 'consumer.ts', source: consumerSource, options: { module: 'nodenext', moduleResolution: 'nodenext', lib: ['es2023'], types: ['node'] } },
  bundler: { file: 'consumer.ts', source: consumerSource, options: { module: 'preserve', moduleResolution: 'bundler', lib: ['es2023'], types: ['node'] } },
  browser: { file: 'browser.ts', source: browserSource, options: { module: 'preserve', moduleResolution: 'bundler', lib: ['es2023', 'dom'], types: [] } },
} as const;

/**
 * Type check a consumer's file with `tsc --noEmit` (strict, `skipLibCheck: false`, so the shipped
 * declarations are checked too) under one configuration: `nodenext` and `bundler` check
 * `consumer.ts` with Node.js's types; `browser` checks `browser.ts` with the DOM library and no
 * Node.js types.
 *
 * @param project The scratch project.
 * @param name The configuration.
 * @returns The problems found.
 */
export async function checkTsConsumer(project: ScratchProject, name: keyof typeof configs): Promise<CheckFindings> {
  const config = configs[name];
  await project.write(config.file, config.source);
  const tsconfig = `tsconfig.${name}.json`;
  await project.write(tsconfig, JSON.stringify({ compilerOptions: { ...strictOptions, ...config.options }, files: [config.file] }, null, 2) + '\n');
  const result = await project.run('npx', ['tsc', '-p', tsconfig]);
  return result.code === 0 ? [] : [`tsc -p ${tsconfig} exited with ${result.code}:\n${commandOutput(result)}`];
}
