// `npm run verify:packages`: pack every published workspace package as `npm publish` would, check
// each tarball (file list, manifest, declared dependencies, publint, attw), then install the
// tarballs into a scratch project outside the monorepo and use them the way a consumer does.
// One PASS/FAIL line per check; exits 1 when any check fails. `--keep` keeps the scratch folder.

import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { checkDeclaredDependencies } from './check-declared-dependencies.ts';
import { checkFileList } from './check-file-list.ts';
import { checkManifest } from './check-manifest.ts';
import { packPackage } from './pack-package.ts';
import { runAttw } from './run-attw.ts';
import { runPublint } from './run-publint.ts';
import { runConsumerChecks } from './consumer-checks.ts';
import { StepReport } from './step-report.ts';
import { unpackTarball, type TarballContents } from './tarball-contents.ts';
import { readManifest, repoRoot, workspacePackages } from './workspace-packages.ts';

const keep = process.argv.includes('--keep');
const unknown = process.argv.slice(2).filter((arg) => arg !== '--keep');
if (unknown.length > 0) {
  process.stderr.write(`verify-packages: Unexpected ${unknown.join(' ')}, expected no argument or --keep\n`);
  process.exit(2);
}

const report = new StepReport();
const work = await mkdtemp(path.join(os.tmpdir(), 'specmark-verify-packages-'));
const root = await readManifest(repoRoot);
const packages = await workspacePackages();
const expected = {
  license: root.license ?? '',
  node: root.engines?.node ?? '',
  versions: new Map(packages.map((pkg) => [pkg.manifest.name, pkg.manifest.version])),
};
process.stdout.write(`Node.js ${process.versions.node}; working in ${work}\n`);

const tarballs = new Map<string, string>();
for (const [index, pkg] of packages.entries()) {
  const name = pkg.manifest.name;
  let tarball = '';
  let contents: TarballContents | undefined;
  await report.run(`${name}: npm pack (prepack build)`, async () => {
    tarball = await packPackage(pkg, path.join(work, 'tarballs', String(index)));
    contents = await unpackTarball(tarball, path.join(work, 'unpacked', String(index)));
    return { problems: [], note: `${path.basename(tarball)}, ${contents.files.length} files` };
  });
  if (!contents) continue;
  const unpacked = contents;
  tarballs.set(name, tarball);
  await report.run(`${name}: file list (dist JS + .d.ts, documents, exported files; no tests, sources, maps)`, () => checkFileList(pkg.manifest, unpacked));
  await report.run(`${name}: package.json (license, type, sideEffects, engines, types, exports, bin, access)`, () => checkManifest(unpacked, expected));
  await report.run(`${name}: every package the shipped code imports is a dependency`, () => checkDeclaredDependencies(pkg.manifest, unpacked));
  await report.run(`${name}: publint`, () => runPublint(tarball));
  await report.run(`${name}: attw --profile esm-only`, () => runAttw(tarball, pkg.manifest, unpacked));
}

if (tarballs.size === packages.length) await runConsumerChecks(report, { work, tarballs, versions: expected.versions });
else report.add({ ok: false, title: 'consumer project: skipped, not every package could be packed' });

if (keep) process.stdout.write(`Kept ${work}\n`);
else await rm(work, { recursive: true, force: true });
const passed = report.outcomes.length - report.failures;
process.stdout.write(`\n${passed} passed, ${report.failures} failed\n`);
process.exitCode = report.failures > 0 ? 1 : 0;
