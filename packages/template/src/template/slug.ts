import { matchKey } from '../reading/match-key.ts';

/**
 * Make the stable id of a section or field from its heading text: the words {@link matchKey}
 * compares, joined by `-`, so two titles that match have the same slug.
 *
 * @param title Heading text (`Who this is for`).
 * @returns Lower-case words joined by `-` (`who-this-is-for`).
 */
export function slugify(title: string): string {
  return matchKey(title).replaceAll(' ', '-');
}
