import type { List } from 'mdast';
import type { FieldKind } from './model.ts';
import { isPrompt, promptsIn } from './prompt.ts';
import type { ListItemSource } from '../markdown/list-item-source.ts';

/**
 * Decide how a list-bodied field is answered from how the template writes its items: task items
 * make a `checklist`, bold items `questions`, items with bracketed gaps in a sentence
 * `sentence-frames`, anything else a `list`.
 *
 * @param list The field's list in the template.
 * @param items The items' sources.
 * @returns The field kind.
 */
export function listFieldKind(list: List, items: readonly ListItemSource[]): Exclude<FieldKind, 'prose'> {
  if (items.length > 0 && items.every((item) => item.checked !== undefined)) return 'checklist';
  if (list.children.every((item) => startsWithStrong(item.children[0]))) return 'questions';
  if (items.some((item) => !isPrompt(item.text) && promptsIn(item.text).length > 0)) return 'sentence-frames';
  return 'list';
}

/** Whether a list item's first block is a paragraph that opens with bold text. */
function startsWithStrong(block: List['children'][number]['children'][number] | undefined): boolean {
  return block?.type === 'paragraph' && block.children[0]?.type === 'strong';
}
