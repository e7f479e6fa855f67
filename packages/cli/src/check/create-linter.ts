import remarkPresetSpecmarkLint, { apiDescriptionInputs, type NodePresetOptions } from '@specmark/remark-preset-lint/node';
import type { Plugin } from 'unified';
import { unified } from 'unified';
import { VFile } from 'vfile';
import { errorLine } from '../error-line.ts';
import type { DescriptionFile } from '@specmark/api-description/node';
import { descriptionIndexStore } from './description-store.ts';
import { fileProblemLintMessage, toLintMessage, type LintMessage } from './lint-message.ts';
import { nativeParser } from './native-parser.ts';

/** What the linter is configured with; plain data, so it can be sent to worker threads. */
export interface LintSettings {
  /** The template specs follow: a built-in id or an absolute template file path (default: `'api-integration'`). */
  template?: string;
  /** More templates, as ids or absolute paths (default: `[]`). */
  templates?: string[];
  /** Rule settings by id (default: `{}`). */
  rules?: Record<string, unknown>;
}

/**
 * Lints one file's text; never throws: a failure is reported as the file's one message. Its
 * messages are `null` for a file that is not a spec (the preset's answer: see `chooseTemplate` of
 * `@specmark/template`), about which no rule says anything.
 */
export type Linter = (path: string, value: string) => Promise<LintOutcome>;

/** What linting one file gives. */
export interface LintOutcome {
  /** The messages, or `null` for a file that is not a spec. */
  messages: LintMessage[] | null;
  /** Whether a rule read the repository's files for it (its result depends on them, not only on its text). */
  readsRepository: boolean;
  /**
   * The files of the provider API descriptions read for it (its result depends on them), or
   * `null` when it names one that could not be found (its result is not kept).
   */
  descriptions: DescriptionFile[] | null;
}

/** Where the linter keeps description indexes across runs; plain data, so it can be sent to worker threads. */
export interface DescriptionCache {
  /** The cache folder. */
  folder: string;
  /** What an index depends on besides the description's bytes (the versions of the code that made it). */
  version: string;
}

/**
 * Make a linter running the Specmark remark-lint preset, the plugins remark-cli runs:
 * `unified().use(parser).use(preset, settings)`. The parser is Sätteri (native, same tree as
 * remark-parse, many times faster); where its binary cannot load, `remark-parse`.
 *
 * Each spec is handed the provider API descriptions it may name (the preset's
 * `apiDescriptionInputs`, relative to the spec or from a package), and its outcome lists the
 * files the rules read them from. A description is read once per linter while its files are
 * unchanged; with `descriptionCache`, its index is kept across runs by content hash.
 *
 * @param settings Template and rule settings.
 * @param cwd Working directory of the files (default: `process.cwd()`).
 * @param descriptionCache Where description indexes are kept across runs (default: nowhere).
 * @returns The linter; a file a rule fails on gets one message saying so.
 * @throws {Error} When the preset rejects the settings (the message lists the allowed values).
 */
export async function createLinter(settings: LintSettings, cwd: string = process.cwd(), descriptionCache?: DescriptionCache): Promise<Linter> {
  const options: NodePresetOptions = {};
  if (settings.template !== undefined) options.template = settings.template;
  if (settings.templates !== undefined) options.templates = settings.templates;
  if (settings.rules !== undefined) options.rules = settings.rules as NodePresetOptions['rules'];
  const store = descriptionCache && descriptionIndexStore(descriptionCache.folder, descriptionCache.version);
  const processor = unified()
    .use(await markdownParser())
    .use(apiDescriptionInputs, store ? { store } : {})
    .use(remarkPresetSpecmarkLint, options)
    .freeze();
  return async (path, value) => {
    const file = new VFile({ path, value, cwd });
    const outcome = (messages: LintMessage[] | null): LintOutcome => ({ messages, readsRepository: file.data.specmarkRepositoryRead === true, descriptions: file.data.specmarkDescriptionsRead === undefined ? [] : file.data.specmarkDescriptionsRead });
    try {
      const tree = processor.parse(file);
      await processor.run(tree, file);
      if (file.data.specmarkNotSpec) return outcome(null);
    } catch (error) {
      // A fatal message (`file.fail`) is reported like the others.
      if (file.messages.includes(error as (typeof file.messages)[number])) return outcome(file.messages.map(toLintMessage));
      // One file that makes a rule fail does not stop the others.
      return outcome([fileProblemLintMessage({ code: 'lint-failed', params: { reason: errorLine(error) } })]);
    }
    return outcome(file.messages.map(toLintMessage));
  };
}

/** Sätteri as a unified parser, or `remark-parse` when Sätteri's native binary is not available. */
async function markdownParser(): Promise<Plugin> {
  try {
    const { markdownToMdast } = await import('satteri');
    return nativeParser(markdownToMdast);
  } catch {
    return (await import('remark-parse')).default as Plugin;
  }
}
