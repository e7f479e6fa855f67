import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { commandOutput, runCommand, type CommandResult } from './run-command.ts';
import { readManifest, repoRoot } from './workspace-packages.ts';

/** A consumer project outside the monorepo with the tarballs installed. */
export interface ScratchProject {
  /** Its folder, absolute. */
  dir: string;
  /** The environment its commands run in. */
  env: NodeJS.ProcessEnv;
  /**
   * Run a program in the project.
   *
   * @param command The program (its `node_modules/.bin` comes first on `PATH`).
   * @param args Its arguments.
   * @param folder A subfolder to run it in (default: the project's folder).
   * @returns The exit code and output.
   */
  run(command: string, args: readonly string[], folder?: string): Promise<CommandResult>;
  /**
   * Write a file of the project.
   *
   * @param file Its path, relative to the project.
   * @param text Its content.
   */
  write(file: string, text: string): Promise<void>;
  /**
   * Read a file of the project.
   *
   * @param file Its path, relative to the project.
   * @returns Its content.
   */
  read(file: string): Promise<string>;
}

/**
 * The environment of the scratch project: the Node.js running this script first on `PATH` (so
 * `node`, `npm` and `npx` there run under it too), after the project's own `node_modules/.bin`,
 * with no monorepo `node_modules/.bin` at all and none of the `npm_*` variables `npm run` sets
 * for this repository (its `.npmrc`, its package), so installs behave as in a fresh project; and
 * `npx` never installs a missing command (`npm_config_yes=false`): a command that is not in the
 * project fails instead of coming from the registry.
 */
function scratchEnv(dir: string): NodeJS.ProcessEnv {
  const inRepo = (entry: string): boolean => path.resolve(entry).startsWith(repoRoot + path.sep) && !entry.startsWith(path.dirname(process.execPath));
  const rest = (process.env.PATH ?? '').split(path.delimiter).filter((entry) => entry && !inRepo(entry) && !/node_modules[\\/]\.bin$/.test(entry));
  const env: NodeJS.ProcessEnv = Object.fromEntries(Object.entries(process.env).filter(([key]) => !key.startsWith('npm_')));
  env.PATH = [path.join(dir, 'node_modules', '.bin'), path.dirname(process.execPath), ...rest].join(path.delimiter);
  env.NO_COLOR = '1';
  env.FORCE_COLOR = '0';
  env.npm_config_yes = 'false';
  env.npm_config_update_notifier = 'false';
  env.npm_config_fund = 'false';
  env.npm_config_audit = 'false';
  return env;
}

/**
 * The registry packages a consumer adds next to Specmark, at the ranges the monorepo itself uses:
 * remark-cli (the preset's dev dependency), typescript and @types/node (the root's), ajv (the
 * schema's), the MCP SDK's client (the command line's).
 */
async function registryPackages(): Promise<string[]> {
  const root = await readManifest(repoRoot);
  const preset = await readManifest(path.join(repoRoot, 'packages/remark-preset-lint'));
  const schema = await readManifest(path.join(repoRoot, 'packages/schema'));
  const cli = await readManifest(path.join(repoRoot, 'packages/cli'));
  const wanted: [string, string | undefined][] = [
    ['remark-cli', preset.devDependencies?.['remark-cli']],
    ['typescript', root.devDependencies?.typescript],
    ['@types/node', root.devDependencies?.['@types/node']],
    ['ajv', schema.devDependencies?.ajv],
    ['@modelcontextprotocol/client', cli.devDependencies?.['@modelcontextprotocol/client']],
  ];
  return wanted.map(([name, range]) => {
    if (!range) throw new Error(`No version range for ${name} in the monorepo's package.json files`);
    return `${name}@${range}`;
  });
}

/**
 * Create a project in `dir` (outside the monorepo) and `npm install` the tarballs into it, with
 * remark-cli, typescript, @types/node, ajv and the MCP SDK's client from the registry.
 *
 * @param dir The project folder; created.
 * @param tarballs The tarballs to install.
 * @returns The project, and the install's output and a list of problems (empty when it installed
 *   exactly the tarballs).
 */
export async function createScratchProject(dir: string, tarballs: readonly string[]): Promise<{ project: ScratchProject; problems: string[] }> {
  await mkdir(dir, { recursive: true });
  const env = scratchEnv(dir);
  const project: ScratchProject = {
    dir,
    env,
    run: (command, args, folder = '.') => runCommand(command, args, { cwd: path.join(dir, folder), env }),
    write: async (file, text) => {
      await mkdir(path.dirname(path.join(dir, file)), { recursive: true });
      await writeFile(path.join(dir, file), text);
    },
    read: (file) => readFile(path.join(dir, file), 'utf8'),
  };
  await project.write('package.json', JSON.stringify({ name: 'specmark-consumer', version: '1.0.0', private: true, type: 'module' }, null, 2) + '\n');
  const result = await project.run('npm', ['install', '--no-audit', '--no-fund', '--save-dev', ...tarballs, ...(await registryPackages())]);
  if (result.code !== 0) return { project, problems: [`npm install exited with ${result.code}:\n${commandOutput(result)}`] };
  const problems: string[] = [];
  const lock = JSON.parse(await project.read('package-lock.json')) as { packages: Record<string, { version?: string; resolved?: string }> };
  for (const tarball of tarballs) {
    const manifest = JSON.parse(await runCommand('tar', ['-xzOf', tarball, 'package/package.json']).then((out) => out.stdout)) as { name: string };
    const entry = lock.packages[`node_modules/${manifest.name}`];
    if (!entry?.resolved?.startsWith('file:') || !entry.resolved.endsWith(path.basename(tarball))) problems.push(`${manifest.name} was installed from ${entry?.resolved ?? 'nowhere'}, expected ${tarball}`);
    const copies = Object.keys(lock.packages).filter((key) => key.endsWith(`node_modules/${manifest.name}`) && key !== `node_modules/${manifest.name}`);
    if (copies.length > 0) problems.push(`${manifest.name} is installed more than once: ${copies.join(', ')}`);
  }
  return { project, problems };
}
