/**
 * Characters `JSON.stringify` leaves as they are inside strings but a terminal or a viewer acts on:
 * DEL, C1 controls, the line and paragraph separators, the bidirectional embeddings, overrides and
 * isolates. None of them can appear outside a string in JSON text.
 */
const unescaped = /[\u007F-\u009F\u2028\u2029\u202A-\u202E\u2066-\u2069]/g;

/**
 * Escape, in JSON text, every control character `JSON.stringify` leaves raw (DEL, C1 controls,
 * U+2028, U+2029, bidirectional controls) as `\uXXXX`. The JSON still parses to the same value:
 * this only changes how the text is written, so no control character reaches a terminal that
 * shows the report.
 *
 * @param json JSON text, as `JSON.stringify` writes it (which escapes C0 controls itself).
 * @returns The same JSON with those characters escaped.
 */
export function escapeJsonControls(json: string): string {
  return json.replace(unescaped, (character) => `\\u${character.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`);
}

/**
 * Write a value as a JSON report: indented by two spaces, every control character escaped as
 * `\uXXXX` ({@link escapeJsonControls}), ending with a line break. Reporters that print JSON (json,
 * sarif) write through this.
 *
 * @param value The report.
 * @returns The JSON text.
 */
export function stringifyJson(value: unknown): string {
  return escapeJsonControls(JSON.stringify(value, null, 2)) + '\n';
}
