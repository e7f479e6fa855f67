import { oneLine } from './one-line.ts';
import { trimTrailing } from './trim-trailing.ts';

/** Words of a description's title that name the kind of document, not the provider (`REST API`, `v3`, `Swagger`). */
const documentWord = /^(?:apis?|rest|restful|http|openapi|swagger|spec|specification|service|version|v?\d+(?:\.\d+)*)$/i;
/** Punctuation left at its start once those words are gone (`- Twilio`). */
const looseStart = /^[\s\-–—:|,/(]+/;
/** Punctuation left at its end (`Twilio -`), trimmed in linear time. */
const looseEnd = ' -–—:|,/)';

/**
 * The provider a description documents, from its title: the title without the words that name
 * the kind of document (`GitHub v3 REST API` → `GitHub`, `Adyen Checkout API` → `Adyen Checkout`).
 *
 * @param title The description's `info.title`.
 * @returns The provider's name (the title as one line when nothing else is left), or `''` when the
 *   title is empty.
 */
export function providerName(title: string): string {
  const line = oneLine(title, 120);
  const words = line
    .split(' ')
    .filter((word) => !documentWord.test(word.replace(/[(),:]/g, '')))
    .join(' ');
  const name = trimTrailing(words.replace(looseStart, ''), looseEnd);
  return name === '' ? line : name;
}
