import type { UnmappedReason } from '@specmark/template';
import type { DraftProblem } from './draft-problem.ts';
import { maxShareLinkLength } from './share-link.ts';

/**
 * Say what is wrong with a stored or shared draft.
 *
 * @param problem The problem.
 * @returns The sentence.
 */
export function draftProblemMessage(problem: DraftProblem): string {
  switch (problem.code) {
    case 'draft-unreadable':
      return 'Unexpected data, expected a Specmark draft';
    case 'draft-template':
      return `Unexpected template \`${problem.actual}\`, expected \`${problem.expected}\``;
    case 'draft-unknown-field':
      return `Unexpected field \`${problem.slug}\`, expected a field of the template`;
    case 'draft-shape':
      return `Unexpected value at \`${problem.path}\`, expected ${problem.expected}`;
  }
}

/** The sentences the form shows in its notices, in one place. */
export const formMessages = {
  quota: 'Your browser’s storage is full, so this draft is no longer saved in the browser. Copy or download it to keep your work, then free some space.',
  storageUnavailable: 'This browser does not let the page save drafts (storage is blocked), so changes are not kept on reload. Copy or download your work.',
  otherTab: 'This draft was changed in another tab. Saving here is paused so neither copy is lost.',
  restored: 'Restored your draft from this browser.',
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
  importNotText: (name: string) => `Unexpected file \`${name}\`, expected a Markdown text file (\`.md\`)`,
  workerFailed: (reason: string) => `The preview could not be updated: ${reason}.`,
} as const;

/** Why a part of an imported spec fits no field, in words. */
export const unmappedReasons: Record<UnmappedReason, string> = {
  'frontmatter-invalid': 'frontmatter that is not a YAML mapping',
  'before-title': 'content before the title',
  'unknown-heading': 'a heading the template does not have',
  'repeated-heading': 'a heading that appears twice',
  'outside-field': 'content outside the field’s list or before the first field',
};
