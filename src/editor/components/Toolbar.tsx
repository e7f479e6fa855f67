import type { Answers } from '@specmark/template';
import { useState } from 'preact/hooks';
import { formMessages } from '../form-messages.ts';
import type { FormTemplate } from '../model/form-template.ts';
import { downloadText } from '../draft/download-text.ts';
import { draftEnvelope } from '../draft/read-draft.ts';
import { encodeShareFragment, maxShareLinkLength, templateFragmentKey } from '../draft/share-link.ts';
import { templateEnvelope } from '../draft/template-envelope.ts';
import type { Notice } from './Notices.tsx';

/** Props of {@link Toolbar}. */
interface Props {
  /** The form template. */
  template: FormTemplate;
  /** The draft, for the share link. */
  draft: Answers;
  /** The spec's Markdown, to copy and download. */
  markdown: string;
  /** The download's file name (`<slug-of-title>.md`). */
  fileName: string;
  /** Show a notice. */
  notify: (notice: Notice) => void;
  /** Clear the form (the caller offers undo). */
  onStartOver: () => void;
}

/** Copy, download, share link (with a team's template when it fits) and start over. */
export function Toolbar({ template, draft, markdown, fileName, notify, onStartOver }: Props) {
  const [shareUrl, setShareUrl] = useState<string | undefined>(undefined);
  const copy = async (text: string, done: string) => {
    try {
      await navigator.clipboard.writeText(text);
      notify({ text: done, tone: 'info' });
    } catch {
      notify({ text: formMessages.copyFailed, tone: 'error' });
    }
  };
  const download = () => downloadText(markdown, fileName, 'text/markdown;charset=utf-8');
  // A team's template travels in the link with the draft when both fit; else the draft alone does.
  const share = async () => {
    const base = `${location.origin}${location.pathname}#`;
    const draftPart = await encodeShareFragment(draftEnvelope(template, draft));
    const url = `${base}${draftPart}`;
    const withTemplate = template.file && `${base}${await encodeShareFragment(templateEnvelope(template.file), templateFragmentKey)}&${draftPart}`;
    if (withTemplate !== undefined && withTemplate.length <= maxShareLinkLength) {
      setShareUrl(withTemplate);
      await copy(withTemplate, formMessages.shareCopiedWithTemplate);
      return;
    }
    if (url.length > maxShareLinkLength) {
      setShareUrl(undefined);
      notify({ text: formMessages.shareTooLong(url.length), tone: 'error' });
      return;
    }
    setShareUrl(url);
    await copy(url, withTemplate === undefined ? formMessages.shareCopied : formMessages.shareWithoutTemplate(withTemplate.length));
  };
  return (
    <div class="sm-toolbar">
      <div class="sm-buttons">
        <button type="button" disabled={markdown === ''} onClick={() => void copy(markdown, formMessages.copied)}>
          Copy Markdown
        </button>
        <button type="button" disabled={markdown === ''} onClick={download}>
          Download {fileName}
        </button>
        <button type="button" onClick={() => void share()}>
          Copy share link
        </button>
        <button type="button" onClick={onStartOver}>
          Start over
        </button>
      </div>
      {shareUrl && (
        <p class="sm-share">
          <label for="sm-share-url">Share link</label>
          <input type="text" id="sm-share-url" readOnly value={shareUrl} onFocus={(event) => event.currentTarget.select()} />
        </p>
      )}
    </div>
  );
}
