import { shownText } from '@specmark/schema/text';
import type { FixResult } from './fix-spec.ts';

/**
 * Say why `fix` left a spec alone (a template id it names is shown safely). Every such reason's
 * wording lives here.
 *
 * @param result A skipped result.
 * @returns A clause (`its frontmatter is not a YAML mapping`).
 */
export function skipReasonText(result: Extract<FixResult, { status: 'skipped' }>): string {
  switch (result.reason) {
    case 'frontmatter-invalid':
      return 'its frontmatter is not a YAML mapping';
    case 'frontmatter-unclosed':
      return 'no `---` line closes its frontmatter';
    case 'nesting-too-deep':
      return 'it nests block quotes or lists too deep to read';
    case 'block-too-long':
      return 'it runs too long without a blank line to read';
    case 'containers-too-many':
      return 'it ends too many lists and block quotes to read';
    case 'not-a-spec':
      return 'it is not a spec: its frontmatter names no known template and its headings follow none';
    case 'template-unknown':
      return `its frontmatter names ${result.template === undefined ? 'no template' : `unknown template \`${shownText(result.template)}\``}`;
  }
}
