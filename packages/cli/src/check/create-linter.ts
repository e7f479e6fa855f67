import remarkPresetSpecmarkLint, { type NodePresetOptions } from '@specmark/remark-preset-lint/node';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { VFile } from 'vfile';
import { toLintMessage, type LintMessage } from './lint-message.ts';

/** What the linter is configured with; plain data, so it can be sent to worker threads. */
export interface LintSettings {
  /** The template specs follow: a built-in id or an absolute template file path (default: `'api-integration'`). */
  template?: string;
  /** More templates, as ids or absolute paths (default: `[]`). */
  templates?: string[];
  /** Rule settings by id (default: `{}`). */
  rules?: Record<string, unknown>;
}

/** Lints one file's text. */
export type Linter = (path: string, value: string) => Promise<LintMessage[]>;

/**
 * Make a linter running the Specmark remark-lint preset, the same plugins remark-cli runs:
 * `unified().use(remarkParse).use(preset, settings)`.
 *
 * @param settings Template and rule settings.
 * @param cwd Working directory of the files (default: `process.cwd()`).
 * @returns The linter.
 * @throws {Error} When the preset rejects the settings (the message lists the allowed values).
 */
export function createLinter(settings: LintSettings, cwd: string = process.cwd()): Linter {
  const options: NodePresetOptions = {};
  if (settings.template !== undefined) options.template = settings.template;
  if (settings.templates !== undefined) options.templates = settings.templates;
  if (settings.rules !== undefined) options.rules = settings.rules as NodePresetOptions['rules'];
  const processor = unified().use(remarkParse).use(remarkPresetSpecmarkLint, options).freeze();
  return async (path, value) => {
    const file = new VFile({ path, value, cwd });
    const tree = processor.parse(file);
    await processor.run(tree, file);
    return file.messages.map(toLintMessage);
  };
}
