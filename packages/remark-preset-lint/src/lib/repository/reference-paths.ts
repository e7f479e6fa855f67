import type { SpecDocument } from '@specmark/template';
import type { Nodes, RootContent } from 'mdast';

/** A repository path a spec names. */
export interface PathReference {
  /** The path as written, without a `#fragment`, `?query` or `:line` suffix. */
  path: string;
  /** Offset of its first character in the spec's normalised text. */
  start: number;
  /** Offset just past it. */
  end: number;
}

/** A run of characters that may be a path in prose. */
const proseToken = /[^\s`'"“”‘’()<>[\]{},;|*]+/g;
/** One segment of a path: letters, digits and the few marks file names use. */
const segment = /^[\w@+.-]+$/u;
/** A file name with an extension (`retry.ts`, `.env.example`). */
const withExtension = /^[\w@+-]*(?:\.[\w@+-]+)*\.(?=[A-Za-z0-9]*[A-Za-z])[A-Za-z0-9]{1,10}$/;
/** A line or range after a path, the whole tail from its `:` or `#`: `:12`, `:12:3`, `#L10-L20`. */
const lineSuffix = /^(?::\d+(?:[:-]\d+)*|#L\d+(?:-L?\d+)?)$/;

/** A token without the line or range after its path (`retry.ts:12` → `retry.ts`), in linear time. */
function withoutLineSuffix(token: string): string {
  const hash = token.lastIndexOf('#');
  if (hash !== -1 && lineSuffix.test(token.slice(hash))) return token.slice(0, hash);
  let start = token.length;
  while (start > 0 && /[\d:-]/.test(token[start - 1]!)) start--;
  const colon = token.indexOf(':', start);
  return colon !== -1 && lineSuffix.test(token.slice(colon)) ? token.slice(0, colon) : token;
}

/** A text without the given characters at its end. */
function trimEndOf(text: string, characters: string): string {
  let end = text.length;
  while (end > 0 && characters.includes(text[end - 1]!)) end--;
  return text.slice(0, end);
}

/**
 * The repository paths in blocks of a spec: a code span or a relative link target that is a path,
 * and, in prose, a token that can only be a path. A path has a `/`, and ends with a file name
 * with an extension (`lib/retry.ts`) or with `/` for a folder (`pipelines/hubspot/`); in prose, its
 * folders start in lower case, so that `React/Next.js` is not taken for one. URLs, globs, API
 * routes (`/v1/charges`), media types and fenced code are not paths.
 *
 * @param document The spec.
 * @param blocks Blocks of a field's body.
 * @returns The references, in document order.
 */
export function referencePaths(document: SpecDocument, blocks: readonly RootContent[]): PathReference[] {
  const found: PathReference[] = [];
  const visit = (node: Nodes): void => {
    const start = node.position?.start.offset;
    const end = node.position?.end.offset;
    if (node.type === 'code' || node.type === 'html' || start === undefined || end === undefined) return;
    if (node.type === 'inlineCode') {
      const source = document.text.slice(start, end);
      const inner = source.indexOf(node.value);
      const path = pathIn(node.value.trim(), false);
      if (path !== undefined && inner !== -1) {
        const at = start + inner + node.value.indexOf(path);
        found.push({ path, start: at, end: at + path.length });
      }
      return;
    }
    if (node.type === 'link') {
      const path = /^[a-z][a-z0-9+.-]*:|^\/\/|^#/i.test(node.url) ? undefined : pathIn(decode(node.url.replace(/[?#].*$/s, '')), false);
      if (path !== undefined) found.push({ path, start, end });
      return;
    }
    if (node.type === 'text') {
      const source = document.text.slice(start, end);
      // Only a token with a `/` can be a path.
      if (!source.includes('/')) return;
      for (const match of source.matchAll(proseToken)) {
        if (!match[0].includes('/')) continue;
        const token = trimEndOf(match[0], '.:!?');
        const path = pathIn(token, true);
        if (path !== undefined && token.startsWith(path)) found.push({ path, start: start + match.index, end: start + match.index + path.length });
      }
      return;
    }
    if ('children' in node) for (const child of node.children) visit(child as Nodes);
  };
  for (const block of blocks) visit(block);
  return found;
}

/** The path a token is, without its line suffix, or `undefined`. */
function pathIn(token: string, prose: boolean): string | undefined {
  const path = withoutLineSuffix(token);
  if (!path.includes('/') || path.includes('//') || /\s/.test(path)) return undefined;
  const folder = path.endsWith('/');
  const parts = path.replace(/^\//, '').replace(/\/$/, '').split('/');
  if (parts.length < (folder || /^\.{0,2}\//.test(path) ? 1 : 2) || parts.some((part) => !segment.test(part))) return undefined;
  const name = parts.at(-1)!;
  if (!folder && !withExtension.test(name)) return undefined;
  const named = parts.filter((part) => part !== '.' && part !== '..');
  if (named.length === 0 || !/[a-z]/i.test(path)) return undefined;
  if (prose && (folder ? named.length < 2 : false)) return undefined;
  if (prose && (folder ? named : named.slice(0, -1)).some((part) => /^[A-Z]/.test(part))) return undefined;
  return path;
}

/** A link target with its percent escapes decoded (unchanged when they are not valid). */
function decode(url: string): string {
  try {
    return decodeURI(url);
  } catch {
    return url;
  }
}
