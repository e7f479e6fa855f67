import { diffLines } from 'diff';
import fc from 'fast-check';
import { fixSpec } from 'specmark';
import preset, { messageIdentity } from '@specmark/remark-preset-lint';
import { chooseTemplate, loadBuiltInTemplate, parseSpec, parseTemplate, planRepairs, readSpec, readSpecDocument, mayBeSpec } from '@specmark/template';
import { remark } from 'remark';
import { VFile } from 'vfile';
import type { VFileMessage } from 'vfile-message';
import { describe, expect, test } from 'vitest';
import { exampleTemplate } from '../../remark-preset-lint/src/lib/docs/example-template.ts';
import { damagedSpec, type DamagedSpec } from '@specmark/test-support/specs/damaged-spec.ts';
import { applyQuickFix, quickFixes } from '@specmark/test-support/specs/quick-fixes.ts';

const builtIn = await loadBuiltInTemplate('api-integration');
const team = parseTemplate(exampleTemplate);
const processor = remark().use(preset, { template: builtIn, templates: [team] }).freeze();

/** Lint a text with the preset, as remark-cli and the editor do. */
async function lint(text: string): Promise<VFileMessage[]> {
  const file = new VFile({ path: 'spec.md', value: text });
  await processor.run(processor.parse(file), file);
  return file.messages;
}

/** `specmark fix` on a text: the fixed text, or `undefined` when the file is left alone. */
function fix(text: string): string | undefined {
  const result = fixSpec(text, [builtIn, team]);
  return result.status === 'fixed' ? result.output : undefined;
}

/** The problems `fix` exists for: every message that carries a repair (one quick fix), and the structure ones. */
function repairable(messages: readonly VFileMessage[]): string[] {
  return messages
    .filter((message) => message.expected?.length === 1 || (message.ruleId === 'required-sections' && messageIdentity(message)?.messageId !== 'second-heading'))
    .map((message) => `${message.line}:${message.column} ${message.ruleId}: ${message.reason}`);
}

/** Lines of `after` that `before` does not have: what an edit wrote. */
function writtenLines(before: string, after: string): Set<number> {
  const written = new Set<number>();
  let line = 1;
  for (const part of diffLines(before.replace(/\r\n?/g, '\n'), after.replace(/\r\n?/g, '\n'))) {
    const count = part.count ?? 0;
    if (part.added) for (let index = 0; index < count; index++) written.add(line + index);
    if (!part.removed) line += count;
  }
  return written;
}

const specs = damagedSpec([builtIn, team]);
const shown = (spec: DamagedSpec): string => JSON.stringify({ template: spec.template.id, damage: spec.damage, encoding: spec.encoding });

describe('check, fix, quick fixes and import read a spec the same way', () => {
  test('1. after `fix`, check reports none of the problems `fix` exists for', { timeout: 180_000 }, async () => {
    let repaired = 0;
    await fc.assert(
      fc.asyncProperty(specs, async (spec) => {
        const fixed = fix(spec.text);
        if (fixed === undefined) return;
        if (repairable(await lint(spec.text)).length > 0) repaired++;
        expect(repairable(await lint(fixed)), shown(spec)).toEqual([]);
      }),
      { numRuns: 120 },
    );
    // Most generated specs had something to repair: the property is not vacuous.
    expect(repaired).toBeGreaterThan(60);
  });

  test('2. `fix` never raises the number of errors, besides the prompts and questions it restores on purpose', { timeout: 180_000 }, async () => {
    await fc.assert(
      fc.asyncProperty(specs, async (spec) => {
        const fixed = fix(spec.text);
        if (fixed === undefined) return;
        const written = writtenLines(spec.text, fixed);
        const before = (await lint(spec.text)).filter((message) => message.fatal);
        const after = (await lint(fixed)).filter((message) => message.fatal && !written.has(message.line ?? 0));
        expect(after.length, `${shown(spec)}\n${after.map((message) => `${message.line} ${message.ruleId}: ${message.reason}`).join('\n')}`).toBeLessThanOrEqual(before.length);
      }),
      { numRuns: 120 },
    );
  });

  test('3. `fix` is idempotent: fix(fix(x)) = fix(x)', { timeout: 180_000 }, () => {
    fc.assert(
      fc.property(specs, (spec) => {
        const fixed = fix(spec.text);
        if (fixed === undefined) return;
        expect(fix(fixed), shown(spec)).toBe(fixed);
      }),
      { numRuns: 200 },
    );
  });

  test('4. applying the quick fixes the preset offers, one at a time in any order, gives the bytes of `fix`', { timeout: 300_000 }, async () => {
    let offeredSome = 0;
    await fc.assert(
      fc.asyncProperty(specs, fc.array(fc.nat(), { minLength: 40, maxLength: 40 }), async (spec, choices) => {
        const fixed = fix(spec.text);
        if (fixed === undefined) return;
        let text = spec.text;
        if (quickFixes(await lint(text)).length > 0) offeredSome++;
        for (const choice of choices) {
          const offered = quickFixes(await lint(text));
          if (offered.length === 0) break;
          text = applyQuickFix(text, offered[choice % offered.length]!);
        }
        expect(quickFixes(await lint(text)), shown(spec)).toEqual([]);
        expect(text, shown(spec)).toBe(fixed);
      }),
      { numRuns: 60 },
    );
    expect(offeredSome).toBeGreaterThan(30);
  });

  test('5. lint, fix and import agree on which heading is which field', { timeout: 180_000 }, async () => {
    await fc.assert(
      fc.asyncProperty(specs, async (spec) => {
        const document = readSpecDocument(spec.text);
        const choice = chooseTemplate(document, [builtIn, team]);
        // Markdown that is not a spec gets no message from lint and no fix (test 7's).
        if (choice.status === 'none' || !choice.template) return;
        const template = choice.template;
        const reading = readSpec(template, document);
        // Frontmatter that cannot be read is test 6's.
        if (!document.frontmatter.readable) return;
        const missing = template.fields.filter((field) => !reading.byKey.has(`field:${field.slug}`)).map((field) => field.title);
        // Lint names every missing field, on its own or with its missing section.
        const reported = (await lint(spec.text))
          .filter((message) => message.ruleId === 'required-sections')
          .flatMap((message) => {
            const { messageId, data } = messageIdentity(message)!;
            if (messageId === 'missing-field') return [data.field!];
            return messageId === 'missing-section-with-fields' ? [...data.fields!.matchAll(/`([^`]+)`/g)].map((match) => match[1]!) : [];
          });
        for (const title of missing) expect(reported, shown(spec)).toContain(title);
        // Fix adds exactly the missing fields.
        const added = planRepairs(reading).flatMap((repair) =>
          repair.code === 'field-added' ? [String(repair.params.field)] : repair.code === 'section-added' && repair.params.withFields ? template.sections.find((section) => section.title === repair.params.section)!.fields.map((field) => field.title) : [],
        );
        expect(added.sort(), shown(spec)).toEqual([...missing].sort());
        // Import reads each present field's answer from under the same heading.
        const { answers } = parseSpec(template, spec.text);
        for (const [key, entry] of reading.byKey) {
          const field = entry.step.field;
          if (!field || field.kind !== 'prose') continue;
          const body = entry.body.map((node) => document.text.slice(node.position!.start.offset, node.position!.end.offset)).join('\n\n');
          if (body.trim() !== '' && body !== field.prompt) expect(answers.fields[field.slug], `${key} ${shown(spec)}`).toBeDefined();
        }
      }),
      { numRuns: 120 },
    );
  });

  test('6. frontmatter that cannot be read: the rules that need the template wait, no quick fix is offered, and `fix` leaves the file alone', { timeout: 180_000 }, async () => {
    let unreadable = 0;
    await fc.assert(
      fc.asyncProperty(specs, async (spec) => {
        if (readSpecDocument(spec.text).frontmatter.readable) return;
        unreadable++;
        const messages = await lint(spec.text);
        expect(messages.map((message) => message.ruleId).filter((rule) => rule !== 'frontmatter-schema' && rule !== 'no-secrets'), shown(spec)).toEqual([]);
        expect(messages.some((message) => message.ruleId === 'frontmatter-schema' && message.fatal), shown(spec)).toBe(true);
        expect(quickFixes(messages), shown(spec)).toEqual([]);
        expect(fix(spec.text), shown(spec)).toBeUndefined();
      }),
      { numRuns: 200 },
    );
    expect(unreadable).toBeGreaterThan(10);
  });

  test('7. lint, fix and the folder check agree on what is a spec: not a spec, no message and no fix', { timeout: 180_000 }, async () => {
    const seen = new Set<string>();
    await fc.assert(
      fc.asyncProperty(specs, async (spec) => {
        const choice = chooseTemplate(readSpecDocument(spec.text), [builtIn, team]);
        seen.add(choice.status);
        const messages = await lint(spec.text);
        if (choice.status === 'none') {
          expect(messages, shown(spec)).toEqual([]);
          expect(fixSpec(spec.text, [builtIn, team]), shown(spec)).toEqual({ status: 'skipped', reason: 'not-a-spec' });
        } else {
          expect(fixSpec(spec.text, [builtIn, team]), shown(spec)).not.toEqual({ status: 'skipped', reason: 'not-a-spec' });
          // The folder check's quick look never skips a spec.
          expect(mayBeSpec(spec.text, [builtIn, team]), shown(spec)).toBe(true);
        }
        if (choice.status === 'lost') {
          // Without `template`, or without frontmatter at all: the message names the template the headings follow.
          const namesTemplate = (message: VFileMessage): boolean => {
            const identity = message.ruleId === 'frontmatter-schema' ? messageIdentity(message) : undefined;
            if (identity?.messageId === 'missing-template-followed') return identity.data.template === choice.template.id;
            return identity?.messageId === 'missing-frontmatter' && identity.data.keys!.includes(`\`template: ${choice.template.id}\``);
          };
          expect(messages.filter(namesTemplate), shown(spec)).toHaveLength(1);
        }
      }),
      { numRuns: 200 },
    );
    expect([...seen].sort()).toEqual(expect.arrayContaining(['lost', 'named']));
  });
});
