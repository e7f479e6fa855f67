import { readSpecDocument, type SpecDocument } from '@specmark/template';
import type { Root } from 'mdast';
import type { VFile } from 'vfile';

/**
 * The spec being linted, read once per file and shared by every rule: its text normalised (BOM,
 * line endings), the processor's tree reused where its offsets allow, its frontmatter read.
 *
 * @param tree The tree the processor parsed.
 * @param file The file.
 * @returns The spec's document; the same for every call with this tree (`readSpecDocument` keeps it).
 */
export function specDocument(tree: Root, file: VFile): SpecDocument {
  return readSpecDocument(String(file), { tree });
}
