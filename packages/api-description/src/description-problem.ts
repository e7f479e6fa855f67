/** Why a description could not be read, and where: the message a tool shows at `api.description`. */
export interface DescriptionProblem {
  /** What went wrong, in the `Unexpected …, expected …` voice, without a stack trace. */
  message: string;
  /** The 1-based line in the description where it went wrong, when known. */
  line?: number;
  /** The 1-based column, when known. */
  column?: number;
}

/** A description read, or why not. */
export type DescriptionResult<T> = { ok: true; value: T } | { ok: false; problem: DescriptionProblem };
