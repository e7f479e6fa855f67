import { planFrontmatter } from './plan-frontmatter.ts';
import { planItems } from './plan-items.ts';
import { planStructure } from './plan-structure.ts';
import type { Repair } from './repair.ts';
import type { SpecReading } from './spec-reading.ts';

const cache = new WeakMap<SpecReading, Repair[]>();

/**
 * The one repair plan of a spec: every safe, surgical edit that fixes a problem the lint rules
 * report — missing frontmatter, title, sections and fields (with their prompts), headings at the
 * wrong level, deleted guardrails and questions, an older `templateVersion` when the update is
 * mechanical. `specmark fix` applies exactly these edits; each rule's message carries its edit as
 * the editor's quick fix. Nothing else is edited: text a person wrote is never changed or removed.
 * A spec whose frontmatter is not readable (it never closes, or is not a YAML mapping) gets no repair.
 *
 * @param reading The spec's reading.
 * @returns The repairs, in plan order; cached per reading.
 */
export function planRepairs(reading: SpecReading): readonly Repair[] {
  let repairs = cache.get(reading);
  if (!repairs) {
    // A tree without positions was generated, not read from a file: there is no text to edit. A spec
    // whose frontmatter cannot be read is not edited either: which template it follows, and where
    // its frontmatter ends, are for a person to say.
    const { tree, frontmatter } = reading.document;
    repairs = tree.position && frontmatter.readable ? [...planFrontmatter(reading), ...planStructure(reading), ...planItems(reading)] : [];
    cache.set(reading, repairs);
  }
  return repairs;
}
