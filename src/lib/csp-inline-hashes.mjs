// @ts-check
import { createHash } from 'node:crypto';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The Content-Security-Policy `<meta>` element Astro writes into each page. */
const cspMeta = /(<meta http-equiv="content-security-policy" content=")([^"]*)(")/;
/** Inline `<script>` elements (no `src`), capturing their text. */
const inlineScript = /<script\b(?![^>]*\ssrc=)[^>]*>([\s\S]*?)<\/script>/g;
/** Inline `<style>` elements, capturing their text. */
const inlineStyle = /<style\b[^>]*>([\s\S]*?)<\/style>/g;
/** `style` attributes, capturing their (HTML-escaped) value. */
const styleAttribute = /\sstyle="([^"]*)"/g;

/**
 * The CSP source expression of a text's SHA-256 hash.
 *
 * @param {string} text The exact text of a script or style attribute.
 * @returns {string} `'sha256-…'`.
 */
function sha256(text) {
  return `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;
}

/**
 * Undo the HTML escapes Astro writes in attribute values.
 *
 * @param {string} value The attribute value as written in the file.
 * @returns {string} The value the browser sees.
 */
function decodeAttribute(value) {
  /** @type {Record<string, string>} */
  const characters = { quot: '"', '#34': '"', '#39': "'", apos: "'", lt: '<', gt: '>', amp: '&' };
  return value.replace(/&(quot|#34|#39|apos|lt|gt|amp);/g, (_, /** @type {string} */ name) => characters[name] ?? '');
}

/**
 * Add sources to one directive of a policy, or add the directive when it is missing.
 *
 * @param {string} policy The policy text (`script-src 'self' …; style-src …;`).
 * @param {string} name Directive name (`script-src`).
 * @param {string[]} sources Sources to add; ones already there are skipped.
 * @returns {string} The policy.
 */
function addSources(policy, name, sources) {
  const directives = policy.split(';').map((part) => part.trim()).filter((part) => part !== '');
  const index = directives.findIndex((part) => part.split(/\s+/)[0] === name);
  const current = index === -1 ? [name] : (directives[index] ?? name).split(/\s+/);
  const next = [...current, ...sources.filter((source) => !current.includes(source))].join(' ');
  if (index === -1) directives.push(next);
  else directives[index] = next;
  return directives.map((part) => `${part};`).join(' ');
}

/**
 * Extend one page's policy with the hashes of its inline scripts, `<style>` elements and `style`
 * attributes.
 *
 * @param {string} html The page.
 * @returns {string} The page, its policy extended (unchanged when it has no policy).
 */
export function hashInlineCode(html) {
  const meta = cspMeta.exec(html);
  if (!meta) return html;
  const scripts = [...html.matchAll(inlineScript)].map((match) => sha256(match[1] ?? ''));
  const styleElements = [...html.matchAll(inlineStyle)].map((match) => sha256(match[1] ?? ''));
  const styleAttributes = [...html.matchAll(styleAttribute)].map((match) => sha256(decodeAttribute(match[1] ?? '')));
  let policy = meta[2] ?? '';
  if (scripts.length > 0) policy = addSources(policy, 'script-src', [...new Set(scripts)]);
  if (styleElements.length > 0) policy = addSources(policy, 'style-src', [...new Set(styleElements)]);
  if (styleAttributes.length > 0) policy = addSources(policy, 'style-src', ["'unsafe-hashes'", ...new Set(styleAttributes)]);
  return html.replace(cspMeta, (_, start, _policy, end) => `${start}${policy}${end}`);
}

/**
 * List the HTML files under a folder.
 *
 * @param {string} dir The folder.
 * @returns {Promise<string[]>} Paths of `.html` files, recursively.
 */
async function htmlFiles(dir) {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true });
  return entries.filter((entry) => entry.isFile() && entry.name.endsWith('.html')).map((entry) => join(entry.parentPath, entry.name));
}

/**
 * An Astro integration for `security.csp`: Astro hashes the scripts and styles it bundles, but
 * not `is:inline` scripts, `style` attributes written by components (Starlight has both), nor
 * component styles that reach a page through MDX.
 * After the build, this adds the SHA-256 of exactly those, page by page, so the page works under
 * its policy without `'unsafe-inline'`.
 *
 * @returns {import('astro').AstroIntegration} The integration.
 */
export function cspInlineHashes() {
  return {
    name: 'specmark:csp-inline-hashes',
    hooks: {
      'astro:build:done': async ({ dir }) => {
        for (const file of await htmlFiles(fileURLToPath(dir))) {
          const html = await readFile(file, 'utf8');
          const hashed = hashInlineCode(html);
          if (hashed !== html) await writeFile(file, hashed);
        }
      },
    },
  };
}
