import { sectionsToFollow } from './choose-template.ts';
import { frontmatterSlice, unclosedFrontmatterHead } from '../markdown/frontmatter-slice.ts';
import { matchKey } from './match-key.ts';
import type { Template } from '../template/model.ts';

/**
 * A quick look that never skips a spec: `false` only when `chooseTemplate` is sure to call the file
 * no spec, without parsing its Markdown or its YAML, so that tools choosing files from a folder skip
 * other Markdown cheaply and read the rest fully. A frontmatter can only have a `template` key when
 * its text (found as the Markdown parser finds it) holds the word `template`, or a `\` that could
 * escape it in a double-quoted key; headings can only follow a template when the file's text holds
 * the section titles the template needs (every heading's text is part of the file's text, and
 * {@link matchKey} reads both alike).
 *
 * @param original The file's text as read (BOM and any line endings allowed).
 * @param templates The known templates.
 * @returns `false` when the file is not a spec; `true` when only the whole reading can tell.
 */
export function mayBeSpec(original: string, templates: readonly Template[]): boolean {
  const withoutBom = original.charCodeAt(0) === 0xfeff ? original.slice(1) : original;
  const text = withoutBom.includes('\r') ? withoutBom.replace(/\r\n?/g, '\n') : withoutBom;
  const yaml = frontmatterSlice(text) ?? unclosedFrontmatterHead(text);
  if (yaml !== undefined && (yaml.includes('template') || yaml.includes('\\'))) return true;
  const words = ` ${matchKey(text)} `;
  return templates.some((template) => {
    const needed = sectionsToFollow(template);
    if (needed === 0) return false;
    // A title without letters or digits has an empty key, which any heading of the same kind matches.
    const present = template.sections.filter((section) => {
      const key = matchKey(section.title);
      return key === '' || words.includes(` ${key} `);
    });
    return present.length >= needed;
  });
}
