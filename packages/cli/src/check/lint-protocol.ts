import type { LintOutcome } from './create-linter.ts';

/** One file to lint. */
export interface LintTask {
  /** Position of the file in the run, to put results back in order. */
  index: number;
  /** Absolute path. */
  path: string;
  /** The file's text. */
  value: string;
}

/** Files the main thread sends a worker at once. */
export interface LintBatch {
  /** The files. */
  tasks: LintTask[];
}

/** What a worker sends back: the batch's messages, or why it failed. */
export type LintReply =
  | { kind: 'done'; results: ({ index: number } & LintOutcome)[] }
  | { kind: 'error'; stage: 'setup' | 'lint'; message: string };
