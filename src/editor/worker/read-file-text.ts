/**
 * Read a file as UTF-8 text a chunk at a time, saying how far it has got, so that a large file
 * shows progress while it is read. A byte order mark is dropped; bytes that are not UTF-8 are
 * refused rather than replaced.
 *
 * @param file The file.
 * @param progress Called with the bytes read so far, about every 2 % of the file.
 * @returns The text, or `undefined` when the bytes are not UTF-8.
 */
export async function readFileText(file: Blob, progress: (loaded: number) => void): Promise<string | undefined> {
  const decoder = new TextDecoder('utf-8', { fatal: true });
  const reader = file.stream().getReader();
  const parts: string[] = [];
  const step = Math.max(file.size / 50, 1);
  let loaded = 0;
  let told = 0;
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      loaded += value.byteLength;
      parts.push(decoder.decode(value, { stream: true }));
      if (loaded - told >= step) {
        told = loaded;
        progress(loaded);
      }
    }
    parts.push(decoder.decode());
  } catch (error) {
    if (error instanceof TypeError) return undefined;
    throw error;
  }
  return parts.join('');
}
