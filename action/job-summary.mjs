// @ts-check

/**
 * @typedef {object} SummaryMessage One message of `specmark check --reporter json`.
 * @property {string | null} ruleId The rule.
 * @property {'error' | 'warning' | 'info'} severity How serious it is.
 * @property {string} message What is wrong (values quoted from the file included).
 * @property {number | null} line Start line, 1-based.
 * @property {number | null} column Start column, 1-based.
 * @property {string | null} url The rule's documentation page.
 */

/**
 * @typedef {object} SummaryFile One checked file.
 * @property {string} path Its path, relative to the repository.
 * @property {number} errorCount Its errors.
 * @property {number} warningCount Its warnings.
 * @property {SummaryMessage[]} messages Its messages.
 * @property {SummaryMessage[]} [suppressedMessages] Its errors the suppressions file suppresses (default: none).
 */

/**
 * @typedef {object} UnusedSuppression A suppression that matches no error anymore.
 * @property {string} path The file, as the suppressions file names it.
 * @property {string} ruleId The rule.
 * @property {number} count How many of its suppressed errors no longer occur.
 * @property {boolean} missing Whether the file itself is gone (renamed or deleted).
 */

/**
 * Control characters (C0, DEL, C1), line and paragraph separators, and bidirectional embeddings,
 * overrides and isolates (which would reorder what the summary shows): never kept in Markdown.
 */
const control = /[\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;
/** ASCII punctuation: each may be backslash-escaped in CommonMark, which makes it plain text. */
const punctuation = /[!-/:-@[-`{-~]/g;
/** Where GitHub would turn plain text into a link (`https://`, `www.`, `name@host`): a zero-width space breaks it. */
const autolink = /:\/\/|www\.|@/gi;

/**
 * Make text from a spec file plain text in Markdown: no control character or line break, every
 * ASCII punctuation backslash-escaped (no emphasis, link, HTML, entity or table cell break), and
 * no bare URL or address that GitHub would link.
 *
 * @param {string} text Any text.
 * @returns {string} Markdown that shows exactly that text, on one line.
 */
export function plainMarkdown(text) {
  return text
    .replace(control, ' ')
    .replace(autolink, (found) => (found === '@' ? '\u200b@' : `${found.slice(0, -1)}\u200b${found.slice(-1)}`))
    .replace(punctuation, '\\$&');
}

/** A rule's name, linked to its page when the page is an `https:` address of plain characters. */
function ruleLink(/** @type {SummaryMessage} */ message) {
  if (message.ruleId === null) return '';
  const name = plainMarkdown(message.ruleId);
  return message.url !== null && /^https:\/\/[\w.-]+\/[\w./~-]*$/.test(message.url) ? ` ([${name}](${message.url}))` : ` (${name})`;
}

/** `1 error`, `2 errors`. */
function count(/** @type {number} */ number, /** @type {string} */ word) {
  return `${number} ${word}${number === 1 ? '' : 's'}`;
}

/**
 * The job summary of a check: the totals, a table of the files with problems (errors and
 * warnings), and each problem with its place, message and a link to its rule's page. Everything
 * taken from files (paths, quoted values) is escaped so that it cannot add Markdown or HTML.
 *
 * @param {readonly SummaryFile[]} files The results, paths relative to the repository.
 * @param {{ maxFiles?: number, maxProblems?: number }} [limits] How many files and problems to list (default: 100 files, 300 problems).
 * @returns {string} Markdown, ending with a line break.
 */
export function jobSummary(files, limits = {}) {
  const { maxFiles = 100, maxProblems = 300 } = limits;
  const errors = files.reduce((sum, file) => sum + file.errorCount, 0);
  const warnings = files.reduce((sum, file) => sum + file.warningCount, 0);
  const flagged = files.filter((file) => file.messages.length > 0);
  const lines = ['## Specmark', ''];
  if (files.length === 0) return [...lines, 'No spec files found: no Markdown file names a known template in its frontmatter (`template: api-integration`).', ''].join('\n');
  if (flagged.length === 0) return [...lines, `✅ ${count(files.length, 'spec file')} checked: no problems.`, ''].join('\n');
  lines.push(`${errors > 0 ? '❌' : '⚠️'} ${count(errors, 'error')} and ${count(warnings, 'warning')} in ${flagged.length} of ${count(files.length, 'file')} checked.`, '');
  lines.push('| File | Errors | Warnings |', '| --- | ---: | ---: |');
  for (const file of flagged.slice(0, maxFiles)) lines.push(`| ${plainMarkdown(file.path)} | ${file.errorCount} | ${file.warningCount} |`);
  if (flagged.length > maxFiles) lines.push(`| … and ${flagged.length - maxFiles} more files | | |`);
  lines.push('', '### Problems', '');
  const problems = flagged.flatMap((file) => file.messages.map((message) => ({ file, message })));
  for (const { file, message } of problems.slice(0, maxProblems)) {
    const place = message.line === null ? '' : `:${message.line}${message.column === null ? '' : `:${message.column}`}`;
    lines.push(`- ${plainMarkdown(file.path + place)} **${message.severity}** ${plainMarkdown(message.message)}${ruleLink(message)}`);
  }
  if (problems.length > maxProblems) lines.push(`- … and ${problems.length - maxProblems} more: see the annotations, or write SARIF with \`sarif-file\`.`);
  return [...lines, ''].join('\n');
}

/**
 * The sentence that says suppressed errors no longer occur, for the summary and an annotation.
 *
 * @param {readonly UnusedSuppression[]} unused The unused suppressions (at least one).
 * @returns {string} One sentence, plain text.
 */
export function unusedSuppressionsText(unused) {
  const total = unused.reduce((sum, entry) => sum + entry.count, 0);
  const missing = unused.filter((entry) => entry.missing).length;
  return (
    `${count(total, 'suppressed error')} in the suppressions file no longer ${total === 1 ? 'occurs' : 'occur'}` +
    `${missing === 0 ? '' : missing === unused.length ? ' (in files renamed or deleted)' : ' (some in files renamed or deleted)'}: run specmark check --prune-suppressions and commit the file.`
  );
}

/**
 * The suppressions part of the job summary: how many errors the suppressions file suppressed, and
 * which suppressions no longer match an error (they fail the job until they are pruned).
 *
 * @param {readonly SummaryFile[]} files The results.
 * @param {readonly UnusedSuppression[]} unused The unused suppressions.
 * @returns {string} Markdown to follow the job summary (empty when there is nothing to say): a blank
 *   line first, a line break last.
 */
export function suppressionSummary(files, unused) {
  const suppressed = files.reduce((sum, file) => sum + (file.suppressedMessages?.length ?? 0), 0);
  const lines = [];
  if (suppressed > 0) lines.push('', `${count(suppressed, 'error')} suppressed by the suppressions file (not counted above).`);
  if (unused.length > 0) {
    lines.push('', `❌ ${plainMarkdown(unusedSuppressionsText(unused))}`, '');
    for (const entry of unused) lines.push(`- ${plainMarkdown(`${entry.path} ${entry.ruleId}: ${entry.count} ${entry.missing ? 'in a file renamed or deleted' : 'fixed'}`)}`);
  }
  return lines.length === 0 ? '' : [...lines, ''].join('\n');
}

/**
 * The job summary when the check could not run (a usage or configuration error).
 *
 * @param {string} reason The command line's one sentence.
 * @returns {string} Markdown, ending with a line break.
 */
export function failedSummary(reason) {
  return `## Specmark\n\n❌ The check could not run: ${plainMarkdown(reason)}\n`;
}
