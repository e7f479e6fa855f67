import { messagePlaceholders } from '@specmark/schema';

/**
 * A message's wording as a SARIF message string (§3.11.5): each `{{name}}` placeholder becomes
 * `{n}`, its place among the wording's placeholders, and every other `{` or `}` is doubled.
 *
 * @param wording The wording, with `{{name}}` placeholders (`ruleMessages` of the preset).
 * @returns The SARIF message string.
 */
export function sarifMessageString(wording: string): string {
  const names = messagePlaceholders(wording);
  return wording
    .split(/(\{\{[A-Za-z][A-Za-z0-9]*\}\})/)
    .map((part, index) => (index % 2 === 1 ? `{${names.indexOf(part.slice(2, -2))}}` : part.replace(/[{}]/g, '$&$&')))
    .join('');
}

/**
 * A message's data as SARIF `arguments`: the text of each placeholder of its wording, in the order
 * of {@link sarifMessageString}'s `{n}`.
 *
 * @param wording The wording.
 * @param data The text of each placeholder, by name.
 * @returns The arguments, or `undefined` when the data does not fill every placeholder.
 */
export function sarifArguments(wording: string, data: Readonly<Record<string, string>>): string[] | undefined {
  const values = messagePlaceholders(wording).map((name) => data[name]);
  return values.every((value) => value !== undefined) ? (values as string[]) : undefined;
}
