/**
 * Hand text to the person as a downloaded file.
 *
 * @param text The file's text.
 * @param fileName The file name offered.
 * @param type The media type (default: `text/plain;charset=utf-8`).
 */
export function downloadText(text: string, fileName: string, type = 'text/plain;charset=utf-8'): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 0);
}
