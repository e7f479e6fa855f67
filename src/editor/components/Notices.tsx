/** A message the form shows about what just happened. */
export interface Notice {
  /** The message. */
  text: string;
  /** `error` for problems that need action (announced assertively), else `info`. */
  tone: 'info' | 'error';
  /** A button offered with the message (`Undo`, `Download the saved text`). */
  action?: { label: string; run: () => void };
}

/** Props of {@link Notices}. */
interface Props {
  /** The latest notice. */
  notice: Notice | undefined;
  /** A lasting problem with saving, shown until it is solved. */
  saveProblem: string | undefined;
  /** When another tab changed the draft: the choices. */
  otherTab: { message: string; load: () => void; keep: () => void } | undefined;
}

/** The form's notices: what just happened, saving problems, and another tab's edits. */
export function Notices({ notice, saveProblem, otherTab }: Props) {
  return (
    <div class="sm-notices">
      <div role="status" aria-live="polite" class="sm-notice-region">
        {notice && notice.tone === 'info' && (
          <p class="sm-notice">
            {notice.text}{' '}
            {notice.action && (
              <button type="button" onClick={notice.action.run}>
                {notice.action.label}
              </button>
            )}
          </p>
        )}
      </div>
      <div role="alert" class="sm-notice-region">
        {notice && notice.tone === 'error' && (
          <p class="sm-notice sm-notice-error">
            {notice.text}
            {notice.action && (
              <>
                {' '}
                <button type="button" onClick={notice.action.run}>
                  {notice.action.label}
                </button>
              </>
            )}
          </p>
        )}
        {saveProblem && <p class="sm-notice sm-notice-error" id="sm-save-problem">{saveProblem}</p>}
        {otherTab && (
          <p class="sm-notice sm-notice-error" id="sm-other-tab">
            {otherTab.message}{' '}
            <button type="button" onClick={otherTab.load}>
              Load the other tab’s version
            </button>{' '}
            <button type="button" onClick={otherTab.keep}>
              Keep this version
            </button>
          </p>
        )}
      </div>
    </div>
  );
}
