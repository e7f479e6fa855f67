import { credentialShapes } from './credential-shapes.ts';

/** A credential found in a text. */
export interface CredentialFinding {
  /** Offset of its first character. */
  start: number;
  /** Offset just past its last character. */
  end: number;
  /** What kind of credential it is, as a message names it (`Google API key`). */
  kind: string;
}

/**
 * Find the credentials in a text with Specmark's one table of credential shapes: tokens and keys
 * of well-known providers, private keys, AWS secret access keys near their context, authorization
 * header values, values of keys that name a credential (`token=…`) and URLs with a password.
 * Placeholders are left out. Findings that overlap are one finding that spans them all, named by
 * the first that starts there: a finding of `also` before the table's, the table's in its order.
 * Linear in the text's length.
 *
 * @param text The text.
 * @param also Findings of another scanner in the same text (secretlint's), merged in (default: `[]`).
 * @returns The findings in text order, not overlapping.
 */
export function findCredentials(text: string, also: readonly CredentialFinding[] = []): CredentialFinding[] {
  const found: CredentialFinding[] = [...also];
  for (const shape of credentialShapes) for (const [start, end] of shape.find(text)) found.push({ start, end, kind: shape.kind });
  // A stable sort: of findings that start together, the one listed first names them.
  const sorted = found.sort((a, b) => a.start - b.start);
  const merged: CredentialFinding[] = [];
  for (const finding of sorted) {
    const last = merged.at(-1);
    if (last && finding.start < last.end) last.end = Math.max(last.end, finding.end);
    else merged.push({ ...finding });
  }
  return merged;
}
