/**
 * The two arms the `specmark check` benchmarks of the answer rules compare, as a user runs each:
 * the `bench:cli` corpus as its own repository, configured with the four answer rules off (the
 * peer: the check before them) or with every rule, and a copy of the published bundle per arm.
 * Not a test.
 */
import { cpSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { generateCorpus } from '../cli-throughput/generate-corpus.ts';

/** The rules issue 18 added: the ones that judge what answers say. */
export const answerRules = ['no-hollow-answers', 'specific-behaviors', 'consistent-frontmatter', 'reference-files-exist'];

const cliPackage = fileURLToPath(new URL('../../packages/cli/', import.meta.url));

/** One arm: the folder `specmark check` runs in and the entry module of its own install. */
export interface Arm {
  /** `without the answer rules` or `with them`. */
  label: string;
  /** The corpus, its configuration setting the rules. */
  folder: string;
  /** The install's entry module, started as the `specmark` executable starts the bundle. */
  specmark: string;
}

/**
 * Write both arms under a folder. Each runs its own copy of the bundle: Node's compile cache keeps
 * the code of the functions a run used, so one cache shared by both arms would favour whichever
 * arm wrote it.
 *
 * @param root Folder to write into.
 * @param prelude Lines the entry runs before the bundle (default: none), such as V8 flags.
 * @returns The peer, then the arm with every rule.
 */
export async function answerRuleArms(root: string, prelude = ''): Promise<[Arm, Arm]> {
  const arm = async (name: string, label: string, rules: Record<string, string>): Promise<Arm> => {
    const folder = join(root, name);
    rmSync(folder, { recursive: true, force: true });
    await generateCorpus(folder);
    mkdirSync(join(folder, '.git'), { recursive: true });
    writeFileSync(join(folder, '.gitignore'), 'node_modules/\n');
    writeFileSync(join(folder, 'specmark.config.json'), JSON.stringify({ rules }));
    const install = join(root, `${name}-install`);
    rmSync(install, { recursive: true, force: true });
    cpSync(join(cliPackage, 'bundle'), join(install, 'bundle'), { recursive: true });
    cpSync(join(cliPackage, 'package.json'), join(install, 'package.json'));
    const specmark = join(install, 'specmark.mjs');
    writeFileSync(specmark, `import module from 'node:module';\n${prelude}\nmodule.enableCompileCache?.();\nawait import('./bundle/main.js');\n`);
    return { label, folder, specmark };
  };
  return [await arm('without', 'without the answer rules', Object.fromEntries(answerRules.map((id) => [id, 'off']))), await arm('all', 'with them', {})];
}
