// @ts-check
import { createHash } from 'node:crypto';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The Content-Security-Policy `<meta>` element Astro writes into each page. */
const cspMeta = /(<meta http-equiv="content-security-policy" content=")([^"]*)(")/;
/** The start of a `<script>` start tag. */
const scriptStart = /<script\b/g;
/** The start of a `<style>` start tag. */
const styleStart = /<style\b/g;
/** A `src` attribute in a start tag. */
const srcAttribute = /\ssrc=/g;
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
 * The text of each element of a page, in order: from the `>` that closes its start tag to the
 * first end tag after it, as `/<script\b(?![^>]*\ssrc=)[^>]*>([\s\S]*?)<\/script>/g` finds
 * them, but in time linear in the page however many start tags are left open.
 *
 * @param {string} html The page.
 * @param {RegExp} start The start of the start tag, a global regular expression (`/<script\b/g`).
 * @param {string} end The end tag (`</script>`).
 * @param {boolean} skipSrc Whether to skip elements whose start tag has a `src` attribute.
 * @returns {string[]} The text of each element.
 */
function elementTexts(html, start, end, skipSrc) {
  /** @type {string[]} */
  const texts = [];
  // The `>` closing the current start tag, and where the last ` src=` before it starts: start
  // tags that end at the same `>` are read once.
  let tagEnd = -1;
  let lastSrc = -1;
  start.lastIndex = 0;
  for (let match = start.exec(html); match; match = start.exec(html)) {
    const attributes = match.index + match[0].length;
    if (tagEnd < attributes) {
      tagEnd = html.indexOf('>', attributes);
      if (tagEnd === -1) break;
      lastSrc = -1;
      if (skipSrc) for (const src of html.slice(attributes, tagEnd).matchAll(srcAttribute)) lastSrc = attributes + src.index;
    }
    if (lastSrc >= attributes) continue;
    const close = html.indexOf(end, tagEnd + 1);
    if (close === -1) break;
    texts.push(html.slice(tagEnd + 1, close));
    start.lastIndex = close + end.length;
  }
  return texts;
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
  const scripts = elementTexts(html, scriptStart, '</script>', true).map(sha256);
  const styleElements = elementTexts(html, styleStart, '</style>', false).map(sha256);
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
