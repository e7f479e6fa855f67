// @ts-check
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

/**
 * Packages whose `browser` build needs the DOM; in a worker they resolve as Node resolves them.
 * `decode-named-character-reference` decodes entities through a `<textarea>` in its browser
 * build, which throws where there is no `document`.
 */
const domBuilds = new Set(['decode-named-character-reference']);

/**
 * A Vite plugin for Web Worker bundles: resolve packages whose browser build touches the DOM to
 * their DOM-free build.
 *
 * @returns {import('vite').Plugin} The plugin.
 */
export function workerBrowserFixes() {
  return {
    name: 'specmark:worker-browser-fixes',
    enforce: 'pre',
    resolveId(id) {
      return domBuilds.has(id) ? require.resolve(id) : null;
    },
  };
}
