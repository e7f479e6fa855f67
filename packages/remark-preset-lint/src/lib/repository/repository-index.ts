/** The files of a repository, as listed once for the rules. */
export interface RepositoryFiles {
  /** Paths of the repository's files relative to its root, `/`-separated, `.gitignore`d ones left out. */
  paths: readonly string[];
  /** `false` when the listing stopped at its cap: a path not in it may still exist. */
  complete: boolean;
}

/** The repository a spec lives in, as the rules receive it (see `RuleInputs`). */
export interface RepositoryIndex {
  /** The spec's path relative to the repository's root, `/`-separated (`docs/payments.md`). */
  spec: string;
  /**
   * The repository's files. Listed on the first call, and only then: a spec that references no
   * file costs no listing.
   *
   * @returns The files.
   */
  files(): Promise<RepositoryFiles>;
}

/** Where a referenced path leads in the repository. */
export type ReferenceLookup =
  /** An existing file or folder: at the path from the spec's folder or the root, or the one whose path ends with it. */
  | { kind: 'found' }
  /** Nothing in the repository has that path, nor ends with it. */
  | { kind: 'missing' }
  /** Several files or folders end with the path (up to the first ones, sorted). */
  | { kind: 'ambiguous'; matches: string[]; count: number }
  /** The listing was capped and the path is not in it: it may exist. */
  | { kind: 'unknown' };

/** How many ambiguous matches a lookup names. */
const shownMatches = 3;

const byBaseName = new WeakMap<RepositoryFiles, Map<string, string[]>>();
const asSet = new WeakMap<RepositoryFiles, Set<string>>();

/**
 * Find a path a spec references among the repository's files. A path ending in `/` names a folder
 * (which exists when a file is under it). The path is looked up from the spec's folder and from
 * the root (`/lib/retry.ts` and `./lib/retry.ts` alike), then as the end of a longer path
 * (`webhooks/handler.ts` finds `services/orders/src/webhooks/handler.ts`), which must be unique.
 *
 * @param files The repository's files.
 * @param spec The spec's path relative to the root.
 * @param reference The path as written in the spec (no `#fragment`, no line number).
 * @returns Where it leads.
 */
export function locateReference(files: RepositoryFiles, spec: string, reference: string): ReferenceLookup {
  const folder = reference.endsWith('/');
  let cut = reference.length;
  while (cut > 0 && reference[cut - 1] === '/') cut--;
  const bare = reference.slice(0, cut);
  const specFolder = spec.includes('/') ? spec.slice(0, spec.lastIndexOf('/')) : '';
  const exact = bare.startsWith('/') ? [normalize(bare.slice(1))] : [normalize(specFolder === '' ? bare : `${specFolder}/${bare}`), normalize(bare)];
  for (const candidate of exact) {
    if (candidate === undefined || candidate === '') continue;
    if (folder ? hasFolder(files, candidate) : fileSet(files).has(candidate) || hasFolder(files, candidate)) return { kind: 'found' };
  }
  const tail = bare.replace(/^(?:\.{0,2}\/)+/, '');
  if (tail === '') return { kind: 'unknown' };
  const matches = folder ? foldersEndingWith(files, tail) : filesEndingWith(files, tail);
  if (matches.length === 1) return { kind: 'found' };
  if (matches.length > 1) return { kind: 'ambiguous', matches: matches.sort().slice(0, shownMatches), count: matches.length };
  return files.complete ? { kind: 'missing' } : { kind: 'unknown' };
}

/** A relative path with `.` and `..` resolved, or `undefined` when it leaves the root. */
function normalize(path: string): string | undefined {
  const segments: string[] = [];
  for (const segment of path.split('/')) {
    if (segment === '' || segment === '.') continue;
    if (segment === '..') {
      if (segments.length === 0) return undefined;
      segments.pop();
    } else segments.push(segment);
  }
  return segments.join('/');
}

function fileSet(files: RepositoryFiles): Set<string> {
  let set = asSet.get(files);
  if (!set) {
    set = new Set(files.paths);
    asSet.set(files, set);
  }
  return set;
}

function hasFolder(files: RepositoryFiles, folder: string): boolean {
  const prefix = folder + '/';
  return files.paths.some((path) => path.startsWith(prefix));
}

/** Files whose path is the tail or ends with `/` and the tail. */
function filesEndingWith(files: RepositoryFiles, tail: string): string[] {
  let names = byBaseName.get(files);
  if (!names) {
    names = new Map();
    for (const path of files.paths) {
      const name = path.slice(path.lastIndexOf('/') + 1);
      const list = names.get(name);
      if (list) list.push(path);
      else names.set(name, [path]);
    }
    byBaseName.set(files, names);
  }
  const name = tail.slice(tail.lastIndexOf('/') + 1);
  return (names.get(name) ?? []).filter((path) => path === tail || path.endsWith('/' + tail));
}

/** Folders whose path is the tail or ends with `/` and the tail. */
function foldersEndingWith(files: RepositoryFiles, tail: string): string[] {
  const found = new Set<string>();
  const needle = `/${tail}/`;
  for (const path of files.paths) {
    const at = `/${path}`.indexOf(needle);
    if (at !== -1) found.add(path.slice(0, at + tail.length));
  }
  return [...found];
}
