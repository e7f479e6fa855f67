import { planFrontmatter } from './plan-frontmatter.ts';
import { itemTarget, listTarget, planItems } from './plan-items.ts';
import { planStructure } from './plan-structure.ts';
import type { TemplateField } from '../template/model.ts';
import type { Repair } from './repair.ts';
import type { SpecReading } from '../reading/spec-reading.ts';

const cache = new WeakMap<SpecReading, Repair[]>();
const byTarget = new WeakMap<SpecReading, Map<string, Repair>>();

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

/**
 * The planned repair that puts back one template item of a checklist or questions field: its own,
 * or the field's new list that holds it. The rules that report a missing item carry it as their
 * quick fix.
 *
 * @param reading The spec's reading.
 * @param field The field.
 * @param index The item's index in the field's template items.
 * @returns The repair, or `undefined` when none puts the item back.
 */
export function itemRepair(reading: SpecReading, field: TemplateField, index: number): Repair | undefined {
  let repairs = byTarget.get(reading);
  if (!repairs) {
    repairs = new Map(planRepairs(reading).map((repair) => [repair.target, repair]));
    byTarget.set(reading, repairs);
  }
  return repairs.get(itemTarget(field, index)) ?? repairs.get(listTarget(field));
}
