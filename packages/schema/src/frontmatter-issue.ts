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
export type FrontmatterIssue = {
  /** Where: keys and list indices from the frontmatter's root (`['environments', 1]`). */
  path: (string | number)[];
} & FrontmatterIssueData;

/** A value as an issue shows it: as written (clipped), or redacted with `secret: true` when it looks like a credential. */
export interface ShownIssueValue {
  /** The value as written, or its redacted form; absent when nothing of it may be shown. */
  actual?: string;
  /** `true` when the value looks like a secret (`actual` is then redacted). */
  secret?: true;
}

/** Each issue's code with the facts its message needs (`params`), as documented on {@link FrontmatterIssue}. */
export type FrontmatterIssueData =
  | { code: 'yaml-syntax'; params: { reason: string } }
  | { code: 'yaml-duplicate-key'; params: { key: string } }
  | { code: 'yaml-aliases'; params: { limit: number } }
  | { code: 'yaml-too-large'; params: { size: number; limit: number } }
  | { code: 'yaml-too-deep'; params: { limit: number } }
  | { code: 'not-a-mapping'; params: { actual: string } }
  | { code: 'unknown-key'; params: { key: string | number; allowed: string[] } }
  | { code: 'missing-key'; params: { key: string | number | undefined; allowed?: string[] } }
  | { code: 'required-with'; params: { key: string; when: { key: string; value: unknown }; allowed?: string[] } }
  | { code: 'required-from'; params: { key: string; status: string } }
  | { code: 'invalid-type'; params: { actual: string; expected: string[] } }
  | { code: 'invalid-value'; params: ShownIssueValue & { allowed: string[] } }
  | { code: 'invalid-format'; params: ShownIssueValue & { format: string } }
  | { code: 'too-short'; params: { actual: number; minimum: number; unit: 'characters' | 'items' } }
  | { code: 'too-long'; params: { actual: number; maximum: number; unit: 'characters' | 'items' } }
  | { code: 'too-small'; params: ShownIssueValue & { minimum: number; inclusive: boolean } }
  | { code: 'too-big'; params: ShownIssueValue & { maximum: number; inclusive: boolean } }
  | { code: 'duplicate-item'; params: ShownIssueValue & { first: number } }
  | { code: 'secret-value'; params: { redacted?: string } }
  | { code: 'date-order'; params: { created: string; updated: string } }
  | { code: 'custom'; params: { message: string } };

/** A {@link FrontmatterIssue} with its place in the YAML text (1-based, relative to the YAML). */
export type LocatedFrontmatterIssue = FrontmatterIssue & IssuePlace;

/** Where an issue is in the YAML text. */
export interface IssuePlace {
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
export type FrontmatterIssueCode = FrontmatterIssueData['code'];
