import type { Repair } from '@specmark/template';

/**
 * Word a repair for a person. Every repair's wording on the command line lives here.
 *
 * @param fix The repair, as data.
 * @returns A short phrase (`added section \`Coding agent context\``).
 */
export function fixMessage(fix: Repair): string {
  const { params } = fix;
  switch (fix.code) {
    case 'frontmatter-added':
      return `added frontmatter naming template \`${params.template}\``;
    case 'title-added':
      return 'added the title';
    case 'section-added':
      return `added section \`${params.section}\``;
    case 'field-added':
      return `added field \`${params.field}\``;
    case 'heading-level':
      return `moved ${params.kind} \`${params.title}\` from heading level ${params.from} to ${params.to}`;
    case 'item-restored':
      return `restored \`${params.field}\` ${Number(params.count ?? 1) > 1 ? 'items' : 'item'} \`${params.item}\``;
    case 'question-restored':
      return `restored \`${params.field}\` ${Number(params.count ?? 1) > 1 ? 'questions' : 'question'} \`${params.item}\``;
    case 'version-bumped':
      return `raised templateVersion from ${params.from} to ${params.to}`;
  }
}
