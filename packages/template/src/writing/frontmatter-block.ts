import { stringify } from 'yaml';

/**
 * Write frontmatter data as a YAML block between `---` lines, keys in the data's order, no line
 * folding.
 *
 * @param data The frontmatter.
 * @returns The block, without a line break after the closing `---`.
 */
export function frontmatterBlock(data: Record<string, unknown>): string {
  if (Object.keys(data).length === 0) return '---\n---';
  return `---\n${stringify(data, { lineWidth: 0 }).trimEnd()}\n---`;
}
