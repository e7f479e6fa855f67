/**
 * What the form's live preview runs on the main thread, in one module so that it loads with one
 * `import()` once the form starts, not with the page.
 */
export { renderSpec } from '@specmark/template';
export { PreviewRenderer } from './preview-renderer.ts';
