/** A message's data: the text of each placeholder of its wording, by name. */
export type MessageData = Readonly<Record<string, string>>;

/** A placeholder in a message's wording: `{{name}}`. */
const placeholder = /\{\{([A-Za-z][A-Za-z0-9]*)\}\}/g;

/**
 * Word a message from its wording and data, the way ESLint words `meta.messages`: each
 * `{{name}}` is replaced by `data[name]`; a placeholder without data stays as written.
 *
 * @param template The wording (`Unexpected {{actual}}, expected {{expected}}`).
 * @param data The text of each placeholder.
 * @returns The message.
 */
export function formatMessage(template: string, data: Readonly<Record<string, string | number>>): string {
  return template.replace(placeholder, (whole, name: string) => (Object.hasOwn(data, name) ? String(data[name]) : whole));
}

/**
 * The names of a wording's placeholders, in the order they first appear.
 *
 * @param template The wording.
 * @returns The names (`['actual', 'expected']`).
 */
export function messagePlaceholders(template: string): string[] {
  return [...new Set([...template.matchAll(placeholder)].map((match) => match[1] as string))];
}
