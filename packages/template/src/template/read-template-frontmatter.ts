import type { Yaml } from 'mdast';
import { isMap, isScalar, type Node as YamlNode } from 'yaml';
import type { Point } from './model.ts';
import { pointAt } from '../markdown/point-at.ts';
import { readYaml } from '../markdown/read-yaml.ts';
import type { TemplateProblem } from './template-problem.ts';

/** What a template's frontmatter says about the template. */
export interface TemplateFrontmatter {
  id: string;
  version: number;
  title: string;
  summary: string;
  useFor: string[];
  fieldOptions: Map<string, { options: Record<string, unknown>; place: Point }>;
  changes: Record<number, string>;
}

const templateId = /^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$/;

/**
 * Read and check the frontmatter of a template.
 *
 * @param source The template's Markdown (normalised).
 * @param node The frontmatter node, if the template has one.
 * @param problems Receives every problem found.
 * @returns The template's description, or `undefined` when it is unusable.
 */
export function readTemplateFrontmatter(
  source: string,
  node: Yaml | undefined,
  problems: TemplateProblem[],
): TemplateFrontmatter | undefined {
  if (!node) {
    problems.push({ code: 'frontmatter-missing', params: {}, place: pointAt(source, 0) });
    return undefined;
  }
  const base = source.indexOf('\n', node.position?.start.offset ?? 0) + 1;
  const place = (yamlNode: YamlNode | null | undefined): Point => pointAt(source, base + (yamlNode?.range?.[0] ?? 0));
  const yaml = readYaml(node.value);
  const { problem, document } = yaml;
  if (problem || !document) {
    const at = problem?.code === 'syntax' ? problem.error.pos[0] : problem?.code === 'too-deep' ? problem.offset : 0;
    const reason =
      problem?.code === 'syntax'
        ? (problem.error.message.split('\n')[0] ?? problem.error.code)
        : problem?.code === 'too-large'
          ? `longer than ${problem.limit} characters`
          : problem?.code === 'too-deep'
            ? `nested deeper than ${problem.limit} levels`
            : (problem?.reason ?? 'unreadable YAML');
    problems.push({ code: 'frontmatter-yaml', params: { reason }, place: pointAt(source, base + at) });
    return undefined;
  }
  const root = document.contents;
  if (!isMap(root)) {
    problems.push({ code: 'frontmatter-yaml', params: { reason: 'not a mapping' }, place: place(root) });
    return undefined;
  }
  const before = problems.length;
  const value = (key: string): { value: unknown; node: YamlNode | null } => {
    const pair = root.items.find((item) => isScalar(item.key) && item.key.value === key);
    const valueNode = (pair?.value ?? null) as YamlNode | null;
    return { value: valueNode ? valueNode.toJSON() : undefined, node: (valueNode ?? pair?.key ?? root) as YamlNode };
  };
  const wrong = (key: string, actual: unknown, expected: string, at: YamlNode | null): void => {
    problems.push({
      code: 'frontmatter-value',
      params: { key, actual: actual === undefined ? 'missing value' : '`' + JSON.stringify(actual) + '`', expected },
      place: place(at),
    });
  };

  const id = value('id');
  if (typeof id.value !== 'string' || !templateId.test(id.value)) wrong('id', id.value, 'a kebab-case id such as `api-integration`', id.node);
  const version = value('version');
  // A version past the safe integers is not a whole number any more: it would be written `1e+308`.
  if (!Number.isSafeInteger(version.value) || (version.value as number) < 1) wrong('version', version.value, `a positive integer up to ${Number.MAX_SAFE_INTEGER}`, version.node);
  const title = value('title');
  if (typeof title.value !== 'string' || title.value.trim() === '') wrong('title', title.value, 'a non-empty string', title.node);
  const summary = value('summary');
  if (summary.value !== undefined && typeof summary.value !== 'string') wrong('summary', summary.value, 'a string', summary.node);
  const useFor = value('useFor');
  if (useFor.value !== undefined && !(Array.isArray(useFor.value) && useFor.value.every((item) => typeof item === 'string'))) {
    wrong('useFor', useFor.value, 'a list of strings', useFor.node);
  }
  const changes = value('changes');
  const changesOk =
    changes.value === undefined ||
    (typeof changes.value === 'object' &&
      changes.value !== null &&
      !Array.isArray(changes.value) &&
      Object.entries(changes.value).every(([key, text]) => /^[1-9]\d*$/.test(key) && typeof text === 'string'));
  if (!changesOk) wrong('changes', changes.value, 'a mapping from version number to a description', changes.node);

  const fieldOptions = new Map<string, { options: Record<string, unknown>; place: Point }>();
  const fields = value('fields');
  const fieldsNode = fields.node;
  if (fields.value !== undefined) {
    if (!isMap(fieldsNode)) {
      wrong('fields', fields.value, 'a mapping from field slug to options', fieldsNode);
    } else {
      for (const pair of fieldsNode.items) {
        const slug = isScalar(pair.key) ? String(pair.key.value) : '';
        const options = (pair.value as YamlNode | null)?.toJSON() as unknown;
        if (typeof options !== 'object' || options === null || Array.isArray(options)) {
          wrong(`fields.${slug}`, options, 'a mapping of options', pair.value as YamlNode);
        } else {
          fieldOptions.set(slug, { options: options as Record<string, unknown>, place: place(pair.key as YamlNode) });
        }
      }
    }
  }
  if (problems.length > before) return undefined;
  return {
    id: id.value as string,
    version: version.value as number,
    title: title.value as string,
    summary: (summary.value as string | undefined) ?? '',
    useFor: (useFor.value as string[] | undefined) ?? [],
    fieldOptions,
    changes: Object.fromEntries(Object.entries((changes.value as Record<string, string> | undefined) ?? {}).map(([key, text]) => [Number(key), text])),
  };
}
