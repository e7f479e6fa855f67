/**
 * Cost of listing a repository's files for `reference-files-exist`, against `git ls-files` (what
 * git itself does to list tracked and untracked files, `.gitignore` applied) on the same tree: this
 * repository, and a generated tree of 20,000 files in 2,000 folders with a `.gitignore`. Prints
 * medians of several runs and the ratio. Not a test.
 *
 * Run from the repository root: `node --conditions=@specmark/source bench/repository-scan/run.ts`
 * (through `npx`), `RUNS=<n>` for more runs (default 7).
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { listRepositoryFiles } from '@specmark/remark-preset-lint/node';

const repo = fileURLToPath(new URL('../../', import.meta.url));
const large = join(repo, 'bench', '.tmp', 'repository-scan', 'tree');
const runs = Number(process.env.RUNS ?? 7);

/** Write a tree of 20,000 files (and 2,000 ignored ones) in its own git repository. */
function generate(root: string): void {
  rmSync(root, { recursive: true, force: true });
  for (let folder = 0; folder < 2000; folder++) {
    const path = join(root, `packages/p${folder % 50}/src/m${folder}`);
    mkdirSync(path, { recursive: true });
    for (let file = 0; file < 10; file++) writeFileSync(join(path, `f${file}.ts`), '');
    mkdirSync(join(path, 'build'), { recursive: true });
    writeFileSync(join(path, 'build', 'out.js'), '');
  }
  writeFileSync(join(root, '.gitignore'), 'build/\n');
  execFileSync('git', ['init', '-q', root]);
}

const median = (values: number[]): number => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

async function measure(root: string): Promise<{ files: number; complete: boolean; ours: number; git: number }> {
  const ours: number[] = [];
  const git: number[] = [];
  let listed = { paths: [] as readonly string[], complete: true };
  for (let run = 0; run < runs; run++) {
    let started = performance.now();
    listed = await listRepositoryFiles(root);
    ours.push(performance.now() - started);
    started = performance.now();
    execFileSync('git', ['ls-files', '--cached', '--others', '--exclude-standard', '-z'], { cwd: root, maxBuffer: 1 << 28 });
    git.push(performance.now() - started);
  }
  return { files: listed.paths.length, complete: listed.complete, ours: median(ours), git: median(git) };
}

generate(large);
const lines: string[] = [];
for (const [label, root] of [
  ['this repository', repo],
  ['generated tree', large],
] as const) {
  const { files, complete, ours, git } = await measure(root);
  lines.push(`${label}: ${files} files${complete ? '' : ' (capped)'}; listRepositoryFiles median ${ours.toFixed(0)} ms, git ls-files median ${git.toFixed(0)} ms (${(ours / git).toFixed(2)}×), ${runs} runs each`);
}
process.stdout.write(lines.join('\n') + '\n');
