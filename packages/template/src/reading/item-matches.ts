import type { ChecklistAnswer } from './answers.ts';
import { readWaiver, type Waiver } from './checklist-text.ts';
import { matchKey } from './match-key.ts';

/** What a template item is matched by: its text. */
type Wanted = readonly { text: string }[];

const templateKeys = new WeakMap<Wanted, string[]>();

/** The keys of a field's template items, computed once per list of items. */
function keysOf(items: Wanted): string[] {
  let keys = templateKeys.get(items);
  if (!keys) {
    keys = items.map((item) => matchKey(item.text));
    templateKeys.set(items, keys);
  }
  return keys;
}

/**
 * The key a checklist item is matched by ({@link matchKey}): the struck-through part of a waiver
 * (`~~item~~ reason`), else the item's text.
 *
 * @param text The item's text after its checkbox.
 * @param waiver The item's waiver (default: read from `text`).
 * @returns The key.
 */
export function checklistItemKey(text: string, waiver: Waiver | undefined = readWaiver(text)): string {
  return matchKey(waiver ? waiver.item : text);
}

/**
 * The one matching of a field's template items to the items a spec writes: each template item is
 * kept by the first written item with the same key ({@link matchKey}) — checked or not, waived or
 * not, re-wrapped, in other case or with a trailing period. The lint rules, the repair plan,
 * import and the editor's rows all match through it.
 *
 * @param wanted The field's template items.
 * @param keys The keys of the items the spec writes, in order.
 * @returns For each template item, in template order, the index of the written item that keeps
 *   it, or `undefined` when none does.
 */
export function matchItemKeys(wanted: Wanted, keys: readonly string[]): (number | undefined)[] {
  return keysOf(wanted).map((key) => {
    if (key === '') return undefined;
    const at = keys.indexOf(key);
    return at === -1 ? undefined : at;
  });
}

/**
 * Match a checklist field's template items to checklist answers (as `parseSpec` reads them and
 * the editor holds them), exactly as `matchItems` matches them in a spec.
 *
 * @param wanted The field's template items.
 * @param answers The field's answers, in order.
 * @returns For each template item, in template order, the index of the answer that keeps it, or
 *   `undefined` when none does.
 */
export function matchChecklistAnswers(wanted: Wanted, answers: readonly ChecklistAnswer[]): (number | undefined)[] {
  return matchItemKeys(
    wanted,
    answers.map((answer) => checklistItemKey(answer.text)),
  );
}
