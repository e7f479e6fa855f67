/** Where a checked file is, as a SARIF `artifactLocation`. */
export interface ArtifactLocation {
  /** A URI reference: relative to `uriBaseId`, or an absolute `file:` URI. */
  uri: string;
  /** `%SRCROOT%` (the folder `specmark` ran in) for a relative `uri`; absent for an absolute one. */
  uriBaseId?: string;
}

const loneSurrogate = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** Percent-encode one path segment: everything but letters, digits and `-_.!~*'()`. */
function encodeSegment(segment: string): string {
  // A lone surrogate (a Windows file name that is not valid UTF-16) cannot be UTF-8 encoded: it
  // becomes U+FFFD, as Node.js shows an invalid UTF-8 name on Linux.
  return encodeURIComponent(segment.replace(loneSurrogate, '\uFFFD'));
}

/**
 * A checked file's SARIF location. A relative path (`specs/spec #1.md`) becomes a relative URI
 * reference with every segment percent-encoded and `/` between them (`specs/spec%20%231.md`), so
 * that spaces, `%`, `?`, `#`, `:`, `\` and non-ASCII letters (UTF-8) survive; it is resolved
 * against `%SRCROOT%`. An absolute path (another drive on Windows: `D:/specs/a.md`, or
 * `//server/share/a.md`) becomes a `file:` URI.
 *
 * @param path The file's path as results give it: relative to the working directory, with `/`.
 * @returns The artifact location.
 */
export function artifactLocation(path: string): ArtifactLocation {
  const drive = /^[A-Za-z]:\//.exec(path)?.[0];
  if (drive) return { uri: `file:///${drive}${path.slice(drive.length).split('/').map(encodeSegment).join('/')}` };
  if (path.startsWith('//')) return { uri: `file:${path.split('/').map(encodeSegment).join('/')}` };
  if (path.startsWith('/')) return { uri: `file://${path.split('/').map(encodeSegment).join('/')}` };
  return { uri: path.split('/').map(encodeSegment).join('/'), uriBaseId: '%SRCROOT%' };
}
