/** Export conditions that point into the monorepo's sources and are not published on purpose. */
export const sourceConditions: ReadonlySet<string> = new Set(['@specmark/source']);

/** One file target of an `exports` (or `imports`) map. */
export interface ExportTarget {
  /** The subpath, such as `.` or `./rules/*`. */
  subpath: string;
  /** The conditions leading to it, outermost first. */
  conditions: string[];
  /** The target, such as `./dist/index.js`. */
  target: string;
}

/**
 * Every target of an `exports` map, with the conditions that lead to it.
 *
 * @param exports The `exports` field.
 * @returns The targets, in the map's order.
 */
export function exportTargets(exports: unknown): ExportTarget[] {
  const targets: ExportTarget[] = [];
  const walk = (subpath: string, conditions: string[], value: unknown): void => {
    if (typeof value === 'string') targets.push({ subpath, conditions, target: value });
    else if (Array.isArray(value)) for (const item of value) walk(subpath, conditions, item);
    else if (value && typeof value === 'object') for (const [key, inner] of Object.entries(value)) walk(subpath, [...conditions, key], inner);
  };
  if (typeof exports === 'string' || Array.isArray(exports)) walk('.', [], exports);
  else if (exports && typeof exports === 'object') {
    const entries = Object.entries(exports);
    if (entries.every(([key]) => key.startsWith('.'))) for (const [subpath, value] of entries) walk(subpath, [], value);
    else walk('.', [], exports);
  }
  return targets;
}

/**
 * Whether a target is published: it is not under a source-only condition.
 *
 * @param target An export target.
 * @returns `true` when a consumer can resolve to it.
 */
export function isPublishedTarget(target: ExportTarget): boolean {
  return !target.conditions.some((condition) => sourceConditions.has(condition));
}

/**
 * The files of a package that an export target points at (a `*` pattern matches any characters,
 * slashes included, as in Node.js).
 *
 * @param target The target, such as `./dist/rules/*.js`.
 * @param files The package's files, relative.
 * @returns The matching files.
 */
export function filesOfTarget(target: string, files: readonly string[]): string[] {
  const relative = target.replace(/^\.\//, '');
  if (!relative.includes('*')) return files.includes(relative) ? [relative] : [];
  const pattern = new RegExp('^' + relative.split('*').map((part) => part.replace(/[.+?^${}()|[\]\\]/g, '\\$&')).join('.+') + '$');
  return files.filter((file) => pattern.test(file));
}
