import { frontmatterBlock } from '../writing/frontmatter-block.ts';
import type { Repair } from './repair.ts';
import type { SpecReading } from '../reading/spec-reading.ts';

/** The status a spec given frontmatter by a repair starts in. */
const firstStatus = 'draft';

/**
 * Plan the repairs of a spec's frontmatter: add one when the spec has none (naming the template,
 * its version and `status: draft`); raise `templateVersion` when the update is mechanical — the
 * frontmatter is valid YAML, it names an older integer version, and every heading of level 2 or 3
 * the spec has is still in the current template, so the versions differ only by what the other
 * repairs add. A spec with headings the template does not know may hold renamed fields; its version
 * is left for a person to raise.
 *
 * @param reading The spec's reading.
 * @returns The repairs.
 */
export function planFrontmatter(reading: SpecReading): Repair[] {
  const { document, template } = reading;
  const { frontmatter } = document;
  if (!frontmatter.node) {
    const block = frontmatterBlock({ template: template.id, templateVersion: template.version, status: firstStatus });
    return [{ code: 'frontmatter-added', target: 'frontmatter', params: { template: template.id }, start: 0, end: 0, text: `${block}\n\n` }];
  }
  const version = frontmatter.entries.get('templateVersion');
  const from = version?.value;
  if (!frontmatter.data || !version || typeof from !== 'number' || !Number.isInteger(from) || from >= template.version) return [];
  if (reading.unknown.some((heading) => heading.depth >= 2)) return [];
  return [{ code: 'version-bumped', target: 'templateVersion', params: { from, to: template.version }, start: version.start, end: version.end, text: String(template.version) }];
}
