import type { Answers } from '@specmark/template';
import type { ApiFormat, ApiOperation, DescriptionProblem } from '@specmark/api-description';
import type { TemplateRef } from './worker-protocol.ts';

/** An operation as the editor lists it: what the person searches and picks by. */
export type OperationRow = Pick<ApiOperation, 'method' | 'path' | 'operationId' | 'summary' | 'deprecated'>;

/** How many matching operations the page lists at once; the count says how many more there are. */
export const shownOperations = 50;

/** Operations matching a search: the first ones, to list, and how many match in all. */
export interface OperationMatches {
  /** The first matches, in the description's order, each with its label (`METHOD /path`) and place in the description. */
  shown: { row: OperationRow; label: string; position: number }[];
  /** How many operations match. */
  total: number;
}

/** A description opened in the editor, as the page needs it (the index, and the search over it, stay in the worker). */
export interface OpenedDescription {
  /** The file's name (`api.github.com.json`), written to `api.description`. */
  name: string;
  /** The description's format. */
  format: ApiFormat;
  /** `info.title` (`''` when absent). */
  title: string;
  /** `info.version` (`''` when absent). */
  version: string;
  /** How many operations it has. */
  operationCount: number;
  /** Files a `$ref` names that were not opened with it: what they hold is left out. */
  missing: string[];
}

/** What the description worker is doing while it opens a file. */
export type DescriptionStage =
  /** Reading the file's bytes (`loaded` of `total`). */
  | 'reading'
  /** Reading its JSON or YAML. */
  | 'parsing'
  /** Building the index of its operations. */
  | 'indexing';

/** A request to the description worker. */
export type DescriptionRequest =
  /** Open a description file: read, parse and index it, and keep its index for `prefill`. */
  | { type: 'open'; id: number; file: File }
  /** The operations of the opened description that match a search (`searchOperations`). */
  | { type: 'search'; id: number; query: string; limit: number }
  /** The answers `prefillAnswers` makes from the opened description and the operations picked. */
  | { type: 'prefill'; id: number; template: TemplateRef; operations: string[]; title?: string };

/** A message from the description worker, about the request with the same id. */
export type DescriptionResponse =
  /** How far opening has got; sent while the request runs, before its answer. */
  | { type: 'progress'; id: number; stage: DescriptionStage; loaded: number; total: number }
  /**
   * The description is open; `matches`: its first operations, as a blank search lists them;
   * `index`: its index as UTF-8 JSON (`indexBytes`), transferred, for the page to hand the lint
   * worker.
   */
  | { type: 'opened'; id: number; description: OpenedDescription; matches: OperationMatches; index: ArrayBuffer }
  | { type: 'matches'; id: number; matches: OperationMatches }
  | { type: 'prefill'; id: number; answers: Answers }
  /** The file's bytes are not UTF-8 text. */
  | { type: 'not-utf8'; id: number }
  /** The file is not a description that can be read: why (`Unexpected …, expected …`), and where. */
  | { type: 'unreadable'; id: number; problem: DescriptionProblem }
  /** The request failed; `message` says why. */
  | { type: 'error'; id: number; message: string };
