import type { Root } from 'mdast';
import type { Transformer } from 'unified';
import type { VFileMessage } from 'vfile-message';

/** Messages that become errors (`fatal: true`) once every transform has run. */
const errors = new WeakSet<VFileMessage>();

/** Messages that stay warnings whatever their rule's severity (what a later status will require). */
const advisories = new WeakSet<VFileMessage>();

/**
 * Mark a message as an error, applied at the end of the pipeline by {@link applySeverity}.
 *
 * Why deferred: unified-engine (remark-cli) treats a file with a fatal message as failed and stops
 * waiting for it; if a fatal message appeared while an asynchronous rule was still running, the
 * other files of the run would wait for it forever and the process would exit silently.
 *
 * @param message The message.
 * @param error `true` for an error, `false` for a warning (an advisory stays a warning).
 */
export function setSeverity(message: VFileMessage, error: boolean): void {
  message.fatal = false;
  if (error && !advisories.has(message)) errors.add(message);
  else errors.delete(message);
}

/**
 * Mark a message as advisory: a warning even when its rule's messages are errors.
 *
 * @param message The message.
 */
export function markAdvisory(message: VFileMessage): void {
  advisories.add(message);
  errors.delete(message);
}

/**
 * Whether a message is advisory: a warning whatever its rule's severity.
 *
 * @param message The message.
 * @returns `true` for a message marked with {@link markAdvisory}.
 */
export function isAdvisory(message: VFileMessage): boolean {
  return advisories.has(message);
}

/**
 * The last transform of the pipeline: turn the messages marked with {@link setSeverity} into errors.
 *
 * @returns Transform.
 */
export function applySeverity(): Transformer<Root> {
  return function (_, file) {
    for (const message of file.messages) if (errors.has(message)) message.fatal = true;
  };
}
