/** Why a stored or shared draft could not be read. Wording lives in `form-messages.ts`. */
export type DraftProblem =
  /** The data is not a draft at all (not JSON, not an object, wrong format version). */
  | { code: 'draft-unreadable' }
  /** The draft was written for another template. */
  | { code: 'draft-template'; actual: string; expected: string }
  /** A field the template does not have. */
  | { code: 'draft-unknown-field'; slug: string }
  /** A value of the wrong shape for its place (`title`, `frontmatter`, `extras`, a field slug). */
  | { code: 'draft-shape'; path: string; expected: string };
