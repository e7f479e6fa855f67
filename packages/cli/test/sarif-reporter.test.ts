import { spawnSync } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { ruleDocs } from '@specmark/remark-preset-lint/docs';
import Ajv from 'ajv-draft-04';
import addFormats from 'ajv-formats';
import { reporters } from 'specmark';
import { beforeAll, describe, expect, test } from 'vitest';
import { artifactLocation } from '../src/report/artifact-uri.ts';
import schema from './fixtures/sarif/sarif-schema-2.1.0.json' with { type: 'json' };
import { runCli } from './support/run-cli.ts';
import { apiTemplate, filledSpec, writeFiles } from './support/spec-fixtures.ts';
import { tempFolder } from './support/temp-folder.ts';

/** The OASIS SARIF 2.1.0 schema (draft-04) in ajv, formats (`uri`, `uri-reference`) checked. */
const ajv = new Ajv({ allErrors: true });
addFormats(ajv);
const validate = ajv.compile(schema);

/** What a SARIF log holds that these tests read. */
interface SarifLog {
  version: string;
  runs: {
    tool: { driver: { name: string; version: string; rules: Record<string, any>[] } };
    columnKind: string;
    results: { ruleId?: string; ruleIndex?: number; level: string; message: { text: string }; locations: { physicalLocation: { artifactLocation: { uri: string; uriBaseId?: string }; region?: Record<string, number> } }[] }[];
  }[];
}

/** ajv's verdict on a log: `valid` or its errors, one per line. */
function verdict(log: unknown): string {
  return validate(log) ? 'valid' : ajv.errorsText(validate.errors, { separator: '\n' });
}

/** File names people do use, each a challenge for a URI. */
const oddNames: Record<string, string> = {
  'spec #1.md': 'spec%20%231.md',
  '100% done.md': '100%25%20done.md',
  'what?.md': 'what%3F.md',
  'ünïcödé.md': '%C3%BCn%C3%AFc%C3%B6d%C3%A9.md',
  '日本語 仕様.md': '%E6%97%A5%E6%9C%AC%E8%AA%9E%20%E4%BB%95%E6%A7%98.md',
  '-dash.md': '-dash.md',
  'a:b.md': 'a%3Ab.md',
  'back\\slash.md': 'back%5Cslash.md',
  "it's (v2).md": "it's%20(v2).md",
  'sub dir/x&y=z.md': 'sub%20dir/x%26y%3Dz.md',
};

let folder: string;
let log: SarifLog;
let stdout: string;

beforeAll(async () => {
  const template = await apiTemplate();
  folder = await tempFolder();
  const broken = filledSpec(template, 2).replace('owner: payments-platform', 'owner: 42');
  await writeFiles(folder, {
    ...Object.fromEntries(Object.keys(oddNames).map((name) => [`specs/${name}`, broken])),
    'specs/draft.md': filledSpec(template, 3).replace('status: approved', 'status: draft').replace(/\n### [^\n]+\n\n/, (heading) => `${heading}[To be decided]\n\n`),
    'specs/nested.md': filledSpec(template, 4) + '\n' + '>'.repeat(101) + ' deep\n',
  });
  const result = await runCli(folder, ['check', '--reporter', 'sarif']);
  expect(result.stderr).toBe('');
  expect(result.code).toBe(1);
  stdout = result.stdout;
  log = JSON.parse(stdout) as SarifLog;
});

describe('specmark check --reporter sarif', () => {
  test('the log is valid per the OASIS SARIF 2.1.0 JSON Schema', () => {
    expect(log.runs[0]!.results.length).toBeGreaterThan(Object.keys(oddNames).length);
    expect(verdict(log)).toBe('valid');
  });

  test('the schema check is live: a log it should refuse is refused, with the reason', () => {
    const broken = structuredClone(log) as unknown as { runs: { columnKind: string; results: { level: string; locations: { physicalLocation: { region: { startLine: number } } }[] }[] }[] };
    broken.runs[0]!.results[0]!.level = 'fatal';
    broken.runs[0]!.results[0]!.locations[0]!.physicalLocation.region.startLine = 0;
    broken.runs[0]!.columnKind = 'bytes';
    expect(verdict(broken).split('\n').sort()).toEqual([
      'data/runs/0/columnKind must be equal to one of the allowed values',
      'data/runs/0/results/0/level must be equal to one of the allowed values',
      'data/runs/0/results/0/locations/0/physicalLocation/region/startLine must be >= 1',
    ]);
  });

  test('every rule of the preset is described, in rule order, as GitHub code scanning requires', () => {
    const rules = log.runs[0]!.tool.driver.rules;
    expect(rules.map((rule) => rule.id)).toEqual(ruleDocs.map((docs) => docs.id));
    for (const [index, rule] of rules.entries()) {
      const docs = ruleDocs[index]!;
      expect(rule.name).toMatch(/^[A-Z][A-Za-z]+$/);
      expect(rule.shortDescription.text.length).toBeGreaterThan(10);
      expect(rule.fullDescription.text.length).toBeGreaterThan(50);
      expect(rule.fullDescription.text.length).toBeLessThanOrEqual(1024);
      expect(rule.help.text).toContain(`Examples and configuration: ${docs.url}`);
      expect(rule.help.markdown).toContain(docs.description);
      expect(rule.helpUri).toBe(docs.url);
      expect(rule.defaultConfiguration).toEqual({ level: docs.defaultSeverity === 'error' ? 'error' : 'warning' });
      expect(rule.properties).toEqual({ tags: docs.tags, precision: docs.precision, 'problem.severity': rule.defaultConfiguration.level });
    }
  });

  test('a rule reads as its docs say: summary, description as text, help with severity and examples', () => {
    const rule = log.runs[0]!.tool.driver.rules.find((each) => each.id === 'no-placeholders')!;
    expect(rule.shortDescription).toEqual({ text: 'No template prompt is left in the spec.' });
    expect(rule.fullDescription.text).toBe(
      'Finds what the template shows but a finished spec replaces: bracketed prompts such as [Who depends on this consumer?] (any text that is one bracketed prompt, and the template’s own prompts wherever they appear), sentence frames with a gap still open (When [event arrives], …), and the e.g. examples of the template copied as the answer.',
    );
    expect(rule.help.text).toBe(`${rule.fullDescription.text}\n\nDefault severity: warning in a draft, error from review on.\n\nExamples and configuration: https://specmark.dev/rules/no-placeholders/`);
    const docs = ruleDocs.find((each) => each.id === 'no-placeholders')!;
    expect(rule.help.markdown.startsWith(`${docs.description}\n\n**Default severity:** warning in a \`draft\`, error from \`review\` on.\n\n### Examples\n\n`)).toBe(true);
    for (const example of docs.examples) {
      expect(rule.help.markdown).toContain(`#### \`${example.name}\`\n\n\`\`\`markdown\n${example.input}\`\`\``);
      if (example.output.length > 0) expect(rule.help.markdown).toContain(`\`\`\`text\n${example.output.join('\n')}\n\`\`\``);
    }
    expect(rule.help.markdown.endsWith('[`no-placeholders` on the Specmark site](https://specmark.dev/rules/no-placeholders/): configuration and more.')).toBe(true);
  });

  test('a long description is cut at a paragraph for GitHub; the help keeps all of it', () => {
    const rule = log.runs[0]!.tool.driver.rules.find((each) => each.id === 'no-secrets')!;
    const paragraphs = rule.help.text.split('\n\n');
    const kept = rule.fullDescription.text.split('\n\n').length;
    expect(kept).toBeLessThan(paragraphs.length);
    expect(rule.fullDescription.text).toBe(paragraphs.slice(0, kept).join('\n\n'));
    expect(paragraphs.slice(kept).some((paragraph) => paragraph.startsWith('Placeholders are not credentials: '))).toBe(true);
  });

  test('options are in the help; a security rule links its examples instead of holding credential-shaped text', () => {
    const rules = log.runs[0]!.tool.driver.rules;
    const audience = rules.find((each) => each.id === 'specific-audience')!;
    expect(audience.help.text).toContain('Options:\n- vagueAudiences (string[], default: the template’s fields.<slug>.vagueAudiences): Audiences too vague on their own; replaces the template’s list.');
    expect(audience.help.markdown).toContain('| `vagueAudiences` | `string[]` | the template’s `fields.<slug>.vagueAudiences` | Audiences too vague on their own; replaces the template’s list. |');
    expect(audience.help.markdown).toContain('With the options `{"vagueAudiences":["support"]}`:');
    const secrets = rules.find((each) => each.id === 'no-secrets')!;
    expect(secrets.help.markdown).toContain('The examples of this rule hold credential-shaped text, so they are on [its page](https://specmark.dev/rules/no-secrets/) only.');
    // The lines of the examples that hold a credential (each message names its line) are nowhere.
    const notOk = ruleDocs.find((each) => each.id === 'no-secrets')!.examples.find((example) => example.output.length > 0)!;
    const lines = notOk.output.map((output) => notOk.input.split('\n')[Number(output.split(':')[0]) - 1]!);
    expect(lines.length).toBe(6);
    for (const line of lines) expect(stdout).not.toContain(line.slice(line.indexOf('=') + 1, -1));
  });

  test('results point at their rule by id and index, with the level the message has', () => {
    const { rules } = log.runs[0]!.tool.driver;
    const results = log.runs[0]!.results;
    for (const result of results) if (result.ruleId !== undefined) expect(rules[result.ruleIndex!]!.id).toBe(result.ruleId);
    const draft = results.filter((result) => result.locations[0]!.physicalLocation.artifactLocation.uri === 'specs/draft.md');
    expect(draft.map((result) => [result.ruleId, result.level])).toEqual([['no-placeholders', 'warning']]);
    const nested = results.filter((result) => result.locations[0]!.physicalLocation.artifactLocation.uri === 'specs/nested.md');
    expect(nested).toEqual([expect.objectContaining({ level: 'error', message: { text: 'Unexpected block quotes or list items nested deeper than 100 levels, expected at most 100 levels' } })]);
    expect(nested[0]).not.toHaveProperty('ruleId');
    expect(log.runs[0]!.columnKind).toBe('utf16CodeUnits');
  });

  test('odd file names get percent-encoded URIs relative to %SRCROOT% that resolve to the file', () => {
    const byUri = new Map(log.runs[0]!.results.map((result) => [result.locations[0]!.physicalLocation.artifactLocation.uri, result.locations[0]!.physicalLocation]));
    const root = pathToFileURL(folder + '/');
    for (const [name, uri] of Object.entries(oddNames)) {
      const location = byUri.get(`specs/${uri}`);
      expect(location, name).toEqual({ artifactLocation: { uri: `specs/${uri}`, uriBaseId: '%SRCROOT%' }, region: { startLine: 6, startColumn: 8, endLine: 6, endColumn: 10 } });
      expect(fileURLToPath(new URL(`specs/${uri}`, root))).toBe(join(folder, 'specs', name));
    }
  });
});

describe('artifact locations', () => {
  test('relative paths: every segment encoded, `/` kept, `..` kept', () => {
    expect(artifactLocation('spec #1.md')).toEqual({ uri: 'spec%20%231.md', uriBaseId: '%SRCROOT%' });
    expect(artifactLocation('../other docs/100%?.md')).toEqual({ uri: '../other%20docs/100%25%3F.md', uriBaseId: '%SRCROOT%' });
    expect(artifactLocation('é/ü.md')).toEqual({ uri: '%C3%A9/%C3%BC.md', uriBaseId: '%SRCROOT%' });
  });

  test('absolute paths (Windows drives, UNC shares, POSIX) become file URIs without a base', () => {
    expect(artifactLocation('D:/Specs dir/a#1.md')).toEqual({ uri: 'file:///D:/Specs%20dir/a%231.md' });
    expect(artifactLocation('//server/share/a b.md')).toEqual({ uri: 'file://server/share/a%20b.md' });
    expect(artifactLocation('/home/me/spec?.md')).toEqual({ uri: 'file:///home/me/spec%3F.md' });
    expect(fileURLToPath(artifactLocation('/home/me/spec?.md').uri)).toBe('/home/me/spec?.md');
    expect(new URL(artifactLocation('D:/Specs dir/a#1.md').uri).pathname).toBe('/D:/Specs%20dir/a%231.md');
  });

  test('a lone surrogate (a file name that is not valid UTF-16) becomes U+FFFD instead of throwing', () => {
    expect(artifactLocation('a\uD800b.md')).toEqual({ uri: 'a%EF%BF%BDb.md', uriBaseId: '%SRCROOT%' });
  });
});

describe('reporters.sarif', () => {
  const message = { ruleId: 'other-rule', source: 'other', severity: 'info' as const, message: 'A note', line: 3, column: null, endLine: null, endColumn: null, url: 'https://example.com/other-rule', note: null, messageId: null, data: null };
  const files = [{ path: 'a.md', messages: [message, { ...message, line: null }], errorCount: 0, warningCount: 0 }];

  test('a rule the preset does not document gets an entry after the preset’s, with its page', async () => {
    const log = JSON.parse(await reporters.sarif!({ files, version: '9.9.9' }, { color: false })) as SarifLog;
    const { rules } = log.runs[0]!.tool.driver;
    expect(rules.at(-1)).toEqual({ id: 'other-rule', helpUri: 'https://example.com/other-rule' });
    expect(log.runs[0]!.results.map((result) => [result.ruleIndex, result.level, result.locations[0]!.physicalLocation.region])).toEqual([
      [ruleDocs.length, 'note', { startLine: 3 }],
      [ruleDocs.length, 'note', undefined],
    ]);
    expect(verdict(log)).toBe('valid');
  });

  test('no files: a valid log with every rule and no results', async () => {
    const log = JSON.parse(await reporters.sarif!({ files: [], version: '0.1.0' }, { color: false })) as SarifLog;
    expect(log.runs[0]!.results).toEqual([]);
    expect(log.runs[0]!.tool.driver.rules.length).toBe(ruleDocs.length);
    expect(verdict(log)).toBe('valid');
  });
});

describe('start-up', () => {
  const bin = fileURLToPath(new URL('../bin/specmark.js', import.meta.url));
  const recorder = fileURLToPath(new URL('./support/record-loads.mjs', import.meta.url));

  /** The modules a run of the executable loaded, checking a spec with one problem. */
  async function loaded(reporter: string): Promise<string[]> {
    const cwd = await tempFolder();
    await writeFiles(cwd, { 'spec.md': filledSpec(await apiTemplate(), 5).replace('owner: payments-platform', 'owner: 42') });
    const logFile = join(cwd, 'loads.txt');
    const run = spawnSync(process.execPath, ['--import', recorder, bin, 'check', 'spec.md', '--reporter', reporter], {
      cwd,
      encoding: 'utf8',
      env: { ...process.env, NO_COLOR: '1', SPECMARK_LOAD_LOG: logFile },
    });
    expect(run.stderr).toBe('');
    expect(run.status).toBe(1);
    expect(run.stdout).toContain('Unexpected integer for `owner`');
    return (await readFile(logFile, 'utf8')).split('\n');
  }

  test('the rule docs are loaded only for the sarif reporter', async () => {
    const docs = (urls: string[]): string[] => urls.filter((url) => /remark-preset-lint\/src\/(?:docs|rules\/[a-z-]+\.docs)\.ts$/.test(url)).map((url) => url.replace(/^.*\/src\//, ''));
    expect(docs(await loaded('json'))).toEqual([]);
    expect(docs(await loaded('sarif'))).toEqual(expect.arrayContaining(['docs.ts', 'rules/no-placeholders.docs.ts']));
  });
});
