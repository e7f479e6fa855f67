import type { TextRange } from './credential-shapes.ts';
import { secretRuns } from './secret-runs.ts';
import { redactSecret } from './secret-value.ts';

/** Options of {@link shownText}. */
export interface ShownTextOptions {
  /** Exact secrets to redact wherever they appear, besides what looks like one (default: `[]`). */
  secrets?: readonly string[];
  /**
   * Keep control characters as they are, for output that escapes them itself (JSON): only redact
   * (default: `false`).
   */
  keepControls?: boolean;
}

/**
 * Characters that must not reach a terminal as they are: C0 controls (line breaks and tabs
 * included), DEL, C1 controls, the line and paragraph separators, and the bidirectional
 * embeddings, overrides and isolates.
 */
const unsafe = /[\u0000-\u001F\u007F-\u009F\u2028\u2029\u202A-\u202E\u2066-\u2069]/g;
/** The short escapes. */
const short: Readonly<Record<string, string>> = { '\n': '\\n', '\r': '\\r', '\t': '\\t' };

/** `\n`, `\r`, `\t`, or `\u001B`. */
function escaped(character: string): string {
  return short[character] ?? `\\u${character.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`;
}

/** Where each exact secret appears. */
function exactRuns(text: string, secrets: readonly string[]): TextRange[] {
  const found: TextRange[] = [];
  for (const secret of secrets) {
    if (secret === '') continue;
    for (let at = text.indexOf(secret); at !== -1; at = text.indexOf(secret, at + secret.length)) found.push([at, at + secret.length]);
  }
  return found;
}

/** Ranges sorted and merged where they overlap or touch. */
function merged(ranges: TextRange[]): TextRange[] {
  const sorted = ranges.sort((a, b) => a[0] - b[0] || b[1] - a[1]);
  const out: TextRange[] = [];
  for (const range of sorted) {
    const last = out.at(-1);
    if (last && range[0] <= last[1]) last[1] = Math.max(last[1], range[1]);
    else out.push([range[0], range[1]]);
  }
  return out;
}

/**
 * Make text quoted from a file (a value, a key, a heading, a file name, a message quoting them)
 * safe to print: every run that looks like a secret, and every given secret, is replaced by its
 * redacted form (`ghp_…`), and control characters are escaped (`\r`, `\n`, `\t`, `\u001B`…), so
 * that nothing reaches a terminal that moves the cursor, rewrites a line, changes the clipboard or
 * reorders text, and the text stays on one line. Ordinary text, tabs aside, is returned unchanged.
 * Every Specmark tool prints quoted text through this function.
 *
 * @param text The text.
 * @param options Exact secrets, and whether to keep control characters (default: `{}`).
 * @returns The text, safe to print.
 */
export function shownText(text: string, options: ShownTextOptions = {}): string {
  const ranges = merged([...exactRuns(text, options.secrets ?? []), ...secretRuns(text)]);
  let redacted = text;
  if (ranges.length > 0) {
    const parts: string[] = [];
    let from = 0;
    for (const [start, end] of ranges) {
      parts.push(text.slice(from, start), redactSecret(text.slice(start, end)));
      from = end;
    }
    parts.push(text.slice(from));
    redacted = parts.join('');
  }
  return options.keepControls ? redacted : redacted.replace(unsafe, escaped);
}
