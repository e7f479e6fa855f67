/** A credential found in a file. */
export interface SecretFinding {
  /** Offset of its first character. */
  start: number;
  /** Offset just past its last character. */
  end: number;
  /** What kind of credential it is, as a message names it (`Google API key`). */
  kind: string;
}
