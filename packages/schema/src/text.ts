export { isSecretPlaceholder, redactSecret } from './secret-value.ts';
export { shortText } from './short-text.ts';
export { shownText, type ShownTextOptions } from './shown-text.ts';
