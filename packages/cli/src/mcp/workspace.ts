import type { Template } from '@specmark/template';
import { CliError, configRefused } from '../cli-problem.ts';
import { lintSettings } from '../check/check-files.ts';
import { createLinter, type Linter } from '../check/create-linter.ts';
import { contentHash } from '../check/lint-cache.ts';
import { loadConfig } from '../config/load-config.ts';
import { loadTemplates, type TemplateSet } from '../config/load-templates.ts';
import type { LoadedConfig } from '../config/specmark-config.ts';
import { ToolError } from './tool-problem.ts';

/** The workspace a server works in: its configuration, templates and linter, as `specmark check` reads them. */
export interface LoadedWorkspace {
  /** The workspace root, absolute and without symbolic links. */
  root: string;
  /** The configuration. */
  loaded: LoadedConfig;
  /** The built-in templates and those the configuration adds. */
  templates: TemplateSet;
  /** Lints one file's text with the configured rules. */
  lint: Linter;
}

/** Loads the workspace afresh for each tool call, so edits to the configuration apply at once. */
export type WorkspaceLoader = () => Promise<LoadedWorkspace>;

/**
 * Make the loader of a workspace: each call reads the configuration as `specmark check` does
 * (`specmark.config.*`, `package.json#specmark`, `.remarkrc*`) and its templates; the linter is
 * made again only when the settings or a template changed.
 *
 * @param root The workspace root, absolute and without symbolic links.
 * @param config A configuration file, relative to the root (default: found in the root).
 * @returns The loader; it throws a {@link ToolError} with the command line's wording when the
 *   configuration or a template is invalid.
 */
export function workspaceLoader(root: string, config?: string): WorkspaceLoader {
  let cached: { key: string; lint: Promise<Linter> } | undefined;
  return async () => {
    try {
      const loaded = await loadConfig(root, config);
      const templates = await loadTemplates(loaded);
      const settings = lintSettings(loaded);
      const key = contentHash(JSON.stringify({ settings, sources: [...templates.byId.values()].map((template: Template) => contentHash(template.source)) }));
      if (cached?.key !== key) {
        const lint = createLinter(settings, root);
        lint.catch(() => undefined);
        cached = { key, lint };
      }
      const lint = await cached.lint.catch((error: unknown) => {
        cached = undefined;
        throw configRefused(loaded, error);
      });
      return { root, loaded, templates, lint };
    } catch (error) {
      if (error instanceof CliError) throw new ToolError({ code: 'workspace', params: { reason: error.message } });
      throw error;
    }
  };
}

