import { resolve } from 'node:path';
import type { ApiIndex, DescriptionResult } from '@specmark/api-description';
import { loadDescription, type DescriptionFile, type DescriptionIndexStore } from '@specmark/api-description/node';
import type { VFile } from 'vfile';
import { ruleInputs, type ApiDescriptions } from '../rules/rule-inputs.ts';

declare module 'vfile' {
  interface DataMap {
    /**
     * The files of the provider API descriptions the rules read for this spec (each entry file
     * first, then the files its `$ref`s name; a file that could not be read has `hash: null`): its
     * result depends on them. `null` when a description could not be located at all (a package that
     * is not installed): the result depends on what is installed.
     */
    specmarkDescriptionsRead: DescriptionFile[] | null;
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
 * nothing. An input the caller already gave is kept. The files each description was read from are
 * recorded in `file.data.specmarkDescriptionsRead` (a cache keeps a result only while they hold the same).
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

/** The descriptions a spec at a path may name, each read once, with the files read recorded on the file. */
function descriptionsOf(file: VFile, from: string, store: DescriptionIndexStore | undefined): ApiDescriptions {
  const reading = new Map<string, Promise<DescriptionResult<ApiIndex>>>();
  const onRead = (files: readonly DescriptionFile[]): void => {
    if (files.length === 0) file.data.specmarkDescriptionsRead = null;
    if (file.data.specmarkDescriptionsRead === null) return;
    const list = (file.data.specmarkDescriptionsRead ??= []);
    for (const read of files) if (!list.some((each) => each.path === read.path)) list.push(read);
  };
  const load = async (reference: string): Promise<DescriptionResult<ApiIndex>> => {
    const loaded = await loadDescription(reference, store ? { from, store, onRead } : { from, onRead });
    return loaded.ok ? { ok: true, value: loaded.value.index } : loaded;
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
