import type { Yaml } from 'mdast';
import { isMap, isScalar, type Document } from 'yaml';
import type { Template } from '@specmark/template';
import type { SpecFix } from './spec-fix.ts';
import type { SpecOutline } from './spec-outline.ts';

/**
 * Plan raising `templateVersion` to the template's version when the update is mechanical: the
 * spec names an older integer version and every `##`/`###` heading it has is still in the current
 * template, so the versions differ only by what the other fixes add. A spec with headings the
 * template does not know may hold renamed fields; its version is left for a person to raise.
 *
 * @param template The spec's template.
 * @param outline Where the spec's headings are.
 * @param frontmatter The frontmatter node.
 * @param document The frontmatter, parsed.
 * @param text The spec's source (normalised).
 * @returns The fix, or nothing.
 */
export function planVersionFix(template: Template, outline: SpecOutline, frontmatter: Yaml, document: Document, text: string): SpecFix[] {
  const root = document.contents;
  if (!isMap(root)) return [];
  const pair = root.items.find((item) => isScalar(item.key) && item.key.value === 'templateVersion');
  const value = pair?.value;
  if (!isScalar(value) || !Number.isInteger(value.value) || !value.range) return [];
  const from = value.value as number;
  if (from >= template.version || outline.unknown.length > 0) return [];
  const base = text.indexOf('\n', frontmatter.position?.start.offset ?? 0) + 1;
  const [start, end] = value.range;
  return [{ code: 'version-bumped', params: { from, to: template.version }, offset: base + start, remove: end - start, insert: String(template.version) }];
}
