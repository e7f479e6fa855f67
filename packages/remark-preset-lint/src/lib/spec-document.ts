import { readSpecDocument, type SpecDocument } from '@specmark/template';
import type { Root } from 'mdast';
import type { VFile } from 'vfile';

const documents = new WeakMap<Root, SpecDocument>();

/**
 * The spec being linted, read once per file and shared by every rule: its text normalised (BOM,
 * line endings), the processor's tree reused where its offsets allow, its frontmatter read.
 *
 * @param tree The tree the processor parsed.
 * @param file The file.
 * @returns The spec's document; cached per tree.
 */
export function specDocument(tree: Root, file: VFile): SpecDocument {
  let document = documents.get(tree);
  if (!document) {
    document = readSpecDocument(String(file), { tree });
    documents.set(tree, document);
  }
  return document;
}
