import { mkdir } from 'node:fs/promises';
import { dirname, relative, resolve } from 'node:path';
import { shownText } from '@specmark/schema/text';
import type { Template } from '@specmark/template';
import { CliError } from '../cli-problem.ts';
import { allOperationsLimit } from '../new/operations-limit.ts';
import { newSpec, NewSpecError, type NewSpec } from '../new/new-spec.ts';
import { hasControlCharacter } from '../new/single-line.ts';
import { readSpecDetails, specDetailFlags } from '../new/spec-details.ts';
import { ask } from '../prompt-line.ts';
import type { Command } from './command.ts';
import { configFlag } from './config-flag.ts';

/** `specmark new [template] [title] [-o file] [--api description --operation op…]`. */
export const newCommand: Command = {
  name: 'new',
  usage: '[template] [title]',
  summary: 'Write a new spec from a template, ready to fill in',
  details: [
    'The template is a built-in id (`api-integration`), one from the configuration, or a template file;',
    'it defaults to the configured template. On a terminal, missing values are asked for;',
    'an empty answer leaves a value out, and `specmark check` asks for it later.',
    'The file defaults to the title in kebab-case (`stripe-refunds.md`); `-o -` writes to stdout.',
    'The title, owner and provider are one line each: a line break or control character is refused,',
    'as is one in the file path, or a path ending in `/`.',
    'The file appears whole or not at all, and an existing file is never replaced without --force.',
    '',
    'With --api, the spec starts from the provider\'s OpenAPI or Swagger description (a file, or a',
    'package path such as `@octokit/openapi/generated/api.github.com.json`): `api`, the provider,',
    '`auth` and environments in the frontmatter, each --operation in scope, and one key behavior',
    'to finish per error status the description documents for it. Name each operation as',
    '`METHOD /path` or by its operationId; without --operation, a description of at most',
    `${allOperationsLimit} operations gives all of them.`,
  ].join('\n'),
  flags: [
    { name: 'output', short: 'o', value: '<file>', description: 'File to write (default: `<title>.md`)' },
    ...specDetailFlags,
    { name: 'api', value: '<description>', description: 'Start from the provider\'s API description: a file or a package path' },
    { name: 'operation', value: '<operation>', description: 'An operation the spec integrates (`POST /v1/refunds` or an operationId); repeatable', repeatable: true },
    { name: 'force', short: 'f', description: 'Overwrite the file when it exists' },
    configFlag,
  ],
  async run({ flags, positionals }, io) {
    if (positionals.length > 2) throw new CliError({ code: 'argument-unexpected', params: { actual: positionals[2]!, command: 'new' } });
    // Loaded here, not at start-up, so that `--help` and usage errors stay instant.
    const [{ loadConfig }, { loadTemplates }] = await Promise.all([
      import('../config/load-config.ts'),
      import('../config/load-templates.ts'),
    ]);
    const loaded = await loadConfig(io.cwd, flags.config as string | undefined);
    const set = await loadTemplates(loaded);
    const interactive = Boolean(io.stdin.isTTY && io.stdout.isTTY);
    let [templateArg, title] = positionals.length === 2 ? positionals : [undefined, undefined];
    if (positionals.length === 1) {
      const only = positionals[0]!;
      if (set.byId.has(only) || /\.mdx?$/i.test(only)) templateArg = only;
      else title = only;
    }
    if (templateArg === undefined && interactive && set.byId.size > 1) {
      templateArg = (await ask(io, `Template (${[...set.byId.keys()].join(', ')})`, set.defaultId)) || set.defaultId;
    }
    const template: Template = templateArg === undefined ? set.byId.get(set.defaultId)! : (set.byId.get(templateArg) ?? (await known(templateArg, [...set.byId.keys()], loaded.root)));
    if ((title === undefined || title.trim() === '') && interactive) title = await ask(io, 'Title (the feature, in a few words)');
    // Refused before the details are asked for (`newSpec` refuses them too): a line break would end
    // the heading and start Markdown of its own.
    if (title === undefined || title.trim() === '') throw new CliError({ code: 'title-missing', params: {} });
    if (hasControlCharacter(title)) throw new CliError({ code: 'title-invalid', params: { actual: title } });

    const api = flags.api as string | undefined;
    const operations = (flags.operation as string[] | undefined) ?? [];
    if (api === undefined && operations.length > 0) throw new CliError({ code: 'api-missing', params: {} });
    const details = await readSpecDetails(flags, io, interactive, api !== undefined);
    const output = flags.output as string | undefined;
    let spec: NewSpec;
    try {
      const request = { template, title, details, path: output === '-' ? undefined : output, today: io.now() };
      spec = newSpec(request);
      if (api !== undefined) {
        // Read before anything is written: a description that cannot be used leaves no file behind.
        const { apiPrefill } = await import('../new/api-prefill.ts');
        const { answers } = await apiPrefill({ template, title: title.trim(), description: api, operations, from: io.cwd, specPath: resolve(io.cwd, spec.path) });
        spec = newSpec({ ...request, prefill: answers });
      }
    } catch (error) {
      throw cliProblem(error);
    }
    const markdown = spec.text;
    if (output === '-') {
      io.stdout.write(markdown);
      return 0;
    }
    const path = resolve(io.cwd, spec.path);
    const { FileError, errorReason, fileProblemClause } = await import('../files/file-problem.ts');
    const [{ readSnapshot }, { replaceIfUnchanged }, { writeNewFile }] = await Promise.all([
      import('../files/read-snapshot.ts'),
      import('../files/replace-if-unchanged.ts'),
      import('../files/write-new-file.ts'),
    ]);
    try {
      await mkdir(dirname(path), { recursive: true });
      await writeNewFile(path, markdown);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code !== 'EEXIST') throw new CliError({ code: 'file-write', params: { path: spec.path, reason: errorReason(error) } });
      if (!flags.force) throw new CliError({ code: 'file-exists', params: { path: spec.path } });
      try {
        await replaceIfUnchanged(await readSnapshot(path), markdown);
      } catch (failure) {
        const reason = failure instanceof FileError ? fileProblemClause(failure.problem) : errorReason(failure);
        throw new CliError({ code: 'file-write', params: { path: spec.path, reason } });
      }
    }
    io.stdout.write(`Wrote ${shownText(relative(io.cwd, path) || spec.path)} from template \`${shownText(template.id)}\` v${template.version}: replace each [bracketed prompt], then run \`specmark check\`.\n`);
    return 0;
  },
};

/** Load a template named on the command line that is not already known: a file path. */
async function known(source: string, ids: string[], root: string): Promise<Template> {
  const { loadOne } = await import('../config/load-templates.ts');
  if (!/\.mdx?$/i.test(source)) throw new CliError({ code: 'template-unknown', params: { actual: source, known: ids } });
  return loadOne(source, root);
}

/** A {@link NewSpecError} as the command line's problem. */
function cliProblem(error: unknown): unknown {
  if (!(error instanceof NewSpecError)) return error;
  const { problem } = error;
  switch (problem.code) {
    case 'title-missing':
      return new CliError({ code: 'title-missing', params: {} });
    case 'path-invalid':
      return new CliError({ code: 'path-invalid', params: problem.params });
    case 'api-missing':
    case 'api-unreadable':
    case 'operation-unknown':
    case 'operations-missing':
      return new CliError(problem);
    case 'value-invalid':
      return problem.params.key === 'title'
        ? new CliError({ code: 'title-invalid', params: { actual: problem.params.actual } })
        : new CliError({ code: 'flag-value-invalid', params: { flag: `--${problem.params.key}`, actual: problem.params.actual, expected: 'one line of text, without control characters' } });
  }
}
