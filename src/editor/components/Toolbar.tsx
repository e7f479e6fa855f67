import type { Answers } from '@specmark/template';
import { useState } from 'preact/hooks';
import { formMessages } from '../form-messages.ts';
import type { FormTemplate } from '../model/form-template.ts';
import { draftEnvelope } from '../draft/read-draft.ts';
import { encodeShareFragment, maxShareLinkLength } from '../draft/share-link.ts';
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

/** Copy, download, share link and start over. */
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
  const download = () => {
    const url = URL.createObjectURL(new Blob([markdown], { type: 'text/markdown;charset=utf-8' }));
    const link = document.createElement('a');
    link.href = url;
    link.download = fileName;
    link.click();
    setTimeout(() => URL.revokeObjectURL(url), 0);
  };
  const share = async () => {
    const url = `${location.origin}${location.pathname}#${await encodeShareFragment(draftEnvelope(template, draft))}`;
    if (url.length > maxShareLinkLength) {
      setShareUrl(undefined);
      notify({ text: formMessages.shareTooLong(url.length), tone: 'error' });
      return;
    }
    setShareUrl(url);
    await copy(url, formMessages.shareCopied);
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
