/** Why a stored or shared draft could not be read. Wording lives in `form-messages.ts`. */
export type DraftProblem =
  /** The text is not JSON (cut short, or edited by hand). */
  | { code: 'draft-not-json' }
  /** The data is not a draft at all (not an object, no format version, no answers). */
  | { code: 'draft-unreadable' }
  /** The draft has a format version this page does not know (saved by a newer version). */
  | { code: 'draft-version'; actual: number; expected: number }
  /** The draft was written for another template. */
  | { code: 'draft-template'; actual: string; expected: string }
  /** A key that would change how objects behave (`__proto__`), at a path. */
  | { code: 'draft-unsafe-key'; key: string; path: string }
  /** A field the template does not have. */
  | { code: 'draft-unknown-field'; slug: string }
  /** A value of the wrong shape for its place (`title`, `frontmatter`, `extras`, a field slug). */
  | { code: 'draft-shape'; path: string; expected: string };
