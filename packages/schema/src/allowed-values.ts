/**
 * The allowed values of the frontmatter keys that take one of a fixed set. These lists are the
 * single source of the values: the schema, the JSON Schema, the messages and the docs read them.
 */

/** A spec's lifecycle stages, in order: a spec moves from `draft` towards `deprecated`. */
export const specStatuses = ['draft', 'review', 'approved', 'implemented', 'deprecated'] as const;

/** A spec's lifecycle stage (`draft`). */
export type SpecStatus = (typeof specStatuses)[number];

/**
 * Whether a spec's `status` has reached a stage of the lifecycle.
 *
 * @param status The frontmatter `status` value.
 * @param stage The stage (`approved`).
 * @returns `true` when the status is that stage or a later one; `false` for unknown values.
 */
export function statusAtLeast(status: unknown, stage: SpecStatus): boolean {
  const index = specStatuses.indexOf(status as SpecStatus);
  return index !== -1 && index >= specStatuses.indexOf(stage);
}

/** The environments an integration can cover. */
export const environments = ['sandbox', 'staging', 'production'] as const;

/** An environment an integration covers (`production`). */
export type Environment = (typeof environments)[number];

/** How an integration authenticates with the API it calls. */
export const authMethods = ['oauth2', 'api-key', 'bearer', 'basic', 'mtls', 'hmac', 'none'] as const;

/** How an integration authenticates (`oauth2`). */
export type AuthMethod = (typeof authMethods)[number];

/** The periods a rate limit is counted over. */
export const rateLimitPeriods = ['second', 'minute', 'hour', 'day'] as const;

/** The period a rate limit is counted over (`minute`). */
export type RateLimitPeriod = (typeof rateLimitPeriods)[number];
