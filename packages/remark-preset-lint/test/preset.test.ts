import { parseTemplate } from '@specmark/template';
import { remark } from 'remark';
import { VFile } from 'vfile';
import { describe, expect, test } from 'vitest';
import preset, { rules } from '@specmark/remark-preset-lint';
import { exampleTemplate } from '../src/lib/docs/example-template.ts';
import { remarkPresetSpecmarkLint as browserPreset } from '../src/preset.ts';
import { brief, fixture } from './helpers.ts';

const lint = (value: string, ...plugins: unknown[][]) => {
  let processor = remark().use(preset);
  for (const [plugin, ...options] of plugins) processor = processor.use(plugin as never, ...(options as never[]));
  return processor.process(new VFile({ path: 'spec.md', value }));
};

describe('the preset', () => {
  test('a complete spec gets no message', async () => {
    const file = await lint(fixture('complete-spec.md'));
    expect(file.messages).toEqual([]);
  });

  test('a broken spec gets every rule’s errors at exact places', async () => {
    const file = await lint(fixture('broken-spec.md'));
    expect(brief(file)).toEqual([
      '5:1 error frontmatter-schema',
      '5:1 error frontmatter-schema',
      '7:25 error frontmatter-schema',
      '14:1 error no-empty-sections',
      '18:1 error specific-audience',
      '22:3 error no-placeholders',
      '26:1 error no-hollow-answers',
      '34:1 error specific-behaviors',
      // Missing questions and items are reported where their quick fix inserts them.
      ...Array.from({ length: 4 }, () => '34:91 error questions-answered'),
      '38:3 error open-questions-resolved',
      '42:1 error section-order',
      '44:19 error no-secrets',
      '56:1 error required-checklist-items',
      ...Array.from({ length: 5 }, () => '56:88 error required-checklist-items'),
      ...Array.from({ length: 6 }, () => '60:1 error required-checklist-items'),
    ]);
    const secret = file.messages.find((message) => message.ruleId === 'no-secrets');
    expect(secret?.reason).toBe('Unexpected Stripe secret key (live) `sk_l…`, expected no credential in the spec: name the environment variable or secret store entry that holds it');
    expect(JSON.stringify(file.messages)).not.toContain('sk_live_51Hx');
    const environment = file.messages.find((message) => message.line === 7);
    expect(environment?.reason).toBe('Unexpected `live` for `environments[1]`, expected one of `sandbox`, `staging`, `production`');
    expect(environment?.expected).toEqual(['sandbox', 'staging', 'production']);
    expect(environment?.url).toBe('https://specmark.dev/rules/frontmatter-schema/');
  });

  test('in a draft, completeness rules warn and the others stay errors', async () => {
    const file = await lint(fixture('broken-spec.md').replace('status: approved', 'status: draft'));
    const severity: Record<string, Set<string>> = {};
    for (const message of file.messages) (severity[message.ruleId ?? ''] ??= new Set()).add(message.fatal ? 'error' : 'warning');
    expect(Object.fromEntries(Object.entries(severity).map(([rule, set]) => [rule, [...set].sort().join(' and ')]))).toEqual({
      // The bad environment is an error; what `review` will require is a warning.
      'frontmatter-schema': 'error and warning',
      'no-empty-sections': 'warning',
      'specific-audience': 'error',
      'no-placeholders': 'warning',
      'questions-answered': 'warning',
      'no-hollow-answers': 'warning',
      'specific-behaviors': 'warning',
      'section-order': 'error',
      'no-secrets': 'error',
      'required-checklist-items': 'error',
    });
  });

  test('a rule listed after the preset keeps its own severity and options, the remark-lint way', async () => {
    const draft = fixture('broken-spec.md').replace('status: approved', 'status: draft');
    const strict = await lint(draft, [rules['no-placeholders'], 'error'], [rules['no-secrets'], 'off'], [rules['specific-audience'], ['warn', { vagueAudiences: ['nobody'] }]]);
    expect(strict.messages.filter((message) => message.ruleId === 'no-placeholders').map((message) => message.fatal)).toEqual([true]);
    expect(strict.messages.some((message) => message.ruleId === 'no-secrets' || message.ruleId === 'specific-audience')).toBe(false);
  });

  test('preset options configure rules by id', async () => {
    const processor = remark().use(preset, { rules: { 'no-secrets': 'off', 'section-order': 'warn' } });
    const file = await processor.process(new VFile({ value: fixture('broken-spec.md') }));
    expect(file.messages.some((message) => message.ruleId === 'no-secrets')).toBe(false);
    expect(file.messages.filter((message) => message.ruleId === 'section-order').map((message) => message.fatal)).toEqual([false]);
  });

  test('bad preset options are reported with every allowed value', () => {
    expect(() => remark().use(preset, { rule: {} } as never).freeze()).toThrow('Unexpected preset option `rule`, expected one of `template`, `templates`, `rules`');
    expect(() => remark().use(preset, { rules: { 'no-secret': 'off' } } as never).freeze()).toThrow(
      'Unexpected rule `no-secret` in `rules`, expected one of `frontmatter-schema`, `template-version`, `required-sections`, `section-order`, `no-empty-sections`, `no-placeholders`, `specific-audience`, `questions-answered`, `open-questions-resolved`, `no-hollow-answers`, `specific-behaviors`, `required-checklist-items`, `no-secrets`',
    );
  });

  test('preset options are checked whole: `rules` itself, and each rule\'s setting as that rule reads it', () => {
    expect(() => remark().use(preset, { rules: 5 } as never).freeze()).toThrow('Unexpected `5` for `rules`, expected an object from rule id to setting');
    expect(() => remark().use(preset, { rules: { 'no-placeholders': 'loud' } } as never).freeze()).toThrow(
      "Unexpected severity `\"loud\"`, expected one of `'off'`, `'warn'`, `'on'`, `'error'`, `0`, `1`, `2`, `true`, `false` (in `rules.no-placeholders`)",
    );
    expect(() => remark().use(preset, { rules: { 'specific-audience': ['warn', { vagueAudiences: 'x' }] } } as never).freeze()).toThrow(
      'Unexpected `vagueAudiences` value `"x"`, expected a list of strings (in `rules.specific-audience`)',
    );
    expect(() => remark().use(preset, { template: 5 } as never).freeze()).toThrow('Unexpected `5` for `template`, expected a template id, a template file path or a template');
    // A rule turned off is not read further, as when it is used.
    expect(() => remark().use(preset, { rules: { 'specific-audience': ['off', { vagueAudiences: 'x' }] } } as never).freeze()).not.toThrow();
  });

  test('`<!--lint disable …-->` comments turn rules off', async () => {
    const value = fixture('broken-spec.md').replace('### Reference files\n', '<!--lint disable no-secrets section-order-->\n\n### Reference files\n');
    const file = await lint(value);
    expect(file.messages.some((message) => message.ruleId === 'no-secrets' || message.ruleId === 'section-order')).toBe(false);
    expect(file.messages.some((message) => message.ruleId === 'required-checklist-items')).toBe(true);
  });

  test('section-order points its cause at the heading to follow', async () => {
    const file = await lint(fixture('broken-spec.md'));
    const order = file.messages.find((message) => message.ruleId === 'section-order');
    expect(order?.reason).toBe('Unexpected `### Reference files` after `## Coding agent context`, expected it after `### Tech stack`');
    expect((order?.cause as { place?: { start: { line: number } } } | undefined)?.place?.start.line).toBe(46);
  });
});

describe('templates', () => {
  const team = parseTemplate(exampleTemplate);
  const teamSpec = [
    '---',
    'template: webhook-consumer',
    'templateVersion: 2',
    'title: Refund events',
    'status: review',
    'owner: payments-team',
    'environments: [production]',
    'auth: hmac',
    '---',
    '',
    '# Refund events',
    '',
    '## Why',
    '',
    '### Problem',
    '',
    '[What goes wrong today?]',
    '',
  ].join('\n');

  test('a template object passed as an option is what structural rules follow', async () => {
    const file = await remark().use(preset, { template: team }).process(new VFile({ value: teamSpec }));
    expect(file.messages.map((message) => `${message.line}:${message.column} ${message.ruleId}: ${message.reason}`)).toEqual([
      '17:25 required-sections: Unexpected missing field `Audience`, expected `### Audience` in section `Why`',
      '17:25 required-sections: Unexpected missing field `Behaviors`, expected `### Behaviors` in section `Why`',
      '17:25 required-sections: Unexpected missing field `Edge cases`, expected `### Edge cases` in section `Why`',
      '17:25 required-sections: Unexpected missing field `Open questions`, expected `### Open questions` in section `Why`',
      '17:25 required-sections: Unexpected missing section `Build` and its fields `Stack`, `Do not`, expected `## Build`',
      '17:1 no-placeholders: Unexpected template prompt `[What goes wrong today?]`, expected your answer in its place',
    ]);
  });

  test('a rule given its own template follows it in the same run as rules that follow the shared one', async () => {
    const file = await remark()
      .use(preset, { rules: { 'required-sections': { template: team } } })
      .process(new VFile({ value: teamSpec }));
    expect(file.messages.map((message) => `${message.line}:${message.column} ${message.ruleId}: ${message.reason}`)).toEqual([
      '2:11 template-version: Unexpected template `webhook-consumer`, expected one of `api-integration` (pass a team’s template with the `template` or `templates` option)',
      '17:25 required-sections: Unexpected missing field `Audience`, expected `### Audience` in section `Why`',
      '17:25 required-sections: Unexpected missing field `Behaviors`, expected `### Behaviors` in section `Why`',
      '17:25 required-sections: Unexpected missing field `Edge cases`, expected `### Edge cases` in section `Why`',
      '17:25 required-sections: Unexpected missing field `Open questions`, expected `### Open questions` in section `Why`',
      '17:25 required-sections: Unexpected missing section `Build` and its fields `Stack`, `Do not`, expected `## Build`',
    ]);
  });

  test('a spec naming another known template is checked against that one', async () => {
    const file = await remark().use(preset, { template: team }).process(new VFile({ value: fixture('complete-spec.md') }));
    expect(file.messages).toEqual([]);
  });

  test('a spec naming an unknown template gets one message on the value', async () => {
    const file = await lint(teamSpec);
    expect(file.messages.map((message) => `${message.line}:${message.column}-${message.place && 'end' in message.place ? message.place.end.column : ''} ${message.ruleId}: ${message.reason}`)).toEqual([
      '2:11-27 template-version: Unexpected template `webhook-consumer`, expected one of `api-integration` (pass a team’s template with the `template` or `templates` option)',
    ]);
  });

  test('a template id the browser entry cannot load is reported, not thrown', async () => {
    // Node resolves the main entry to the Node preset, which reads the file; the browser's cannot.
    const file = await remark().use(browserPreset, { template: './team-template.md' }).process(new VFile({ value: fixture('complete-spec.md') }));
    expect(file.messages.map((message) => `${message.line}:${message.column} ${message.ruleId}: ${message.reason}`)).toEqual([
      '2:11 template-version: Unexpected template `./team-template.md`, expected a built-in template id (`api-integration`) or a template object; load a template file with `@specmark/remark-preset-lint/node`',
    ]);
  });
});
