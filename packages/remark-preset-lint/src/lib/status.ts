import { specStatuses } from '@specmark/schema';

/**
 * Whether a spec's `status` has reached a stage of the lifecycle.
 *
 * @param status The frontmatter `status` value.
 * @param stage The stage (`approved`).
 * @returns `true` when the status is that stage or a later one; `false` for unknown values.
 */
export function statusAtLeast(status: unknown, stage: (typeof specStatuses)[number]): boolean {
  const index = specStatuses.indexOf(status as (typeof specStatuses)[number]);
  return index !== -1 && index >= specStatuses.indexOf(stage);
}
