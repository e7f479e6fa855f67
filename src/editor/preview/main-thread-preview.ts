/**
 * What the editor's live preview renders with on the main thread, in one module so that it loads
 * with one `import()` at the person's first keystroke or click in the form, not with the page.
 */
export { renderSpec } from '@specmark/template';
export { blockHtml } from './block-html.ts';
