export { isSecretPlaceholder, redactSecret } from './secret-value.ts';
export { shownText, type ShownTextOptions } from './shown-text.ts';
