/**
 * A problem found in a spec's frontmatter, as data. {@link frontmatterIssueMessage} words it.
 *
 * Codes and their `params`:
 *
 * - `yaml-syntax` — `{ reason }`: the text is not valid YAML;
 * - `yaml-duplicate-key` — `{ key }`: a key appears twice in one mapping;
 * - `yaml-aliases` — `{ limit }`: aliases expand too much (a resource exhaustion attack);
 * - `yaml-too-large` — `{ size, limit }`: the text is longer than the limit, in characters;
 * - `yaml-too-deep` — `{ limit }`: the text nests deeper than the limit;
 * - `not-a-mapping` — `{ actual }`: the frontmatter is not a mapping of keys to values;
 * - `unknown-key` — `{ key, allowed }`: a key the schema does not know;
 * - `missing-key` — `{ key, allowed? }`: a required key is absent;
 * - `required-with` — `{ key, when: { key, value }, allowed? }`: a key another key's value requires;
 * - `required-from` — `{ key, status }`: a key the spec does not need yet, but will from `status` on
 *   (a pending requirement, not an error);
 * - `invalid-type` — `{ actual, expected }`: a value of the wrong type (type names, see below);
 * - `invalid-value` — `{ actual, allowed }`: a value not among the allowed ones;
 * - `invalid-format` — `{ actual, format }`: a string of the wrong shape (`date`, `url`, `env-name`,
 *   `ticket`, `single-line`, `header-name`, `event-name`, `api-description`, `api-operation`, or a
 *   team's own format name);
 * - `too-short` / `too-long` — `{ actual, minimum | maximum, unit }`: length in `characters` or `items`;
 * - `too-small` / `too-big` — `{ actual, minimum | maximum, inclusive }`: a number out of range;
 * - `duplicate-item` — `{ actual, first }`: an item repeated in a list (`first` is its first index);
 * - `secret-value` — `{ redacted? }`: a value that looks like a credential where a name is expected;
 * - `date-order` — `{ created, updated }`: `updated` is before `created`;
 * - `custom` — `{ message }`: a team's own refinement, worded by the team.
 *
 * Type names in `actual` / `expected`: `string`, `integer`, `fraction`, `number`, `boolean`, `list`,
 * `mapping`, `null`, `date`, `binary`, `unknown`. An `actual` value is shown as written unless it
 * looks like a secret, in which case it is redacted and `params.secret` is `true`.
 */
export interface FrontmatterIssue {
  /** What is wrong (`invalid-value`). */
  code: string;
  /** Where: keys and list indices from the frontmatter's root (`['environments', 1]`). */
  path: (string | number)[];
  /** The facts the message needs (`{ actual: 'finished', allowed: [...] }`). */
  params: Record<string, unknown>;
}

/** A {@link FrontmatterIssue} with its place in the YAML text (1-based, relative to the YAML). */
export interface LocatedFrontmatterIssue extends FrontmatterIssue {
  /** Line of the offending key or value, 1-based; line 1 is the first line of the YAML. */
  line: number;
  /** Column of the offending key or value, 1-based. */
  column: number;
  /** Line just past the offending key or value, when known. */
  endLine?: number;
  /** Column just past the offending key or value, when known. */
  endColumn?: number;
}

/** The codes {@link FrontmatterIssue} uses. */
export type FrontmatterIssueCode =
  | 'yaml-syntax'
  | 'yaml-duplicate-key'
  | 'yaml-aliases'
  | 'yaml-too-large'
  | 'yaml-too-deep'
  | 'not-a-mapping'
  | 'unknown-key'
  | 'missing-key'
  | 'required-with'
  | 'required-from'
  | 'invalid-type'
  | 'invalid-value'
  | 'invalid-format'
  | 'too-short'
  | 'too-long'
  | 'too-small'
  | 'too-big'
  | 'duplicate-item'
  | 'secret-value'
  | 'date-order'
  | 'custom';
