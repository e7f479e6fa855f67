import { resolve } from 'node:path';
import type { ApiIndex, DescriptionResult } from '@specmark/api-description';
import { loadDescription, locateDescription, type DescriptionIndexStore } from '@specmark/api-description/node';
import type { VFile } from 'vfile';
import { ruleInputs, type ApiDescriptions } from './rule-inputs.ts';

/** A description a spec's result depends on (`file.data.specmarkDescriptionsRead`). */
export interface DescriptionRead {
  /** The description's file, absolute; the reference as written when it could not be found (a package not installed). */
  path: string;
  /** The SHA-256 of its bytes (hex); `null` when it could not be read: a result that depends on it is not to be reused. */
  hash: string | null;
}

declare module 'vfile' {
  interface DataMap {
    /**
     * The provider API descriptions the rules read for this spec, once each: its result depends on
     * them (a cache keeps it only while each has the same hash).
     */
    specmarkDescriptionsRead: DescriptionRead[];
  }
}

/** Options of {@link apiDescriptionInputs}. */
export interface ApiDescriptionInputsOptions {
  /** Keeps description indexes across runs by content hash (default: none; each process reads a description once). */
  store?: DescriptionIndexStore;
}

/**
 * A unified plugin that hands the rules the provider API descriptions a spec's `api.description`
 * may name (`RuleInputs.apiDescriptions`): a path relative to the spec or a package path found in
 * `node_modules`, read with `loadDescription` of `@specmark/api-description/node` only when a
 * rule asks, once per spec. A file without a path gets `null`: the rules that need one say
 * nothing. An input the caller already gave is kept. Each description read is recorded in
 * `file.data.specmarkDescriptionsRead`.
 *
 * @param options Where indexes are kept across runs (default: `{}`).
 * @returns The transformer.
 */
export function apiDescriptionInputs(options: ApiDescriptionInputsOptions = {}): (tree: unknown, file: VFile) => undefined {
  const { store } = options;
  return (_tree, file) => {
    const inputs = ruleInputs(file);
    if (inputs.apiDescriptions === undefined) inputs.apiDescriptions = file.path ? descriptionsOf(file, resolve(file.cwd, file.path), store) : null;
    return undefined;
  };
}

/** The descriptions a spec at a path may name, each read once and recorded on the file. */
function descriptionsOf(file: VFile, from: string, store: DescriptionIndexStore | undefined): ApiDescriptions {
  const reading = new Map<string, Promise<DescriptionResult<ApiIndex>>>();
  const record = (read: DescriptionRead): void => {
    const list = (file.data.specmarkDescriptionsRead ??= []);
    if (!list.some((each) => each.path === read.path)) list.push(read);
  };
  const load = async (reference: string): Promise<DescriptionResult<ApiIndex>> => {
    const loaded = await loadDescription(reference, store ? { from, store } : { from });
    if (loaded.ok) {
      record({ path: loaded.value.path, hash: loaded.value.hash });
      return { ok: true, value: loaded.value.index };
    }
    const located = locateDescription(reference, from);
    record({ path: located.ok ? located.value : reference, hash: null });
    return loaded;
  };
  return {
    index(reference) {
      let known = reading.get(reference);
      if (!known) {
        known = load(reference);
        reading.set(reference, known);
      }
      return known;
    },
  };
}
