import type { List, ListItem, RootContent } from 'mdast';
import { readWaiver, type Template, type TemplateField } from '@specmark/template';
import type { SpecFix } from './spec-fix.ts';
import { nextHeading, type SpecOutline } from './spec-outline.ts';

const marker = /^(?:[-*+]|\d{1,9}[.)])/;
const checkbox = /^\[[ xX]\](?:[ \t]+|$)/;

/**
 * Plan the fixes that put back deleted guardrails: the required (non-prompt) items of every
 * checklist field the spec has. An item counts as kept when its text matches, checked or not, or
 * when it is waived (`~~item~~ reason`). A restored item goes right after the nearest earlier
 * template item still in the list, else before the nearest later one, unchecked, with the list's
 * marker and indentation.
 *
 * @param template The spec's template.
 * @param outline Where the spec's fields are.
 * @param text The spec's source (normalised).
 * @returns The fixes, in the order their text must appear.
 */
export function planChecklistFixes(template: Template, outline: SpecOutline, text: string): SpecFix[] {
  const fixes: SpecFix[] = [];
  for (const field of template.fields) {
    const heading = outline.fields.get(field.slug);
    if (field.kind !== 'checklist' || !heading) continue;
    const end = nextHeading(outline.children, heading.index, 6) ?? outline.children.length;
    const body = outline.children.slice(heading.index + 1, end);
    fixes.push(...fieldFixes(field, body, text, heading.node));
  }
  return fixes;
}

/** The fixes of one checklist field. */
function fieldFixes(field: TemplateField, body: readonly RootContent[], text: string, heading: RootContent): SpecFix[] {
  const lists = body.filter((node): node is List => node.type === 'list');
  const items = lists.flatMap((list) => list.children.map((item) => ({ item, list, text: itemText(text, item) })));
  const found = field.items.map((templateItem) => items.find((entry) => entry.text === normalize(templateItem.text)));
  const fixes: SpecFix[] = [];
  const missing: string[] = [];
  field.items.forEach((templateItem, index) => {
    if (templateItem.prompt || found[index]) return;
    const params = { field: field.title, item: templateItem.text };
    const before = found.slice(0, index).findLast((entry) => entry !== undefined);
    const after = found.slice(index + 1).find((entry) => entry !== undefined);
    const anchor = before ?? after ?? items[items.length - 1];
    if (!anchor) {
      missing.push(templateItem.text);
      return;
    }
    const { prefix, gap } = itemShape(text, anchor.item, anchor.list);
    const line = `${prefix}[ ] ${templateItem.text}`;
    if (before || !after) fixes.push({ code: 'item-restored', params, offset: anchor.item.position?.end.offset ?? 0, remove: 0, insert: `${gap}${line}` });
    else fixes.push({ code: 'item-restored', params, offset: lineStart(text, anchor.item), remove: 0, insert: `${line}${gap}` });
  });
  if (missing.length > 0) {
    const last = body[body.length - 1] ?? heading;
    const offset = last.position?.end.offset ?? 0;
    missing.forEach((item, index) => {
      fixes.push({ code: 'item-restored', params: { field: field.title, item }, offset, remove: 0, insert: `${index === 0 ? '\n\n' : '\n'}- [ ] ${item}` });
    });
  }
  return fixes;
}

/** A list item's text after its marker and checkbox, a waived item's text without the strike, whitespace collapsed. */
function itemText(text: string, item: ListItem): string {
  const raw = text.slice(item.position?.start.offset ?? 0, item.position?.end.offset ?? 0);
  const content = raw.replace(marker, '').trimStart().replace(checkbox, '');
  return normalize(readWaiver(content.trim())?.item ?? content);
}

/** Collapse whitespace, so re-wrapped items still match. */
function normalize(value: string): string {
  return value.replace(/\s+/g, ' ').trim();
}

/** How an item of a list is written: indentation and marker, and the separator between items. */
function itemShape(text: string, item: ListItem, list: List): { prefix: string; gap: string } {
  const start = item.position?.start.offset ?? 0;
  const indent = text.slice(lineStart(text, item), start);
  const written = marker.exec(text.slice(start))?.[0] ?? '-';
  return { prefix: `${indent}${written} `, gap: list.spread ? '\n\n' : '\n' };
}

/** Offset of the start of the line a node starts on. */
function lineStart(text: string, node: ListItem): number {
  return text.lastIndexOf('\n', (node.position?.start.offset ?? 0) - 1) + 1;
}
