/**
 * The p-th percentile of some numbers, nearest-rank method.
 *
 * @param values The numbers (not changed).
 * @param p The percentile, 0–100.
 * @returns The value, or `NaN` for no numbers.
 */
export function percentile(values: readonly number[], p: number): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.max(1, Math.ceil((p / 100) * sorted.length));
  return sorted[rank - 1] as number;
}

/**
 * The median of some numbers.
 *
 * @param values The numbers.
 * @returns The median (mean of the middle two for an even count), `NaN` for none.
 */
export function median(values: readonly number[]): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? (sorted[middle] as number) : ((sorted[middle - 1] as number) + (sorted[middle] as number)) / 2;
}

/**
 * Bytes as kilobytes (1 KB = 1000 bytes) with one decimal.
 *
 * @param bytes The byte count.
 * @returns Such as `20.4 KB`.
 */
export function kb(bytes: number): string {
  return `${(bytes / 1000).toFixed(1)} KB`;
}

/**
 * `PASS` or `MISS`.
 *
 * @param ok Whether the target is met.
 * @returns The word.
 */
export function verdict(ok: boolean): string {
  return ok ? 'PASS' : 'MISS';
}
