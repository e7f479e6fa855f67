import type { ServerLog } from './tool-result.ts';
import type { WorkspaceLoader } from './workspace.ts';

/** What every tool of `specmark mcp` works with. */
export interface ToolContext {
  /** The workspace root, absolute and without symbolic links: every path is resolved inside it. */
  root: string;
  /** Loads the configuration, templates and linter for a call. */
  workspace: WorkspaceLoader;
  /** Where log lines go (stderr). */
  log: ServerLog;
  /** Whether internal errors are logged with their stack (`SPECMARK_DEBUG`). */
  debug: boolean;
  /** The current time, for the `created` date of new specs. */
  now: () => Date;
}
