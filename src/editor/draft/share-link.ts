/** The URL fragment key that carries a shared draft (`#draft=…`). */
export const shareFragmentKey = 'draft';

/** The URL fragment key that carries a team's template with a shared draft (`#template=…&draft=…`). */
export const templateFragmentKey = 'template';

/** The longest share link offered, in characters; browsers and chat apps cut longer URLs. */
export const maxShareLinkLength = 32_000;

/** The longest decompressed draft a share link may carry, in bytes (default guard against bombs). */
const maxDraftBytes = 2_000_000;

/**
 * Compress a JSON value into one parameter of a URL fragment: UTF-8, raw DEFLATE, then base64url.
 *
 * @param value The value (a draft envelope).
 * @param key The parameter's name (default: {@link shareFragmentKey}).
 * @returns The parameter, `draft=…`, without `#`.
 */
export async function encodeShareFragment(value: unknown, key = shareFragmentKey): Promise<string> {
  const bytes = new TextEncoder().encode(JSON.stringify(value));
  const compressed = await pipe(bytes, new CompressionStream('deflate-raw'));
  return `${key}=${toBase64Url(compressed)}`;
}

/**
 * Read the JSON value carried by one parameter of a URL fragment.
 *
 * @param hash The URL's fragment (`#draft=…`, with or without `#`).
 * @param key The parameter's name (default: {@link shareFragmentKey}).
 * @returns The value; `undefined` when the fragment has no such parameter; `null` when it has one
 *   that cannot be read (bad base64url, bad DEFLATE data, too large, or not JSON).
 */
export async function decodeShareFragment(hash: string, key = shareFragmentKey): Promise<unknown> {
  const params = new URLSearchParams(hash.replace(/^#/, ''));
  const payload = params.get(key);
  if (payload === null) return undefined;
  try {
    const bytes = await pipe(fromBase64Url(payload), new DecompressionStream('deflate-raw'), maxDraftBytes);
    return JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes)) as unknown;
  } catch {
    return null;
  }
}

/** Run bytes through a compression stream; fail past `limit` output bytes. */
async function pipe(input: Uint8Array, transform: TransformStream<BufferSource, Uint8Array>, limit = Number.POSITIVE_INFINITY): Promise<Uint8Array> {
  const writer = transform.writable.getWriter();
  void writer.write(input as Uint8Array<ArrayBuffer>).then(() => writer.close()).catch(() => undefined);
  const chunks: Uint8Array[] = [];
  let length = 0;
  const reader = transform.readable.getReader();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    length += value.length;
    if (length > limit) {
      await reader.cancel();
      throw new RangeError('Draft too large');
    }
    chunks.push(value);
  }
  const out = new Uint8Array(length);
  let offset = 0;
  for (const chunk of chunks) {
    out.set(chunk, offset);
    offset += chunk.length;
  }
  return out;
}

function toBase64Url(bytes: Uint8Array): string {
  let binary = '';
  for (let index = 0; index < bytes.length; index += 0x8000) binary += String.fromCharCode(...bytes.subarray(index, index + 0x8000));
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=/g, '');
}

function fromBase64Url(text: string): Uint8Array {
  if (!/^[A-Za-z0-9_-]*$/.test(text)) throw new SyntaxError('Not base64url');
  const binary = atob(text.replace(/-/g, '+').replace(/_/g, '/'));
  const bytes = new Uint8Array(binary.length);
  for (let index = 0; index < binary.length; index += 1) bytes[index] = binary.charCodeAt(index);
  return bytes;
}

/**
 * A URL fragment without one of its parameters, for taking a parameter out of the address once read.
 *
 * @param hash The URL's fragment (with or without `#`).
 * @param key The parameter to drop.
 * @returns The fragment without it, with `#`; empty when nothing is left.
 */
export function withoutFragmentKey(hash: string, key: string): string {
  const params = new URLSearchParams(hash.replace(/^#/, ''));
  params.delete(key);
  const rest = params.toString();
  return rest === '' ? '' : `#${rest}`;
}
