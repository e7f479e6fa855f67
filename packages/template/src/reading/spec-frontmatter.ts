import type { Root, Yaml } from 'mdast';
import { isMap, isScalar, type Node as YamlNode } from 'yaml';
import { readYaml, type YamlReading } from '../markdown/read-yaml.ts';

/** A top-level key of the frontmatter whose value is a scalar, with where its value is. */
export interface FrontmatterEntry {
  /** The value, as plain data (`null` for a value that is not a scalar). */
  value: unknown;
  /** Offsets of the value (or of the key, when the value is empty) in the spec's normalised text. */
  start: number;
  /** Offset just past it. */
  end: number;
}

/** A spec's frontmatter, read once. */
export interface SpecFrontmatter {
  /** The frontmatter node (`undefined` when the spec has none). */
  node: Yaml | undefined;
  /**
   * Whether the spec opens with a `---` line that starts no frontmatter, because no `---` line
   * closes it: broken frontmatter, which parsers read as a thematic break and text (and then read
   * some of what follows differently).
   */
  unclosed: boolean;
  /**
   * Whether the frontmatter says, for every tool alike, which template the spec follows: the spec
   * has none, or it is empty, or it is a YAML mapping whose only problem may be a duplicate key. A
   * `---` that never closes, YAML that cannot be read and YAML that is not a mapping are not
   * readable: the lint rules that need the template wait, the repair plan is empty and `specmark
   * fix` leaves the file alone, until a person mends the frontmatter (`frontmatter-schema` says where).
   */
  readable: boolean;
  /** Offset in the normalised text where the YAML starts (the line after the opening `---`). */
  offset: number;
  /** The YAML, read (absent without frontmatter). */
  yaml: YamlReading | undefined;
  /** The frontmatter as data, when it is a YAML mapping without problems. */
  data: Record<string, unknown> | undefined;
  /**
   * Top-level scalar keys with their places. Read also when the only problem is a duplicate key
   * (the first one counts), so that a spec with one slip still names its template and status.
   */
  entries: ReadonlyMap<string, FrontmatterEntry>;
}

/**
 * Read the frontmatter of a spec: the YAML of the tree's leading `yaml` node, read once with
 * {@link readYaml}, and its top-level keys with their places in the text.
 *
 * @param text The spec's normalised text.
 * @param tree The spec's syntax tree (parsed from `text`).
 * @returns The frontmatter.
 */
export function readSpecFrontmatter(text: string, tree: Root): SpecFrontmatter {
  const first = tree.children[0];
  const node = first?.type === 'yaml' ? first : undefined;
  const start = node?.position?.start.offset;
  const offset = start === undefined ? 0 : text.indexOf('\n', start) + 1;
  if (!node) {
    const unclosed = /^---[ \t]*\n/.test(text);
    return { node, unclosed, readable: !unclosed, offset, yaml: undefined, data: undefined, entries: new Map() };
  }
  const yaml = readYaml(node.value);
  const data = !yaml.problem && isRecord(yaml.data) ? yaml.data : undefined;
  const document = yaml.document;
  const root = document?.contents;
  const readable = document !== undefined && document.errors.every((error) => error.code === 'DUPLICATE_KEY') && (root === null || isMap(root));
  return { node, unclosed: false, readable, offset, yaml, data, entries: readable ? scalarEntries(yaml, offset) : new Map() };
}

/** The top-level scalar keys of a readable frontmatter's mapping. */
function scalarEntries(yaml: YamlReading, offset: number): Map<string, FrontmatterEntry> {
  const entries = new Map<string, FrontmatterEntry>();
  const root = yaml.document?.contents;
  if (!isMap(root)) return entries;
  for (const pair of root.items) {
    if (!isScalar(pair.key) || typeof pair.key.value !== 'string' || entries.has(pair.key.value)) continue;
    const value = pair.value as YamlNode | null;
    // Only scalars are read: reading them never expands an alias.
    const range = value?.range ?? (pair.key as YamlNode).range;
    entries.set(pair.key.value, { value: isScalar(value) ? value.value : null, start: offset + (range?.[0] ?? 0), end: offset + (range?.[1] ?? 0) });
  }
  return entries;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
