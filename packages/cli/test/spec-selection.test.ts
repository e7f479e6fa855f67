import { beforeEach, describe, expect, test } from 'vitest';
import { credentials } from '../../../tests/fixtures/secrets/credentials.ts';
import { runCli } from './support/run-cli.ts';
import { apiTemplate, filledSpec, writeFiles } from './support/spec-fixtures.ts';
import { tempFolder } from './support/temp-folder.ts';

const stripe = credentials.find((credential) => credential.id === 'stripe-secret')!;
const plain = 'template: api-integration\n';

/**
 * One spec's frontmatter spelled another way: every spelling is the YAML mapping
 * `template: api-integration` (and the other keys), as the YAML reader reads it.
 */
const spellings: Record<string, (spec: string) => string> = {
  'plain.md': (spec) => spec,
  'double-quoted-value.md': (spec) => spec.replace(plain, 'template: "api-integration"\n'),
  'single-quoted-value.md': (spec) => spec.replace(plain, "template: 'api-integration'\n"),
  'comment.md': (spec) => spec.replace(plain, 'template: api-integration # the built-in one\n'),
  'crlf.md': (spec) => spec.replace(/\n/g, '\r\n'),
  'tab.md': (spec) => spec.replace(plain, 'template:\tapi-integration\n'),
  'double-quoted-key.md': (spec) => spec.replace(plain, '"template": api-integration\n'),
  'single-quoted-key.md': (spec) => spec.replace(plain, "'template': api-integration\n"),
  'space-before-colon.md': (spec) => spec.replace(plain, 'template : api-integration\n'),
  'flow-mapping.md': (spec) => spec.replace(/^---\n[\s\S]*?\n---\n/, '---\n{template: api-integration, templateVersion: 1, title: Integration 1, status: approved, owner: payments-platform, provider: Stripe, environments: [sandbox, production], auth: api-key, created: 2026-11-02}\n---\n'),
  'explicit-key.md': (spec) => spec.replace(plain, '? template\n: api-integration\n'),
  'tagged-value.md': (spec) => spec.replace(plain, 'template: !!str api-integration\n'),
  'tagged-key.md': (spec) => spec.replace(plain, '!!str template: api-integration\n'),
  'anchor.md': (spec) => spec.replace(plain, 'template: &id api-integration\n'),
  'literal-block.md': (spec) => spec.replace(plain, 'template: |-\n  api-integration\n'),
  'folded-block.md': (spec) => spec.replace(plain, 'template: >-\n  api-integration\n'),
  'next-line.md': (spec) => spec.replace(plain, 'template:\n  api-integration\n'),
  'indented-mapping.md': (spec) => spec.replace(/^---\n([\s\S]*?)\n---\n/, (_, yaml: string) => `---\n${yaml.replace(/^/gm, '  ')}\n---\n`),
  'cr-only.md': (spec) => spec.replace(/\n/g, '\r'),
  'escaped-key.md': (spec) => spec.replace(plain, '"t\\x65mplate": api-integration\n'),
  'bom.md': (spec) => '\ufeff' + spec,
};

let folder: string;
let spec: string;
beforeEach(async () => {
  folder = await tempFolder();
  // A live-looking Stripe key pasted into the spec's first answer.
  spec = filledSpec(await apiTemplate(), 1).replace('### Problem\n\n', `### Problem\n\nThe key is ${stripe.inline} for now. `);
});

describe('the folder check picks every spec the YAML reader reads as naming a template', () => {
  test('21 spellings of the same frontmatter, each with a live Stripe key: all checked, every key reported', async () => {
    expect(Object.keys(spellings)).toHaveLength(21);
    await writeFiles(folder, Object.fromEntries(Object.entries(spellings).map(([name, spell]) => [`specs/${name}`, spell(spec)])));
    const result = await runCli(folder, ['check', '--reporter', 'json']);
    expect(result.code).toBe(1);
    const report = JSON.parse(result.stdout) as { files: { path: string; messages: { ruleId: string | null }[] }[] };
    const withKey = report.files.filter((file) => file.messages.some((message) => message.ruleId === 'no-secrets')).map((file) => file.path);
    expect(withKey.sort()).toEqual(Object.keys(spellings).map((name) => `specs/${name}`).sort());
  });
});

describe('the folder check and fix pick what the preset calls a spec', () => {
  const readme = '# my-lib\n\n## Install\n\n```sh\nnpm install my-lib\n```\n\n## Usage\n\nRender a template with it.\n';
  const splash = '---\ntitle: Welcome\ntemplate: splash\n---\n\n# Welcome\n\nA site page that names its page template.\n';

  test('a spec that lost its frontmatter is checked and reported once; a README and a site page naming its page template are skipped', async () => {
    const lost = spec.replace(/^---\n[\s\S]*?\n---\n\n/, '');
    await writeFiles(folder, { 'README.md': readme, 'docs/index.md': splash, 'specs/lost.md': lost });
    const result = await runCli(folder, ['check', '--reporter', 'json']);
    const report = JSON.parse(result.stdout) as { files: { path: string; messages: { ruleId: string | null; message: string }[] }[] };
    expect(report.files.map((file) => file.path)).toEqual(['specs/lost.md']);
    expect(report.files[0]!.messages.filter((message) => message.ruleId === 'frontmatter-schema').map((message) => message.message)).toEqual([
      'Unexpected spec without frontmatter, expected a YAML block between `---` lines at the top of the file with `template: api-integration` (its headings follow that template), `templateVersion`, `status`',
    ]);
    // Named on its own, a README is checked: no message.
    const named = await runCli(folder, ['check', '--reporter', 'json', 'README.md', 'docs/index.md']);
    expect(named.code).toBe(0);
    expect((JSON.parse(named.stdout) as { files: { messages: unknown[] }[] }).files.map((file) => file.messages)).toEqual([[], []]);
  });

  test('fix gives back the lost frontmatter and leaves other Markdown alone (named on its own: left alone, saying why)', async () => {
    const lost = spec.replace(/^---\n[\s\S]*?\n---\n\n/, '');
    await writeFiles(folder, { 'README.md': readme, 'specs/lost.md': lost });
    const result = await runCli(folder, ['fix']);
    expect(result.stdout).toBe('specs/lost.md: added frontmatter naming template `api-integration`\n');
    const named = await runCli(folder, ['fix', 'README.md']);
    expect(named.code).toBe(1);
    expect(named.stderr).toContain('README.md: left alone, it is not a spec: its frontmatter names no known template and its headings follow none');
  });
});

