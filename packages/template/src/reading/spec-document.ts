import type { Root } from 'mdast';
import type { SpecFormat } from './answers.ts';
import { lineIndex } from '../markdown/line-index.ts';
import type { Point } from '../template/model.ts';
import { normalizeSource } from '../markdown/normalize-source.ts';
import { parseMarkdown } from '../markdown/parse-markdown.ts';
import { readSpecFrontmatter, type SpecFrontmatter } from './spec-frontmatter.ts';

/** A spec file, normalised and parsed once: what every reading of it starts from. */
export interface SpecDocument {
  /** The text as given (a BOM, CRLF or lone CR line endings kept). */
  original: string;
  /** The text without BOM, with `\n` line endings; every offset of the document counts in it. */
  text: string;
  /** The original's line ending (its first one) and BOM. */
  format: Required<SpecFormat>;
  /** The original's first line ending, a lone `\r` included (a repair takes the ending of the lines around it). */
  eol: '\n' | '\r\n' | '\r';
  /**
   * Map an offset in `text` to the offset of the same character in `original`.
   *
   * @param offset 0-based offset in `text`.
   * @returns The offset in `original`.
   */
  toOriginal(offset: number): number;
  /**
   * The line and column of an offset in `text`; they are the same in `original` (columns count
   * from after a BOM, as Markdown parsers and editors count them).
   *
   * @param offset 0-based offset in `text`.
   * @returns The point (its `offset` counts in `text`).
   */
  pointAt(offset: number): Point;
  /** The syntax tree of `text` (remark with frontmatter and GFM). */
  tree: Root;
  /** The frontmatter, read. */
  frontmatter: SpecFrontmatter;
}

/** Options of {@link readSpecDocument}. */
export interface ReadSpecDocumentOptions {
  /**
   * The tree a Markdown processor already parsed from `original` (remark-parse and remark-gfm,
   * remark-frontmatter for YAML, or a parser that yields the same tree). It is reused when its
   * offsets are those of the normalised text: always, unless the original has `\r` line endings, in
   * which case the normalised text is parsed again. The document read with a tree is kept for that
   * tree: every tool handed the same tree and text gets the same document, read once (default:
   * parse the text).
   */
  tree?: Root;
}

/** The documents read with a processor's tree, by that tree. */
const byTree = new WeakMap<Root, SpecDocument>();

/**
 * Read a spec file once: remove a byte order mark and normalise line endings (keeping a map back to
 * the original bytes), parse it, and read its frontmatter. Every tool reads a spec through this;
 * with a processor's tree, the document is read once per tree (the lint rules, their message
 * filters and the editor's form targets share it).
 *
 * @param original The spec as read from a file or an editor.
 * @param options A tree already parsed from `original` (default: `{}`).
 * @returns The document.
 */
export function readSpecDocument(original: string, options: ReadSpecDocumentOptions = {}): SpecDocument {
  const given = options.tree;
  const known = given && byTree.get(given);
  if (known?.original === original) return known;
  const document = read(original, given);
  if (given) byTree.set(given, document);
  return document;
}

/** Read a spec, reusing a processor's tree when its offsets allow. */
function read(original: string, given: Root | undefined): SpecDocument {
  const { text, format, eol, toOriginal } = normalizeSource(original);
  const tree = given && !original.includes('\r') ? given : parseMarkdown(text);
  let index: ((offset: number) => Point) | undefined;
  return {
    original,
    text,
    format,
    eol,
    toOriginal,
    pointAt(offset) {
      index ??= lineIndex(text);
      return index(offset);
    },
    tree,
    frontmatter: readSpecFrontmatter(text, tree),
  };
}
