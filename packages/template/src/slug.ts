/**
 * Make the stable id of a section or field from its heading text.
 *
 * @param title Heading text (`Who this is for`).
 * @returns Lower-case words joined by `-` (`who-this-is-for`).
 */
export function slugify(title: string): string {
  return title
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}
