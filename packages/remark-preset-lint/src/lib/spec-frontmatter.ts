import type { Root, Yaml } from 'mdast';
import type { VFile } from 'vfile';
import { isMap, isScalar, parseDocument, type Node as YamlNode, type Pair } from 'yaml';

/** A key of the frontmatter, with where its value is. */
export interface FrontmatterEntry {
  /** The value, as plain data. */
  value: unknown;
  /** Offsets of the value (or of the key, when the value is empty) in the YAML text. */
  range: [number, number];
}

/** What the rules need from a spec's frontmatter, read leniently. */
export interface SpecFrontmatter {
  /** The frontmatter node (`undefined` when the file has none). */
  node: Yaml | undefined;
  /** Offset in the file where the YAML text starts (the line after the opening `---`). */
  yamlOffset: number;
  /** Whether the YAML parsed into a mapping. */
  valid: boolean;
  /** The `template` key. */
  template?: FrontmatterEntry;
  /** The `templateVersion` key. */
  templateVersion?: FrontmatterEntry;
  /** The `status` key. */
  status?: FrontmatterEntry;
}

const cache = new WeakMap<Root, SpecFrontmatter>();

/**
 * Read the keys the rules depend on (`template`, `templateVersion`, `status`) from a spec's YAML
 * frontmatter. Never throws: broken YAML gives `valid: false` (`frontmatter-schema` reports it).
 *
 * @param tree The spec's syntax tree.
 * @param file The spec file.
 * @returns The keys found, with their places; cached per tree.
 */
export function readSpecFrontmatter(tree: Root, file: VFile): SpecFrontmatter {
  let result = cache.get(tree);
  if (!result) {
    result = read(tree, String(file.value ?? ''));
    cache.set(tree, result);
  }
  return result;
}

function read(tree: Root, source: string): SpecFrontmatter {
  const first = tree.children[0];
  const node = first?.type === 'yaml' ? first : undefined;
  const start = node?.position?.start.offset;
  // The YAML starts on the line after the opening `---`.
  const yamlOffset = start === undefined ? 0 : source.indexOf('\n', start) + 1;
  const result: SpecFrontmatter = { node, yamlOffset, valid: false };
  if (!node) return result;
  try {
    const document = parseDocument(node.value, { uniqueKeys: false, prettyErrors: false });
    const root = document.contents;
    if (document.errors.length > 0 || !isMap(root)) return result;
    result.valid = true;
    for (const pair of root.items as Pair<unknown, unknown>[]) {
      if (!isScalar(pair.key)) continue;
      const key = pair.key.value;
      if (key !== 'template' && key !== 'templateVersion' && key !== 'status') continue;
      const valueNode = pair.value as YamlNode | null;
      const keyNode = pair.key as YamlNode;
      const range = (valueNode?.range ?? keyNode.range) as [number, number, number] | undefined;
      // Only scalars matter here; reading just them never expands aliases.
      result[key] = { value: isScalar(valueNode) ? valueNode.value : null, range: range ? [range[0], range[1]] : [0, 0] };
    }
  } catch {
    result.valid = false;
  }
  return result;
}
