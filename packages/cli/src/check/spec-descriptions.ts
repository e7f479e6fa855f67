import type { DescriptionFile, DescriptionIndexStore } from '@specmark/api-description/node';
import type { ApiDescriptions } from '@specmark/remark-preset-lint';

/** The API descriptions one spec's rules read, and the files they were read from. */
export interface SpecDescriptions {
  /** What the rules are handed (`RuleInputs.apiDescriptions`). */
  inputs: ApiDescriptions;
  /**
   * The files every description read for the spec was read from, or `null` when one could not
   * be found at all (a package that is not installed): a result that depends on what is installed
   * is not kept.
   */
  reads(): DescriptionFile[] | null;
}

/**
 * The provider API descriptions of one spec, read with `loadDescription` (relative to the spec, or
 * from a package; once per process; indexes kept in `store` across runs), recording what was read.
 * `@specmark/api-description/node` is loaded on the first description asked for.
 *
 * @param spec The spec file's absolute path.
 * @param store Where indexes are kept across runs (default: none).
 * @returns The inputs and the record.
 */
export function specDescriptions(spec: string, store?: DescriptionIndexStore): SpecDescriptions {
  const files = new Map<string, DescriptionFile>();
  let unfound = false;
  return {
    inputs: {
      async index(reference) {
        const { loadDescription } = await import('@specmark/api-description/node');
        const loaded = await loadDescription(reference, {
          from: spec,
          ...(store === undefined ? {} : { store }),
          onRead(read) {
            if (read.length === 0) unfound = true;
            for (const file of read) files.set(file.path, file);
          },
        });
        return loaded.ok ? { ok: true, value: loaded.value.index } : loaded;
      },
    },
    reads: () => (unfound ? null : [...files.values()]),
  };
}
