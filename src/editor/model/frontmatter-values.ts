import type { FrontmatterControl } from './frontmatter-controls.ts';

/**
 * The human label of a frontmatter key: `templateVersion` → `Template version`, `rateLimit` →
 * `Rate limit`.
 *
 * @param key The key.
 * @returns The label.
 */
export function labelOf(key: string): string {
  const words = key.replace(/([a-z0-9])([A-Z])/g, '$1 $2').replace(/[-_]/g, ' ').toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/**
 * The text an input shows for a frontmatter value: a list joined with commas, nothing for no value.
 * Values come from imports and stored drafts, so any JSON value is possible: a mapping is shown as
 * JSON rather than run through `String` (which throws for an object whose `toString` is not a
 * function).
 *
 * @param value The value in the draft.
 * @returns The text.
 */
export function textOf(value: unknown): string {
  if (typeof value === 'string') return value;
  if (Array.isArray(value)) return value.map(textOf).join(', ');
  if (value === undefined || value === null) return '';
  return typeof value === 'object' ? JSON.stringify(value) : String(value);
}

/**
 * The frontmatter value of an input's text: `undefined` for no text, a list input split at commas,
 * an integer input's whole number as a number (other text stays text, so the schema check can say
 * what is wrong with it).
 *
 * @param control The input's control.
 * @param text The input's text.
 * @returns The value.
 */
export function inputValue(control: FrontmatterControl, text: string): unknown {
  if (text === '') return undefined;
  if (control.kind === 'list') return text.split(',').map((item) => item.trim());
  if (control.kind === 'integer' && /^\s*-?\d+\s*$/.test(text)) return Number(text);
  return text;
}

/**
 * An object's value after one of its keys changed: keys in the schema's order, then keys the form
 * has no input for (kept from an imported spec); `undefined` when no key is left.
 *
 * @param control The object's `group` control.
 * @param current The object as drafted.
 * @param key The key that changed.
 * @param value Its new value (`undefined` removes it).
 * @returns The new object, or `undefined`.
 */
export function groupValue(control: FrontmatterControl, current: Record<string, unknown>, key: string, value: unknown): Record<string, unknown> | undefined {
  const known = (control.controls ?? []).map((each) => each.key);
  const next: Record<string, unknown> = {};
  for (const each of [...known, ...Object.keys(current).filter((name) => !known.includes(name))]) {
    const item = each === key ? value : current[each];
    if (item !== undefined) next[each] = item;
  }
  if (!(key in next) && value !== undefined) next[key] = value;
  return Object.keys(next).length === 0 ? undefined : next;
}
