/** The largest description file the editor opens, in bytes. */
export const maxDescriptionBytes = 64_000_000;

/** Why a file is not opened as an API description. Wording lives in `form-messages.ts`. */
export type DescriptionFileProblem =
  /** Not a `.json`, `.yaml` or `.yml` file. */
  | 'not-description'
  /** Larger than {@link maxDescriptionBytes}. */
  | 'too-large';

/**
 * Tell whether a file's name says it may be an API description (JSON or YAML).
 *
 * @param name The file's name.
 * @returns `true` for `.json`, `.yaml` and `.yml` names, in any case.
 */
export function isDescriptionName(name: string): boolean {
  return /\.(json|ya?ml)$/i.test(name);
}

/**
 * Why a chosen or dropped file is not opened as an API description, before any of it is read.
 *
 * @param file The file.
 * @returns The problem, or `undefined` when the file may be opened.
 */
export function descriptionFileProblem(file: Pick<File, 'name' | 'size'>): DescriptionFileProblem | undefined {
  if (!isDescriptionName(file.name)) return 'not-description';
  if (file.size > maxDescriptionBytes) return 'too-large';
  return undefined;
}
