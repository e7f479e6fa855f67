import { chooseTemplate, sectionsToFollow, type TemplateChoice } from './choose-template.ts';
import { frontmatterKey } from './frontmatter-key.ts';
import { frontmatterSlice } from './frontmatter-slice.ts';
import { matchKey } from './match-key.ts';
import type { Template } from './model.ts';
import { readYaml } from './read-yaml.ts';

/**
 * Decide what {@link chooseTemplate} decides about a file without parsing its Markdown, when a
 * quick look suffices: a frontmatter naming a known template is read with the one YAML reader on
 * the frontmatter's lines alone (found as the Markdown parser finds them), and a file is no spec
 * when its frontmatter does not name a template with a `templateVersion` and its text does not even
 * hold the section titles a followed template needs (every heading's text is part of the file's
 * text, and {@link matchKey} reads both alike). Anything else needs the whole reading.
 *
 * @param original The file's text as read (BOM and any line endings allowed).
 * @param templates The known templates, the configured one first.
 * @returns The choice, or `undefined` when only `chooseTemplate` on the parsed file can tell.
 */
export function sniffTemplateChoice(original: string, templates: readonly Template[]): TemplateChoice | undefined {
  const withoutBom = original.charCodeAt(0) === 0xfeff ? original.slice(1) : original;
  const text = withoutBom.includes('\r') ? withoutBom.replace(/\r\n?/g, '\n') : withoutBom;
  const yaml = frontmatterSlice(text);
  if (yaml !== undefined) {
    const read = readYaml(yaml);
    const id = frontmatterKey(read, 'template')?.value;
    const named = typeof id === 'string' ? templates.find((template) => template.id === id) : undefined;
    if (named) return { status: 'named', template: named };
    // An unknown template with a `templateVersion`: a spec, whatever its headings.
    if (typeof id === 'string' && frontmatterKey(read, 'templateVersion')) return undefined;
  }
  const words = ` ${matchKey(text)} `;
  const mayFollow = templates.some((template) => {
    const needed = sectionsToFollow(template);
    if (needed === 0) return false;
    // A title without letters or digits has an empty key, which any heading of the same kind matches.
    const present = template.sections.filter((section) => {
      const key = matchKey(section.title);
      return key === '' || words.includes(` ${key} `);
    });
    return present.length >= needed;
  });
  return mayFollow ? undefined : { status: 'none' };
}
