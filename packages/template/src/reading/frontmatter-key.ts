import { isAlias, isMap, isScalar, type Node as YamlNode } from 'yaml';
import type { YamlReading } from '../markdown/read-yaml.ts';

/**
 * A top-level key of a frontmatter, as the YAML reader reads it: the first key whose value is the
 * string `name`, however it is spelled (quoted, escaped, tagged, explicit `?`, an alias of an
 * anchored scalar, in a flow or block mapping). Read also from YAML with errors when it still
 * parses as a mapping, so that a spec with a slip elsewhere still names its template.
 *
 * @param yaml The frontmatter, read with `readYaml` (`undefined`: no frontmatter).
 * @param name The key (`template`).
 * @returns The key's value (a scalar's value, `null` for any other node), or `undefined` when
 *   there is no such key.
 */
export function frontmatterKey(yaml: YamlReading | undefined, name: string): { value: unknown } | undefined {
  const document = yaml?.document;
  const root = document?.contents;
  if (!document || !isMap(root)) return undefined;
  const scalar = (node: unknown): YamlNode | undefined => {
    // An alias stands for the node its anchor names: resolving it never expands a collection.
    const target = isAlias(node) ? node.resolve(document) : node;
    return isScalar(target) ? target : undefined;
  };
  for (const pair of root.items) {
    const key = scalar(pair.key);
    if (!isScalar(key) || key.value !== name) continue;
    const value = scalar(pair.value);
    return { value: isScalar(value) ? value.value : null };
  }
  return undefined;
}
