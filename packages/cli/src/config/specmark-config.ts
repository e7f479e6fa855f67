/** The command line's configuration, from `specmark.config.*`, `package.json#specmark` or `.remarkrc`. */
export interface SpecmarkConfig {
  /**
   * The template specs follow, and the default of `specmark new`: a built-in id or the path of a
   * template file, relative to the configuration file (default: `'api-integration'`).
   */
  template?: string;
  /** More templates specs may name: built-in ids or template file paths (default: `[]`). */
  templates?: string[];
  /**
   * Rule settings by rule id, the remark-lint way: `'off'`, `'warn'`, `'error'`, options, or
   * `[severity, options]` (default: `{}`, every rule at its default severity).
   */
  rules?: Record<string, unknown>;
  /** Globs of files never checked or fixed, relative to the folder of the configuration (default: `[]`). */
  ignore?: string[];
}

/** A configuration with where it came from. */
export interface LoadedConfig {
  /** The merged settings. */
  config: SpecmarkConfig;
  /** Folder the configuration's relative paths are resolved from. */
  root: string;
  /** The files the settings came from, in the order read (empty when there are none). */
  sources: string[];
}
