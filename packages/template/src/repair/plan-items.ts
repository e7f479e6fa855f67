import { lineStart } from '../markdown/line-start.ts';
import { listMarker } from '../markdown/list-item-source.ts';
import type { TemplateField } from '../template/model.ts';
import type { Repair } from './repair.ts';
import { entryItems, matchItems, type SpecItem } from '../reading/spec-items.ts';
import type { SpecReading } from '../reading/spec-reading.ts';

/** The repair target of one item of a field: `item:<field>:<index>` or `question:<field>:<index>`. */
export function itemTarget(field: TemplateField, index: number): string {
  return `${field.kind === 'checklist' ? 'item' : 'question'}:${field.slug}:${index}`;
}

/** The repair target of a field's new list of every missing item: `items:<field>` or `questions:<field>`. */
export function listTarget(field: TemplateField): string {
  return `${field.kind === 'checklist' ? 'items' : 'questions'}:${field.slug}`;
}

/**
 * Plan the repairs that put back deleted template items: the required (non-prompt) items of every
 * checklist field the spec has (its guardrails) and the questions of every questions field. An item
 * counts as kept when {@link matchItems} finds it: checked or not, waived or not, re-wrapped, in
 * other case, with a trailing period. A restored item goes right after the nearest earlier template
 * item still in the field, else before the nearest later one, else after the field's last item,
 * with the list's marker and indentation (and spacing, for a loose list); a checklist item
 * unchecked, a question in bold and unanswered. A field without any item gets one new list of
 * every missing item, as one repair (its target `items:<field>` or `questions:<field>`).
 *
 * @param reading The spec's reading.
 * @returns The repairs, in the order their text must appear.
 */
export function planItems(reading: SpecReading): Repair[] {
  const { text } = reading.document;
  const repairs: Repair[] = [];
  for (const entry of reading.entries) {
    const field = entry.step.field;
    if (!field || entry.repeat || (field.kind !== 'checklist' && field.kind !== 'questions')) continue;
    const code = field.kind === 'checklist' ? 'item-restored' : 'question-restored';
    const items = entryItems(reading, entry);
    const matches = matchItems(reading, entry);
    const listed: string[] = [];
    const texts: string[] = [];
    for (const { item, index, found } of matches) {
      if (found || (field.kind === 'checklist' && item.prompt)) continue;
      const line = field.kind === 'checklist' ? `[ ] ${item.text}` : `**${item.text}**`;
      const base = { code, target: itemTarget(field, index), params: { field: field.title, item: item.text } } as const;
      const before = matches.slice(0, index).findLast((match) => match.found)?.found;
      const after = matches.slice(index + 1).find((match) => match.found)?.found;
      const anchor = before ?? after ?? items.at(-1);
      if (!anchor) {
        listed.push(line);
        texts.push(item.text);
        continue;
      }
      const { prefix, gap } = itemShape(text, anchor);
      const end = anchor.node.position?.end.offset ?? 0;
      if (before || !after) repairs.push({ ...base, start: end, end, text: `${gap}${prefix}${line}` });
      else {
        const start = lineStart(text, anchor.node.position?.start.offset ?? 0);
        repairs.push({ ...base, start, end: start, text: `${prefix}${line}${gap}` });
      }
    }
    if (listed.length > 0) {
      // No list yet: one list of every missing item, after the field's content (or its heading).
      const last = entry.body.at(-1) ?? entry.heading;
      const end = last.position?.end.offset ?? 0;
      const params = { field: field.title, item: texts.join('`, `'), count: texts.length };
      repairs.push({ code, target: listTarget(field), params, start: end, end, text: listed.map((line) => `\n- ${line}`).join('').replace(/^\n/, '\n\n') });
    }
  }
  return repairs;
}

/** How an item of a list is written: indentation and marker, and the separator between items. */
function itemShape(text: string, item: SpecItem): { prefix: string; gap: string } {
  const start = item.node.position?.start.offset ?? 0;
  const indent = text.slice(lineStart(text, start), start);
  const written = listMarker.exec(text.slice(start))?.[0] ?? '-';
  return { prefix: `${indent}${written} `, gap: item.list.spread ? '\n\n' : '\n' };
}

