import { statusRequirements } from '@specmark/schema';

/**
 * The keys the frontmatter requires only from a status on, each with that status (`owner` →
 * `review`), read from `@specmark/schema`'s `statusRequirements`, the one source of those rules.
 *
 * @returns The keys and their statuses.
 */
export function requiredFromStatus(): Map<string, string> {
  return new Map(statusRequirements.map(({ key, status }) => [key, status]));
}
