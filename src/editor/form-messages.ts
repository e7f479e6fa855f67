import type { DescriptionProblem } from '@specmark/api-description';
import { shortText, shownText } from '@specmark/schema/text';
import type { UnmappedReason } from '@specmark/template';
import { maxDescriptionBytes, type DescriptionFileProblem } from './draft/description-file.ts';
import type { DraftProblem } from './draft/draft-problem.ts';
import type { DescriptionStage, OpenedDescription } from './worker/description-protocol.ts';
import { maxFileBytes, type FileProblem } from './draft/read-text-file.ts';
import { maxShareLinkLength } from './draft/share-link.ts';

/**
 * Say what is wrong with a stored or shared draft. Text quoted from it (a hand-edited draft may
 * hold anything), like file names and template titles in the notices, goes through `shortText`:
 * secret-looking runs redacted, cut to 60 whole characters with `…`.
 *
 * @param problem The problem.
 * @returns The sentence.
 */
export function draftProblemMessage(problem: DraftProblem): string {
  switch (problem.code) {
    case 'draft-not-json':
      return 'Unexpected text that is not JSON (cut short or edited by hand), expected a Specmark draft';
    case 'draft-unreadable':
      return 'Unexpected data, expected a Specmark draft';
    case 'draft-version':
      return `Unexpected draft format ${shortText(String(problem.actual))}, expected format ${problem.expected} (a newer version of this page may have saved it)`;
    case 'draft-template':
      return `Unexpected template \`${shortText(problem.actual)}\`, expected \`${problem.expected}\``;
    case 'draft-unsafe-key':
      return `Unexpected key \`${problem.key}\` in \`${shortText(problem.path)}\`, expected plain draft data`;
    case 'draft-unknown-field':
      return `Unexpected field \`${shortText(problem.slug)}\`, expected a field of the template`;
    case 'draft-shape':
      return `Unexpected value at \`${shortText(problem.path)}\`, expected ${problem.expected}`;
  }
}


/** The sentences the editor shows in its notices, in one place. */
export const formMessages = {
  quota: 'Your browser’s storage is full, so this draft is no longer saved in the browser. Copy or download it to keep your work, then free some space.',
  storageUnavailable: 'This browser does not let the page save drafts (storage is blocked), so changes are not kept on reload. Copy or download your work.',
  otherTab: 'This draft was changed in another tab. Saving here is paused so neither copy is lost.',
  restored: 'Restored your draft from this browser.',
  storedBroken: (reason: string) => `The draft saved in this browser could not be read, so it was not loaded; its text is kept aside, not overwritten: ${reason}.`,
  storedBrokenNotKept: (reason: string) =>
    `The draft saved in this browser could not be read, so it was not loaded; there is no room to keep its text aside, so nothing is saved over it until you download it: ${reason}.`,
  storedBrokenAction: 'Download the saved text',
  shareLoaded: 'Loaded the draft from the share link.',
  shareBroken: (reason: string) => `This share link could not be read, so your own draft is unchanged: ${reason}.`,
  shareCorrupt: 'Unexpected share link data, expected a compressed Specmark draft',
  shareTooLong: (length: number) =>
    `The share link would be ${Math.ceil(length / 1000)} KB, longer than browsers accept (${maxShareLinkLength / 1000} KB). Download the file and send that instead.`,
  shareCopied: 'Share link copied. The draft travels in the link itself (after #); it is never sent to a server.',
  copied: 'Spec copied to the clipboard.',
  copyFailed: 'The browser did not allow copying. Select the raw Markdown and copy it by hand.',
  startedOver: 'Started over with a blank spec.',
  undone: 'Your draft is back.',
  imported: (unmapped: number) =>
    unmapped === 0 ? 'Imported the spec into the form.' : `Imported the spec into the form. ${unmapped} part${unmapped === 1 ? '' : 's'} did not fit a field and ${unmapped === 1 ? 'is' : 'are'} kept below.`,
  importFailed: (reason: string) => `The file could not be imported: ${reason}.`,
  importNotText: (name: string) => `Unexpected file \`${shortText(name)}\`, expected a Markdown text file (\`.md\`)`,
  fileProblem: (name: string, problem: FileProblem) =>
    problem === 'not-markdown'
      ? formMessages.importNotText(name)
      : problem === 'too-large'
        ? `Unexpected file \`${shortText(name)}\` larger than ${maxFileBytes / 1_000_000} MB, expected a Markdown file of at most ${maxFileBytes / 1_000_000} MB`
        : `Unexpected bytes that are not UTF-8 in \`${shortText(name)}\`, expected a UTF-8 text file`,
  shareCopiedWithTemplate: 'Share link copied. It carries your template and the draft (after #); neither is ever sent to a server.',
  shareWithoutTemplate: (length: number) =>
    `Share link copied, without your template: with it the link would be ${Math.ceil(length / 1000)} KB, longer than browsers accept (${maxShareLinkLength / 1000} KB). Whoever opens it needs the same template file. The draft travels in the link itself (after #); it is never sent to a server.`,
  templateLoaded: (name: string, title: string, version: number) => `Opened the template \`${shortText(name)}\`: ${shortText(title)}, version ${version}.`,
  templateProblems: (name: string, count: number) => `\`${shortText(name)}\` cannot be used as a template: ${count} problem${count === 1 ? '' : 's'}, each at its line below. Fix the file and open it again.`,
  templateLinkBroken: 'Unexpected share link template, expected a compressed Specmark template',
  templateNotKept: 'This browser did not let the page keep your template, so it is not opened again when you come back. Your draft is still saved.',
  templateNeeded: (id: string) => `This link carries a draft of the template \`${shortText(id)}\` but not the template itself (it was too long for a link). Open that template file to see the draft.`,
  templateFailed: (reason: string) => `The template could not be read: ${reason}.`,
  workerFailed: (reason: string) => `The preview could not be updated: ${reason}.`,
  lintFirst: 'Checking…',
  lintPassed: 'No lint messages: the spec passes the preset.',
  lintCount: (count: number, errors: number) => `${count} lint message${count === 1 ? '' : 's'} (${errors} error${errors === 1 ? '' : 's'}).`,
  lintRunning: (earlier: number) =>
    earlier === 0 ? 'Checking the latest changes…' : `Checking the latest changes… The ${earlier} lint message${earlier === 1 ? '' : 's'} below ${earlier === 1 ? 'is' : 'are'} about an earlier version of the spec.`,
  descriptionFileProblem: (name: string, problem: DescriptionFileProblem) =>
    problem === 'not-description'
      ? `Unexpected file \`${shortText(name)}\`, expected an OpenAPI or Swagger description (\`.json\`, \`.yaml\` or \`.yml\`)`
      : `Unexpected file \`${shortText(name)}\` larger than ${maxDescriptionBytes / 1_000_000} MB, expected a description of at most ${maxDescriptionBytes / 1_000_000} MB`,
  descriptionUnreadable: (name: string, problem: DescriptionProblem) =>
    `\`${shortText(name)}\` cannot be opened${problem.line === undefined ? '' : ` (line ${problem.line}${problem.column === undefined ? '' : `, column ${problem.column}`})`}: ${shownText(problem.message)}.`,
  descriptionFailed: (name: string, reason: string) => `\`${shortText(name)}\` could not be opened: ${shownText(reason)}.`,
  descriptionOpening: (name: string, stage: DescriptionStage, loaded: number, total: number) =>
    stage === 'reading'
      ? `Reading \`${shortText(name)}\`… ${total === 0 ? 100 : Math.floor((loaded / total) * 100)} %`
      : stage === 'parsing'
        ? `Reading \`${shortText(name)}\`… parsing it`
        : `Reading \`${shortText(name)}\`… listing its operations`,
  descriptionOpened: (description: OpenedDescription) =>
    `Opened \`${shortText(description.name)}\`: ${shortText(`${description.title} ${description.version}`.trim()) || 'an API'} (${formatNames[description.format]}), ${count(description.operationCount, 'operation')}.` +
    (description.missing.length === 0
      ? ''
      : ` It refers to ${count(description.missing.length, 'other file')} (${description.missing.slice(0, 3).map((file) => `\`${shortText(file)}\``).join(', ')}${description.missing.length > 3 ? ', …' : ''}), not opened: what they hold is left out.`),
  descriptionChecks: (name: string) =>
    `While it is open, the checks read it for a spec whose \`api.description\` names \`${shortText(name)}\` (the file name, in any folder or package). It is not kept: after a reload, open it again.`,
  operationMatches: (shown: number, total: number, all: number) =>
    total === all
      ? shown < total
        ? `${count(all, 'operation')}; the first ${shown} are shown: type to find the others.`
        : count(all, 'operation')
      : shown < total
        ? `${total.toLocaleString('en')} of ${count(all, 'operation')} match; the first ${shown} are shown: type more to narrow them down.`
        : `${total.toLocaleString('en')} of ${count(all, 'operation')} match.`,
  operationsPicked: (picked: number) => (picked === 0 ? 'No operation picked yet.' : `Picked: ${count(picked, 'operation')}.`),
  prefillConflicts: (parts: string[]) =>
    `Your draft already has answers in ${parts.length === 1 ? parts[0] : `${parts.slice(0, -1).join(', ')} and ${parts.at(-1)}`}. Replace them with what the description says, or fill only the parts still empty?`,
  prefilled: (name: string, operations: number) =>
    `Filled the form from \`${shortText(name)}\` with ${count(operations, 'operation')}. Write how the system responds wherever a sentence still shows a prompt.`,
  prefillFailed: (reason: string) => `The form could not be filled: ${shownText(reason)}.`,
} as const;

/** The formats' names as people know them. */
const formatNames: Record<OpenedDescription['format'], string> = { 'swagger-2.0': 'Swagger 2.0', 'openapi-3.0': 'OpenAPI 3.0', 'openapi-3.1': 'OpenAPI 3.1' };

/** `1 operation`, `11,422 operations`. */
function count(amount: number, noun: string): string {
  return `${amount.toLocaleString('en')} ${noun}${amount === 1 ? '' : 's'}`;
}

/** Why a part of an imported spec fits no field, in words. */
export const unmappedReasons: Record<UnmappedReason, string> = {
  'frontmatter-invalid': 'frontmatter that is not a YAML mapping',
  'before-title': 'content before the title',
  'unknown-heading': 'a heading the template does not have',
  'repeated-heading': 'a heading that appears twice',
  'outside-field': 'content outside the field’s list or before the first field',
};
