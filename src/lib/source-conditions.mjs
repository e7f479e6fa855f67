// @ts-check

/** Export condition under which workspace packages expose their TypeScript sources. */
export const sourceCondition = '@specmark/source';

/**
 * A Vite plugin that resolves workspace packages to their TypeScript sources in every
 * environment (client, server, prerender, workers), so the site never needs a package build.
 *
 * @returns {import('vite').Plugin} The plugin.
 */
export function sourceConditions() {
  return {
    name: 'specmark:source-conditions',
    configEnvironment(name, config) {
      const server = name !== 'client';
      const defaults = server ? ['module', 'node', 'development|production'] : ['module', 'browser', 'development|production'];
      // Returned arrays are appended to the environment's own; the defaults are only added when
      // the environment has none, as Vite would otherwise have used them.
      const conditions = [sourceCondition, ...(config.resolve?.conditions ? [] : defaults)];
      return { resolve: server ? { conditions, externalConditions: [sourceCondition] } : { conditions } };
    },
  };
}
