/** The limits of `specmark mcp`'s tools, documented in the README. */
export const limits = {
  /** Largest spec file (or `text`) a tool reads, in bytes: 2 MB. */
  fileBytes: 2 * 1024 * 1024,
  /** Most paths `check_spec` takes in one call. */
  paths: 100,
  /** Most characters of a diff repeated in `fix_spec`'s text content (the whole diff is in its structured content). */
  diffInText: 8000,
  /** Most problems named in `check_spec`'s text summary (all are in its structured content). */
  problemsInText: 20,
} as const;
