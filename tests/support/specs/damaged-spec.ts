import fc from 'fast-check';
import type { Template } from '@specmark/template';
import { filledSpec } from './filled-spec.ts';

/** One way a person damages a complete spec; indexes count in the template, modulo its size. */
export type Damage =
  | { kind: 'delete-field'; field: number }
  | { kind: 'delete-section-heading'; section: number }
  | { kind: 'delete-section'; section: number }
  | { kind: 'delete-item'; field: number; item: number }
  | { kind: 'punctuate-item'; field: number; item: number; mark: string }
  | { kind: 'recase-item'; field: number; item: number; upper: boolean }
  | { kind: 'heading-level'; step: number; depth: number }
  | { kind: 'reword-heading'; step: number; variant: 'lower' | 'upper' | 'period' | 'bold' | 'colon' }
  | { kind: 'prompt'; field: number }
  | { kind: 'older-version' }
  | { kind: 'drop-frontmatter' }
  | { kind: 'duplicate-key' }
  | { kind: 'break-frontmatter' }
  | { kind: 'status'; status: 'draft' | 'review' | 'approved' };

/** How the damaged spec's bytes are written. */
export type Encoding = { lineEndings: 'lf' | 'crlf' | 'mixed' | 'cr'; bom: boolean };

/** A damaged spec: its template, the damage done, and the text. */
export interface DamagedSpec {
  /** The template it was written from. */
  template: Template;
  /** What was done to it, in order. */
  damage: Damage[];
  /** How it is encoded. */
  encoding: Encoding;
  /** The spec as a file holds it. */
  text: string;
}

/** The damages, with indexes the template's size brings into range. */
export const damage: fc.Arbitrary<Damage> = fc.oneof(
  fc.record({ kind: fc.constant('delete-field' as const), field: fc.nat() }),
  fc.record({ kind: fc.constant('delete-section-heading' as const), section: fc.nat() }),
  fc.record({ kind: fc.constant('delete-section' as const), section: fc.nat() }),
  fc.record({ kind: fc.constant('delete-item' as const), field: fc.nat(), item: fc.nat() }),
  fc.record({ kind: fc.constant('punctuate-item' as const), field: fc.nat(), item: fc.nat(), mark: fc.constantFrom('.', '!', ';', ':', '…') }),
  fc.record({ kind: fc.constant('recase-item' as const), field: fc.nat(), item: fc.nat(), upper: fc.boolean() }),
  fc.record({ kind: fc.constant('heading-level' as const), step: fc.nat(), depth: fc.integer({ min: 1, max: 4 }) }),
  fc.record({ kind: fc.constant('reword-heading' as const), step: fc.nat(), variant: fc.constantFrom('lower' as const, 'upper' as const, 'period' as const, 'bold' as const, 'colon' as const) }),
  fc.record({ kind: fc.constant('prompt' as const), field: fc.nat() }),
  fc.constant({ kind: 'older-version' as const }),
  fc.constant({ kind: 'drop-frontmatter' as const }),
  fc.constant({ kind: 'duplicate-key' as const }),
  fc.constant({ kind: 'break-frontmatter' as const }),
  fc.record({ kind: fc.constant('status' as const), status: fc.constantFrom('draft' as const, 'review' as const, 'approved' as const) }),
);

/** Line endings and byte order mark. */
export const encoding: fc.Arbitrary<Encoding> = fc.record({ lineEndings: fc.constantFrom('lf' as const, 'lf' as const, 'crlf' as const, 'mixed' as const, 'cr' as const), bom: fc.boolean() });

/**
 * Complete specs of the given templates, damaged the ways people damage specs: fields, section
 * headings, sections and template items deleted; items punctuated or in other case; headings at
 * the wrong level or reworded in case and punctuation; answers replaced by prompts; an older
 * `templateVersion`; no frontmatter, a key written twice, or YAML that cannot be read; another status — then written with LF, CRLF, mixed or CR line
 * endings, with or without a BOM.
 *
 * @param templates The templates to write specs of.
 * @returns The arbitrary.
 */
export function damagedSpec(templates: readonly Template[]): fc.Arbitrary<DamagedSpec> {
  return fc
    .record({ template: fc.constantFrom(...templates), seed: fc.integer({ min: 1, max: 1000 }), damage: fc.array(damage, { minLength: 1, maxLength: 5 }), encoding })
    .map(({ template, seed, damage: damages, encoding: written }) => ({
      template,
      damage: damages,
      encoding: written,
      text: encode(damages.reduce((text, each) => damageSpec(template, text, each), filledSpec(template, seed, 1)), written),
    }));
}

/**
 * Apply one damage to a spec written with `\n` line endings.
 *
 * @param template The spec's template.
 * @param text The spec.
 * @param change The damage.
 * @returns The damaged spec.
 */
export function damageSpec(template: Template, text: string, change: Damage): string {
  const fields = template.fields;
  const field = 'field' in change ? fields[change.field % fields.length]! : undefined;
  const listed = fields.filter((each) => each.kind === 'checklist' || each.kind === 'questions');
  switch (change.kind) {
    case 'delete-field':
      return cut(text, headingLine(text, 3, field!.title));
    case 'delete-section-heading': {
      const section = template.sections[change.section % template.sections.length]!;
      return text.replace(new RegExp(`^## ${escape(section.title)}\\n\\n`, 'm'), '');
    }
    case 'delete-section': {
      const section = template.sections[change.section % template.sections.length]!;
      return cut(text, headingLine(text, 2, section.title), 2);
    }
    case 'delete-item':
    case 'punctuate-item':
    case 'recase-item': {
      if (listed.length === 0) return text;
      const owner = listed[change.field % listed.length]!;
      const items = owner.items.filter((item) => !item.prompt);
      if (items.length === 0) return text;
      const item = items[change.item % items.length]!.text;
      const at = text.indexOf(item, Math.max(0, text.indexOf(`### ${owner.title}\n`)));
      if (at === -1) return text;
      if (change.kind === 'delete-item') {
        const start = text.lastIndexOf('\n', at) + 1;
        const end = text.indexOf('\n', at);
        return text.slice(0, start) + text.slice(end === -1 ? text.length : end + 1);
      }
      const replaced = change.kind === 'punctuate-item' ? item + change.mark : change.upper ? item.toUpperCase() : item.toLowerCase();
      return text.slice(0, at) + replaced + text.slice(at + item.length);
    }
    case 'heading-level':
    case 'reword-heading': {
      const steps = template.sections.flatMap((section) => [{ depth: 2, title: section.title }, ...section.fields.map((each) => ({ depth: 3, title: each.title }))]);
      const step = steps[change.step % steps.length]!;
      const line = new RegExp(`^#{${step.depth}} ${escape(step.title)}$`, 'm');
      if (change.kind === 'heading-level') return text.replace(line, `${'#'.repeat(change.depth)} ${step.title}`);
      const reworded = { lower: step.title.toLowerCase(), upper: step.title.toUpperCase(), period: `${step.title}.`, bold: `**${step.title}**`, colon: `${step.title}:` }[change.variant];
      return text.replace(line, `${'#'.repeat(step.depth)} ${reworded}`);
    }
    case 'prompt': {
      const start = headingLine(text, 3, field!.title);
      if (start === -1) return text;
      const body = text.indexOf('\n\n', start) + 2;
      const next = text.indexOf('\n#', body);
      return text.slice(0, body) + field!.prompt + '\n' + (next === -1 ? '' : text.slice(next));
    }
    case 'older-version':
      return template.version > 1 ? text.replace(/^templateVersion: \d+$/m, `templateVersion: ${template.version - 1}`) : text;
    case 'drop-frontmatter':
      return text.replace(/^---\n[^]*?\n---\n\n?/, '');
    case 'duplicate-key':
      return text.replace(/^(status: .*)$/m, '$1\n$1');
    case 'break-frontmatter':
      return text.replace(/^status: (.*)$/m, 'status: [$1');
    case 'status':
      return text.replace(/^status: \w+$/m, `status: ${change.status}`);
  }
}

/**
 * Write a spec's `\n` line endings and byte order mark as an encoding says.
 *
 * @param text The spec with `\n` line endings.
 * @param written The encoding.
 * @returns The file's text.
 */
export function encode(text: string, written: Encoding): string {
  let index = 0;
  const endings = { lf: ['\n'], crlf: ['\r\n'], cr: ['\r'], mixed: ['\r\n', '\n', '\n', '\r\n', '\r'] }[written.lineEndings];
  const lines = text.replace(/\n/g, () => endings[index++ % endings.length]!);
  return written.bom ? '\ufeff' + lines : lines;
}

/** Offset of a heading line of a depth and title, or `-1`. */
function headingLine(text: string, depth: number, title: string): number {
  return new RegExp(`^#{${depth}} ${escape(title)}$`, 'm').exec(text)?.index ?? -1;
}

/** Remove from an offset up to the next heading of at most a depth (or the end). */
function cut(text: string, start: number, depth = 3): string {
  if (start === -1) return text;
  const next = new RegExp(`\\n#{1,${depth}} `, 'g');
  next.lastIndex = start + 1;
  const end = next.exec(text)?.index;
  return text.slice(0, start) + (end === undefined ? '' : text.slice(end + 1));
}

/** Escape text for a regular expression. */
function escape(text: string): string {
  return text.replace(/[\\^$.*+?()[\]{}|]/g, '\\$&');
}
