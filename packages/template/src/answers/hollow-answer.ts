import { hasAsciiKey, matchKey } from '../reading/match-key.ts';

/** Why an answer says nothing. */
export interface HollowAnswer {
  /**
   * `placeholder` — a stand-in for an answer (`TBD`, `N/A`, `?`, `-`, “to be decided”);
   * `vague` — a promise that names nothing (“handled gracefully”, “should be fine”, “it depends”);
   * `bare-confirmation` — only `Yes`, `No` or `Confirmed` to a question that asks which or what.
   */
  kind: 'placeholder' | 'vague' | 'bare-confirmation';
  /** The answer, trimmed. */
  text: string;
}

/** Stand-ins for an answer, as {@link matchKey} keys with single letters joined (`t.b.d.` is `tbd`). */
const placeholders = new Set([
  'tbd',
  'tbc',
  'tba',
  'todo',
  'to do',
  'fixme',
  'xxx',
  'na',
  'nil',
  'none yet',
  'not applicable',
  'unknown',
  'not sure',
  'not known yet',
  'unclear',
  'pending',
  'wip',
  'later',
  'to be decided',
  'to be determined',
  'to be defined',
  'to be confirmed',
  'to be clarified',
  'to be discussed',
  'to be agreed',
  'to be added',
  'to be done',
  'to be written',
  'to follow',
  'coming soon',
  'see later',
  'will decide later',
  'decide later',
  'ask later',
  'not decided',
  'not decided yet',
  'undecided',
  'we will see',
  'will see',
  'to see',
]);

/** The longest placeholder key: a longer key is not one, and is not looked up. */
const longestPlaceholder = Math.max(...[...placeholders].map((placeholder) => placeholder.length));

/** The longest answer that can be hollow, in characters: twelve words of stand-ins and glue. */
const maxLength = 120;

/** Stand-ins that stay stand-ins with a few words after them (`TODO: fill in`). */
const leadingPlaceholders = new Set(['tbd', 'tbc', 'tba', 'todo', 'fixme', 'xxx']);

/** Phrases that promise without naming what happens; keys, longest first. */
const vaguePhrases = [
  'proper error handling',
  'appropriate error handling',
  'standard error handling',
  'error handling',
  'should be fine',
  'should be ok',
  'should be okay',
  'works as expected',
  'work as expected',
  'behaves as expected',
  'as expected',
  'as needed',
  'as necessary',
  'as required',
  'as appropriate',
  'if needed',
  'if necessary',
  'it depends',
  'depends',
  'taken care of',
  'take care of',
  'takes care of',
  'dealt with',
  'deal with',
  'best practices',
  'best practice',
  'the usual way',
  'same as usual',
  'as usual',
  'handled',
  'handle',
  'handles',
  'handling',
  'managed',
  'manage',
  'covered',
  'fine',
  'gracefully',
  'appropriately',
  'properly',
  'correctly',
  'accordingly',
  'robustly',
  'safely',
  'nothing special',
  'no problem',
  'no issue',
  'no issues',
];

/** Words that carry no content next to a vague phrase (pronouns, auxiliaries, generic nouns). */
const glue = new Set(
  (
    'we i it its they them this that these those there here the a an is are was were be been being will would should shall can could must may ' +
    'just simply all any every each of course everything things thing case cases error errors issue issues failure failures problem problems ' +
    'system service services app application our code integration and or then also always as so by with in on for to do does done get gets got ' +
    'yes no ok okay sure really well basically somehow etc accordingly edge situation situations scenario scenarios whatever happens happen ' +
    'response responses request requests api apis call calls event events webhook webhooks retry retries them properly correct correctly automatically ' +
    'will be gracefully appropriate proper standard way ways usual'
  ).split(' '),
);

/** Every word of the vague phrases. */
const phraseWords = new Set(vaguePhrases.flatMap((phrase) => phrase.split(' ')));

/** The telling words of the vague phrases: an answer without one of them is not vague. */
const vagueWords = new Set([...phraseWords].filter((word) => !['as', 'it', 'if', 'the', 'of', 'to', 'be', 'with', 'no', 'should', 'error', 'way'].includes(word)));

/** Words that confirm without naming anything. */
const confirmations = new Set(
  'yes no yep yeah nope nah confirmed confirm done ok okay sure correct true false agreed checked verified y n affirmative of course absolutely definitely indeed all good set available ready exists tested'.split(
    ' ',
  ),
);

/** Every word that carries no content on its own: glue, confirmations, the vague phrases' and the placeholders' words. */
const contentless = new Set([...glue, ...confirmations, ...phraseWords, ...[...placeholders].flatMap((placeholder) => placeholder.split(' '))]);

/** Auxiliaries that open a question meant to be answered yes or no (`Is a sandbox available?`). */
const yesNoOpeners = new Set('is are was were do does did can could will would should shall has have had must may'.split(' '));
const whWords = /\b(?:which|what|how|when|where|who|whom|whose|why)\b/i;
const alternatives = /,|\bor\b|\//i;

/**
 * Judge whether an answer carries content: not a placeholder, not a bare vague promise, not a bare
 * confirmation to a question that asks which or what. An answer that names anything beside those
 * words — “Yes: test credentials are in the staging vault”, “Handled by the `refunds` worker” — is
 * an answer.
 *
 * @param answer The answer's Markdown (a field's paragraph, an item, the text after a question).
 * @param question The question it answers, when it answers one (default: none).
 * @returns Why it is hollow, or `undefined` for an answer.
 */
export function hollowAnswer(answer: string, question?: string): HollowAnswer | undefined {
  const text = answer.trim();
  // A hollow answer is short: anything longer says something beside its stand-ins.
  if (text === '' || text.length > maxLength) return undefined;
  if (namesAWord(text)) return undefined;
  const key = joinLetters(matchKey(text));
  if (key === '' || (key.length <= longestPlaceholder && placeholders.has(key))) return { kind: 'placeholder', text };
  // One pass over the words for every test below, stopped once the answer is known to name something.
  let standIns = true;
  let confirming = true;
  let vagueWord = false;
  let namesSomething = false;
  for (let from = 0; from <= key.length && (standIns || confirming || !namesSomething); ) {
    let to = key.indexOf(' ', from);
    if (to === -1) to = key.length;
    const word = key.slice(from, to);
    if (!placeholders.has(word)) standIns = false;
    if (!confirmations.has(word)) confirming = false;
    if (vagueWords.has(word)) vagueWord = true;
    // A word that is neither glue nor part of a vague phrase stays when the phrases are removed.
    else if (!glue.has(word) && !confirmations.has(word) && !phraseWords.has(word)) namesSomething = true;
    from = to + 1;
  }
  if (standIns) return { kind: 'placeholder', text };
  const space = key.indexOf(' ');
  const first = space === -1 ? key : key.slice(0, space);
  let words = 1;
  for (let at = space; at !== -1; at = key.indexOf(' ', at + 1)) words++;
  if (words > 12) return undefined;
  // `TODO: fill in`, `TBD later`: a stand-in with a few words after it.
  if (leadingPlaceholders.has(first) && words <= 4) return { kind: 'placeholder', text };
  if (question !== undefined && confirming && asksWhich(question)) return { kind: 'bare-confirmation', text };
  if (vagueWord && !namesSomething && isVague(key)) return { kind: 'vague', text };
  return undefined;
}

/**
 * Whether a question asks which or what rather than yes or no: it has a question word, offers
 * alternatives, or is written without the auxiliary a yes-or-no question opens with
 * (“Authentication method confirmed?” asks for the method).
 *
 * @param question The question.
 * @returns `true` when a bare yes or no does not answer it.
 */
export function asksWhich(question: string): boolean {
  if (whWords.test(question) || alternatives.test(question.replace(/\?\s*$/, ''))) return true;
  const first = matchKey(question).split(' ')[0] ?? '';
  return !yesNoOpeners.has(first);
}

/**
 * Whether an answer names something, told without building its key, as most answers can be: in
 * ASCII text, it opens with a word of two or more letters that is no leading stand-in, and one of
 * its words of two or more letters (which joining single letters leaves as they are) carries content.
 * Such a word is no placeholder, confirmation or vague phrase, nor part of one, so the whole key is
 * none of them either. `false` says only that the key must be read.
 */
function namesAWord(text: string): boolean {
  if (!hasAsciiKey(text)) return false;
  for (let at = 0, first = true; at < text.length; first = false) {
    while (at < text.length && !isAsciiLetterOrDigit(text.charCodeAt(at))) at++;
    const start = at;
    while (at < text.length && isAsciiLetterOrDigit(text.charCodeAt(at))) at++;
    if (at - start < 2) {
      if (first) return false;
      continue;
    }
    const word = text.slice(start, at).toLowerCase();
    if (first && leadingPlaceholders.has(word)) return false;
    if (!contentless.has(word)) return true;
  }
  return false;
}

/** Whether a character code is an ASCII letter or digit. */
function isAsciiLetterOrDigit(code: number): boolean {
  return (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
}

/** Whether a key is made of vague phrases and glue words only, with at least one vague phrase. */
function isVague(key: string): boolean {
  let rest = ` ${key} `;
  let found = false;
  for (const phrase of vaguePhrases) {
    const needle = ` ${phrase} `;
    while (rest.includes(needle)) {
      rest = rest.replace(needle, ' ');
      found = true;
    }
  }
  return found && rest.split(' ').every((word) => word === '' || glue.has(word) || confirmations.has(word));
}

/** Join runs of single letters (`t b d` → `tbd`, `n a` → `na`). */
function joinLetters(key: string): string {
  return key.replace(/\b([a-z0-9])(?: ([a-z0-9])\b)+/g, (run) => run.replaceAll(' ', ''));
}
