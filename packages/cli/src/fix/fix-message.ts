import type { SpecFix } from './spec-fix.ts';

/**
 * Word a fix for a person. Every fix's wording lives here.
 *
 * @param fix The fix, as data.
 * @returns A short phrase (`added section \`Coding agent context\``).
 */
export function fixMessage(fix: SpecFix): string {
  switch (fix.code) {
    case 'section-added':
      return `added section \`${fix.params.section}\``;
    case 'field-added':
      return `added field \`${fix.params.field}\``;
    case 'item-restored':
      return `restored \`${fix.params.field}\` item \`${fix.params.item}\``;
    case 'version-bumped':
      return `raised templateVersion from ${fix.params.from} to ${fix.params.to}`;
  }
}
