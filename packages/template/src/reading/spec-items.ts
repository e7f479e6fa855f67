import type { List, ListItem } from 'mdast';
import type { QuestionAnswer } from './answers.ts';
import { readWaiver, type Waiver } from './checklist-text.ts';
import { checklistItemKey, matchItemKeys } from './item-matches.ts';
import { listItemSource } from '../markdown/list-item-source.ts';
import { matchKey } from './match-key.ts';
import type { TemplateItem } from '../template/model.ts';
import { readQuestion } from './question.ts';
import type { OutlineEntry, SpecReading } from './spec-reading.ts';

/** A top-level list item of a field in a spec. */
export interface SpecItem {
  /** The item. */
  node: ListItem;
  /** The list it is in. */
  list: List;
  /** Its Markdown after the marker and checkbox, continuation lines de-indented, trimmed. */
  text: string;
  /** `true` for `[x]`, `false` for `[ ]`, `undefined` without a checkbox. */
  checked: boolean | undefined;
  /** In a checklist field: the waiver, when the item is struck through (`~~item~~ reason`). */
  waiver?: Waiver;
  /** In a questions field: the bold question and the answer after it. */
  question?: QuestionAnswer;
  /**
   * What is compared with the template's items ({@link matchKey}): a checklist item's text (the
   * struck-through part of a waiver), a questions item's bold question, any other item's text.
   */
  key: string;
}

/** A template item of a field and the spec item that keeps it, if any. */
export interface ItemMatch {
  /** The template's item. */
  item: TemplateItem;
  /** Its index among the field's items. */
  index: number;
  /** The first spec item that matches it. */
  found: SpecItem | undefined;
}

const itemsCache = new WeakMap<OutlineEntry, SpecItem[]>();

/**
 * The top-level items of every list in a field's body, read the way its kind reads them.
 *
 * @param reading The spec's reading.
 * @param entry A field entry of the reading.
 * @returns The items, in document order; cached per entry.
 */
export function entryItems(reading: SpecReading, entry: OutlineEntry): SpecItem[] {
  let items = itemsCache.get(entry);
  if (items) return items;
  const kind = entry.step.field?.kind;
  items = [];
  for (const block of entry.body) {
    if (block.type !== 'list') continue;
    for (const node of block.children) {
      const { text, checked } = listItemSource(reading.document.text, node);
      const item: SpecItem = { node, list: block, text, checked, key: '' };
      if (kind === 'checklist') {
        const waiver = readWaiver(text);
        if (waiver) item.waiver = waiver;
        item.key = checklistItemKey(text, waiver);
      } else if (kind === 'questions') {
        item.question = readQuestion(text);
        item.key = matchKey(item.question.question);
      } else item.key = matchKey(text);
      items.push(item);
    }
  }
  itemsCache.set(entry, items);
  return items;
}

/**
 * Match a field's template items to the spec's items through {@link matchItemKeys}: checked or
 * not, waived or not, re-wrapped, in other case or with a trailing period, an item is kept.
 *
 * @param reading The spec's reading.
 * @param entry A field entry of the reading.
 * @returns One match per template item, in template order.
 */
export function matchItems(reading: SpecReading, entry: OutlineEntry): ItemMatch[] {
  const items = entryItems(reading, entry);
  const wanted = entry.step.field?.items ?? [];
  const found = matchItemKeys(
    wanted,
    items.map((item) => item.key),
  );
  return wanted.map((item, index) => {
    const at = found[index];
    return { item, index, found: at === undefined ? undefined : items[at] };
  });
}
