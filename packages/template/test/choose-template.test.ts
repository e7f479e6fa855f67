import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { stringify, type ToStringOptions } from 'yaml';
import { chooseTemplate, loadBuiltInTemplate, mayBeSpec, parseMarkdown, parseTemplate, readSpecDocument, readYaml } from '@specmark/template';
import { frontmatterSlice } from '../src/markdown/frontmatter-slice.ts';
import { exampleTemplate } from '../../remark-preset-lint/src/lib/docs/example-template.ts';

const builtIn = await loadBuiltInTemplate('api-integration');
const team = parseTemplate(exampleTemplate);
const templates = [builtIn, team];

/** What `chooseTemplate` decides about a text, as the tools read it. */
const chosen = (text: string) => {
  const choice = chooseTemplate(readSpecDocument(text), templates);
  return { status: choice.status, template: 'template' in choice ? choice.template?.id : undefined };
};

describe('chooseTemplate', () => {
  test('a frontmatter whose closing line is lost still names its template in its first lines; the quick look keeps it', () => {
    for (const text of ['---\ntemplate: api-integration\nstatus: draft\n\n# Refunds\n', '\ufeff---\r\ntemplate: api-integration\r\n# Refunds\r\n']) {
      const choice = chooseTemplate(readSpecDocument(text), templates);
      expect(choice.status).toBe('named');
      expect(mayBeSpec(text, templates)).toBe(true);
    }
    // Without a template in those lines it is no spec, as with a closed frontmatter.
    expect(chooseTemplate(readSpecDocument('---\ntitle: Notes\n\n# Notes\n'), templates).status).toBe('none');
  });

  const body = '# Refunds\n\n## What and why\n\n### Problem\n\nText.\n\n## Coding agent context\n\n### Tech stack\n\nNode.\n';

  test('a frontmatter naming a known template makes a spec of it, whatever the body', () => {
    expect(chosen('---\ntemplate: webhook-consumer\n---\n\n# Notes\n')).toEqual({ status: 'named', template: 'webhook-consumer' });
  });

  test('no `template`, headings following a template: a spec that lost its frontmatter', () => {
    expect(chosen(body)).toEqual({ status: 'lost', template: 'api-integration' });
    expect(chosen(`---\nstatus: draft\n---\n\n${body}`)).toEqual({ status: 'lost', template: 'api-integration' });
    // Case, punctuation and heading level do not matter, as in the one reading.
    expect(chosen('# Refunds\n\n### WHAT AND WHY?\n\nCoding agent context\n--------------------\n')).toEqual({ status: 'lost', template: 'api-integration' });
    expect(chosen('# Consumer\n\n## Why\n\n## Build\n')).toEqual({ status: 'lost', template: 'webhook-consumer' });
  });

  test('one section of two is not enough; a README, a changelog and an empty file are not specs', () => {
    expect(chosen('# Refunds\n\n## What and why\n\n## Usage\n').status).toBe('none');
    expect(chosen('# my-lib\n\n## Install\n\n## Usage\n\n## API\n\n## License\n').status).toBe('none');
    expect(chosen('# Changelog\n\n## 1.0.0\n\n- First release.\n').status).toBe('none');
    expect(chosen('').status).toBe('none');
    // Headings inside a list or block quote are not the file's headings.
    expect(chosen('> ## What and why\n>\n> ## Coding agent context\n').status).toBe('none');
  });

  test('an unknown template: a spec when its headings follow a known one or it has a `templateVersion`; a site generator\'s `template` key alone is not', () => {
    expect(chosen(`---\ntemplate: api-integraton\n---\n\n${body}`)).toEqual({ status: 'unknown', template: 'api-integration' });
    expect(chosen('---\ntemplate: runbook\ntemplateVersion: 1\n---\n\n# Failover\n')).toEqual({ status: 'unknown', template: undefined });
    expect(chosen('---\ntemplate: splash\ntitle: Welcome\n---\n\n# Welcome\n').status).toBe('none');
  });

  test('a `template` that is not a string, with headings following a template: checked against that template', () => {
    expect(chosen(`---\ntemplate: [api-integration]\n---\n\n${body}`)).toEqual({ status: 'invalid', template: 'api-integration' });
  });

  test('the quick look skips a README and a changelog without reading them, and reads a frontmatter with a `template` key', () => {
    expect(mayBeSpec('# my-lib\n\n## Install\n\n## Usage\n\nWhat and why we built it.\n', templates)).toBe(false);
    expect(mayBeSpec('---\ntitle: Changelog\n---\n\n# Changelog\n\n## 1.0.0\n', templates)).toBe(false);
    expect(mayBeSpec('---\ntemplate: splash\n---\n\n# Welcome\n', templates)).toBe(true);
    expect(mayBeSpec(body, templates)).toBe(true);
  });

  test('the configured template (first) wins a tie', () => {
    const both = '# Both\n\n## What and why\n\n## Coding agent context\n\n## Why\n\n## Build\n';
    expect(chooseTemplate(readSpecDocument(both), [team, builtIn])).toMatchObject({ status: 'lost', template: team });
    expect(chooseTemplate(readSpecDocument(both), [builtIn, team])).toMatchObject({ status: 'lost', template: builtIn });
  });
});

/** Options of the YAML writer that spell the same mapping differently. */
const writerOptions: fc.Arbitrary<ToStringOptions> = fc.record({
  collectionStyle: fc.constantFrom('any', 'block', 'flow'),
  defaultKeyType: fc.constantFrom(null, 'PLAIN', 'QUOTE_DOUBLE', 'QUOTE_SINGLE'),
  defaultStringType: fc.constantFrom('PLAIN', 'QUOTE_DOUBLE', 'QUOTE_SINGLE', 'BLOCK_LITERAL', 'BLOCK_FOLDED'),
  doubleQuotedAsJSON: fc.boolean(),
  indent: fc.integer({ min: 1, max: 6 }),
  indentSeq: fc.boolean(),
  flowCollectionPadding: fc.boolean(),
});

/** Rewrites of a block mapping's text that keep its meaning: spaces before colons, tags, anchors, explicit keys, escapes, indenting. */
const rewrites: Record<string, (yaml: string) => string> = {
  none: (yaml) => yaml,
  spaceBeforeColon: (yaml) => yaml.replace(/^(template|status): /m, '$1 : '),
  taggedValue: (yaml) => yaml.replace(/^template: (?=\w)/m, 'template: !!str '),
  taggedKey: (yaml) => yaml.replace(/^template:/m, '!!str template:'),
  anchor: (yaml) => yaml.replace(/^template: (?=\w)/m, 'template: &t '),
  alias: (yaml) => yaml.replace(/^template: ([^\s|>]\S*)$/m, 'name: &t $1\ntemplate: *t'),
  explicitKey: (yaml) => yaml.replace(/^template: ([^\s|>]\S*)$/m, '? template\n: $1'),
  escapedKey: (yaml) => yaml.replace(/^template:/m, '"t\\x65mplate":'),
  nextLine: (yaml) => yaml.replace(/^template: ([^\s|>]\S*)$/m, 'template:\n  $1'),
  comment: (yaml) => `# a spec\n${yaml.replace(/^(template: \S+)$/m, '$1 # its template')}`,
  indented: (yaml) => yaml.replace(/^/gm, '   '),
};

/** A frontmatter's mapping, written by the YAML writer and rewritten, with the file around it. */
const spelled = fc
  .record({
    id: fc.constantFrom('api-integration', 'webhook-consumer', 'runbook', 'api integration'),
    others: fc.subarray(['templateVersion', 'status', 'title', 'owner'] as const),
    first: fc.boolean(),
    options: writerOptions,
    rewrite: fc.constantFrom(...Object.keys(rewrites)),
    eol: fc.constantFrom('\n', '\r\n', '\r'),
    bom: fc.boolean(),
    fence: fc.constantFrom('---', '---  ', '---\t'),
    body: fc.constantFrom('# Notes\n\nText.\n', '# Refunds\n\n## What and why\n\n## Coding agent context\n', ''),
  })
  .map(({ id, others, first, options, rewrite, eol, bom, fence, body }) => {
    const values = { templateVersion: 1, status: 'draft', title: 'Refund sync', owner: 'payments' };
    const entries: [string, unknown][] = others.map((key) => [key, values[key]]);
    if (first) entries.unshift(['template', id]);
    else entries.push(['template', id]);
    const yaml = rewrites[rewrite]!(stringify(Object.fromEntries(entries), options).trimEnd());
    const text = `${bom ? '\ufeff' : ''}${fence}\n${yaml}\n---\n\n${body}`.replace(/\r?\n/g, eol);
    return { id, text };
  });

describe('the folder check\'s quick look agrees with the YAML reader and the whole reading', () => {
  test('any spelling of a mapping naming a template: `chooseTemplate` reads what the YAML reader reads, and the quick look never skips it', () => {
    let named = 0;
    fc.assert(
      fc.property(spelled, ({ id, text }) => {
        const normal = text.replace(/^\ufeff/, '').replace(/\r\n?/g, '\n');
        const data = readYaml(frontmatterSlice(normal) ?? '').data as Record<string, unknown> | undefined;
        // The spelling is the same mapping: the YAML reader reads the id back.
        expect(data?.template, text).toBe(id);
        const whole = chooseTemplate(readSpecDocument(text), templates);
        if (templates.some((template) => template.id === id)) {
          named++;
          expect(whole, text).toMatchObject({ status: 'named', template: { id } });
        } else expect(whole.status, text).not.toBe('named');
        // The quick look never skips a file whose frontmatter the YAML reader reads as naming a template.
        expect(mayBeSpec(text, templates), text).toBe(true);
      }),
      { numRuns: 600 },
    );
    expect(named).toBeGreaterThan(200);
  });

  /** Markdown lines that start, end, or look like frontmatter and headings of either template. */
  const line = fc.oneof(
    fc.constantFrom('---', '--- ', '---\t', '----', ' ---', '-- -', '***', '', 'template: api-integration', 'template: webhook-consumer', 'templateVersion: 1', 'status: [draft'),
    fc.constantFrom('## What and why', '### what-and-why!', '# Coding agent context', '## Coding  agent\tcontext ##', '## Why', '## **Build**', '> ## Why', '- ## Build', '    ## Why', '<!-- ## Build -->'),
    fc.constantFrom('What and why', 'Coding agent', 'context', '===', '---', 'Build', '`## Why`', '## Wh\u0079', '## Wh\u00fd', '## WHY\u2026', '## \u1e86hy'),
    fc.string({ maxLength: 12 }),
  );
  const markdown = fc.tuple(fc.array(line, { maxLength: 14 }), fc.constantFrom('\n', '\r\n', '\r'), fc.boolean()).map(([lines, eol, bom]) => (bom ? '\ufeff' : '') + lines.join(eol));

  test('any Markdown: the quick look never skips what the whole reading calls a spec', () => {
    const statuses = new Set<string>();
    fc.assert(
      fc.property(markdown, (text) => {
        const whole = chooseTemplate(readSpecDocument(text), templates);
        statuses.add(whole.status);
        if (whole.status !== 'none') expect(mayBeSpec(text, templates), JSON.stringify(text)).toBe(true);
      }),
      { numRuns: 1500 },
    );
    expect([...statuses]).toEqual(expect.arrayContaining(['lost', 'named', 'none']));
  });

  test('the frontmatter is found where the Markdown parser finds it', () => {
    fc.assert(
      fc.property(markdown, (text) => {
        const normal = text.replace(/^\ufeff/, '').replace(/\r\n?/g, '\n');
        const first = parseMarkdown(normal).children[0];
        expect(frontmatterSlice(normal), JSON.stringify(normal)).toBe(first?.type === 'yaml' ? first.value : undefined);
      }),
      { numRuns: 1500 },
    );
  });
});
