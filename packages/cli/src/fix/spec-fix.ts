/** What a safe fix does, as data; the wording lives in `fix-message.ts`. */
export type SpecFixCode =
  /** A `##` section of the template was missing; it is added with its fields and their prompts. */
  | 'section-added'
  /** A `###` field was missing from its section; it is added with its prompt. */
  | 'field-added'
  /** A required checklist item (a guardrail) was deleted; it is put back after its template neighbour. */
  | 'item-restored'
  /** `templateVersion` named an older version and the update is mechanical; it is raised. */
  | 'version-bumped';

/** One surgical edit of a spec: replace `remove` characters at `offset` with `insert`. */
export interface SpecFix {
  /** What the edit does. */
  code: SpecFixCode;
  /** Values for the message: section or field title, item text, versions. */
  params: Record<string, string | number>;
  /** Where the edit starts, in the source with `\n` line endings and no BOM. */
  offset: number;
  /** How many characters are replaced (default: `0`, a pure insertion). */
  remove: number;
  /** The inserted text, with `\n` line endings. */
  insert: string;
}
