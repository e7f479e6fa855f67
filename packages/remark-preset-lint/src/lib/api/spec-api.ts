import { findOperation, type ApiIndex, type DescriptionResult, type FoundOperation } from '@specmark/api-description';
import type { SpecDocument } from '@specmark/template';
import type { VFile } from 'vfile';
import { apiFrontmatter, type ApiFrontmatter } from './api-frontmatter.ts';
import { ruleInputs } from '../rules/rule-inputs.ts';

/** The spec's `api` key and what reading the description it names gave. */
export interface SpecApi {
  /** The `api` key, with places. */
  api: ApiFrontmatter;
  /** The description's index, or why it cannot be read. */
  result: DescriptionResult<ApiIndex>;
}

/**
 * The spec's `api` key and the index of the description it names, from the rule inputs
 * (`RuleInputs.apiDescriptions`). A caller's reader that fails is a problem like any other, never
 * a crash.
 *
 * @param file The spec file.
 * @param document The spec.
 * @returns Both, or `undefined` when descriptions were not looked for or are not available, or the
 *   spec names none: the rules then say nothing.
 */
export async function specApi(file: VFile, document: SpecDocument): Promise<SpecApi | undefined> {
  const descriptions = ruleInputs(file).apiDescriptions;
  if (!descriptions) return undefined;
  const api = apiFrontmatter(document);
  if (!api) return undefined;
  let result: DescriptionResult<ApiIndex>;
  try {
    result = await descriptions.index(api.description);
  } catch (error) {
    const reason = error instanceof Error ? error.message.split('\n')[0]! : 'unknown error';
    result = { ok: false, problem: { message: `Unexpected failure reading the description (${reason}), expected an OpenAPI or Swagger description` } };
  }
  return { api, result };
}

/** Operations looked up per index: each rule asks about the same entries. */
const lookups = new WeakMap<ApiIndex, Map<string, FoundOperation>>();

/**
 * An entry of `api.operations` in the description's index (`findOperation`), looked up once per
 * index and entry for every rule.
 *
 * @param index The description's index.
 * @param written The entry as written.
 * @returns The operation, or the nearest ones.
 */
export function operationIn(index: ApiIndex, written: string): FoundOperation {
  let known = lookups.get(index);
  if (!known) {
    known = new Map();
    lookups.set(index, known);
  }
  let found = known.get(written);
  if (!found) {
    found = findOperation(index, written);
    known.set(written, found);
  }
  return found;
}
