import type { ApiIndex } from '@specmark/api-description';
import type { ApiDescriptions } from '@specmark/remark-preset-lint';

/**
 * The index of the description opened in the editor, as it travels to the lint worker: the
 * file's name and the index as UTF-8 JSON bytes. Bytes, not objects, so that the page holds one
 * buffer however many operations the description has, and copying it to a restarted lint worker
 * is a copy of memory, not of thousands of objects.
 */
export interface OpenedIndex {
  /** The opened file's name (`api.github.com.json`). */
  name: string;
  /** The index (`ApiIndex`) as UTF-8 JSON. */
  bytes: ArrayBuffer;
}

/**
 * The index as bytes (see {@link OpenedIndex}).
 *
 * @param index The description's index.
 * @returns Its UTF-8 JSON.
 */
export function indexBytes(index: ApiIndex): ArrayBuffer {
  return new TextEncoder().encode(JSON.stringify(index)).buffer as ArrayBuffer;
}

/** The opened description as the lint reads it: its file name, and its index read on first use. */
export interface OpenedDescriptionIndex {
  /** The opened file's name. */
  name: string;
  /** The index: read from the bytes on the first call, the same object on every later one. */
  index: () => ApiIndex;
}

/**
 * The opened description as the lint reads it: its index is read from the bytes only when a spec
 * names the file, and once.
 *
 * @param opened The file's name and the index's bytes (what {@link indexBytes} made).
 * @returns The name, and the index on demand.
 */
export function readOpenedIndex(opened: OpenedIndex): OpenedDescriptionIndex {
  let index: ApiIndex | undefined;
  return { name: opened.name, index: () => (index ??= JSON.parse(new TextDecoder().decode(opened.bytes)) as ApiIndex) };
}

/**
 * Whether a spec's `api.description` names the file opened in the editor. The editor has the
 * file, not where it lives beside the spec, so it goes by the name: the last part of the
 * reference (after its last `/` or `\`), spaces around it aside, is the opened file's name
 * exactly, case included. `./vendor/api.github.com.json`, `api.github.com.json` and
 * `@octokit/openapi/generated/api.github.com.json` all name an opened `api.github.com.json`.
 *
 * @param reference The spec's `api.description`, as written.
 * @param name The opened file's name.
 * @returns Whether the reference names it.
 */
export function namesOpenedFile(reference: string, name: string): boolean {
  const base = reference.trim().split(/[/\\]/).at(-1);
  return base !== undefined && base !== '' && base === name;
}

/**
 * What the editor's lint hands the rules for reading provider API descriptions
 * (`RuleInputs.apiDescriptions`): the opened description when the spec's `api.description` names
 * it (see {@link namesOpenedFile}), else `null`, so that the rules say nothing about a description
 * the editor cannot read rather than report it unreadable.
 *
 * @param frontmatter The spec's frontmatter, read (`SpecDocument.frontmatter.data`).
 * @param opened The opened file's name and its index, read on first use (default: none opened).
 * @returns The descriptions to hand the rules, or `null`.
 */
export function editorDescriptions(frontmatter: unknown, opened: OpenedDescriptionIndex | undefined): ApiDescriptions | null {
  if (!opened || typeof frontmatter !== 'object' || frontmatter === null) return null;
  const api: unknown = (frontmatter as { api?: unknown }).api;
  const reference: unknown = typeof api === 'object' && api !== null ? (api as { description?: unknown }).description : undefined;
  if (typeof reference !== 'string' || !namesOpenedFile(reference, opened.name)) return null;
  return { index: async () => ({ ok: true, value: opened.index() }) };
}
