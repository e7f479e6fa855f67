import { statSync } from 'node:fs';
import { dirname, relative, resolve, sep } from 'node:path';
import type { VFile } from 'vfile';
import { listRepositoryFiles } from './repository-files.ts';
import type { RepositoryFiles, RepositoryIndex } from './repository-index.ts';
import { repositoryRoot } from './repository-root.ts';
import { ruleInputs } from '../rules/rule-inputs.ts';

/**
 * How long a processor reuses the root found for a folder and a repository's listing, in
 * milliseconds: a run over many specs lists the repository once, and a long-lived processor (a
 * server) sees a file created meanwhile on a later check.
 */
const freshFor = 5_000;

/**
 * A unified plugin that hands the rules the repository each spec is in (`RuleInputs.repository`),
 * found from the spec's path: the nearest folder with `.git`, or else with a Specmark
 * configuration file. A file without a path, a path that is not a file on disk, and a file in no
 * repository get `null`: the rules that need one say nothing. An input the caller already gave is
 * kept. The repository's files are listed only when a rule asks, once per processor for every spec
 * in it (for 5 seconds: a new processor, or a later check, lists them again).
 *
 * @returns The transformer.
 */
export function repositoryInputs(): (tree: unknown, file: VFile) => undefined {
  const rootOf = keptFresh(repositoryRoot);
  const filesOf = keptFresh(listRepositoryFiles);
  return (_tree, file) => {
    const inputs = ruleInputs(file);
    if (inputs.repository === undefined) inputs.repository = findRepository(file, rootOf, filesOf);
    return undefined;
  };
}

/** A function of a path whose answers are reused for {@link freshFor} milliseconds. */
function keptFresh<Value>(compute: (path: string) => Value): (path: string) => Value {
  const known = new Map<string, { at: number; value: Value }>();
  return (path) => {
    const now = Date.now();
    const kept = known.get(path);
    if (kept && now - kept.at < freshFor) return kept.value;
    const value = compute(path);
    known.set(path, { at: now, value });
    return value;
  };
}

declare module 'vfile' {
  interface DataMap {
    /** `true` once a rule read the repository's files for this spec: its result depends on them. */
    specmarkRepositoryRead: boolean;
  }
}

/** The repository of a spec file, or `null`. */
function findRepository(file: VFile, rootOf: (folder: string) => string | undefined, filesOf: (root: string) => Promise<RepositoryFiles>): RepositoryIndex | null {
  if (!file.path) return null;
  const path = resolve(file.cwd, file.path);
  try {
    if (!statSync(path).isFile()) return null;
  } catch {
    return null;
  }
  const root = rootOf(dirname(path));
  if (root === undefined) return null;
  return {
    spec: relative(root, path).split(sep).join('/'),
    files: () => {
      file.data.specmarkRepositoryRead = true;
      return filesOf(root);
    },
  };
}
