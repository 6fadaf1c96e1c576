/**
 * An uploaded file's name is metadata only: what the user called it, shown back to them and
 * used as the download name. Never a path: these helpers make any name harmless.
 */

const MAX_LENGTH = 200;
const WINDOWS_RESERVED = /^(con|prn|aux|nul|com\d|lpt\d)(\.|$)/i;

/**
 * The last path segment, without control characters, characters Windows refuses, leading
 * dots (hidden files, `..`) or trailing dots and spaces; at most 200 characters, keeping the
 * extension. `../../etc/passwd` becomes `passwd`; an empty result becomes `file`.
 */
export function sanitiseFileName(raw: string): string {
  let name = raw.normalize('NFC').split(/[\\/]/).pop() ?? '';
  name = name
    // eslint-disable-next-line no-control-regex
    .replace(/[\u0000-\u001f\u007f-\u009f\u200b-\u200f\u202a-\u202e\u2066-\u2069]/g, '')
    .replace(/[<>:"|?*]/g, '_')
    .replace(/\s+/g, ' ')
    .replace(/^[.\s]+|[.\s]+$/g, '');
  if (WINDOWS_RESERVED.test(name)) name = `_${name}`;
  if (name.length > MAX_LENGTH) {
    const dot = name.lastIndexOf('.');
    const ext = dot > 0 && name.length - dot <= 10 ? name.slice(dot) : '';
    name = name.slice(0, MAX_LENGTH - ext.length) + ext;
  }
  return name || 'file';
}

/** The name to download under: the sanitised name, with an extension matching the content. */
export function downloadName(name: string, extensions: string[]): string {
  const dot = name.lastIndexOf('.');
  const ext = dot > 0 ? name.slice(dot + 1).toLowerCase() : '';
  if (extensions.length === 0 || extensions.includes(ext)) return name;
  return `${name}.${extensions[0]}`;
}

/**
 * `Content-Disposition: attachment` with an ASCII fallback `filename` and the exact UTF-8
 * name in `filename*` (RFC 6266, RFC 8187).
 */
export function attachmentDisposition(name: string): string {
  const fallback = name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^\x20-\x7e]/g, '_')
    .replace(/["\\%]/g, '_');
  const encoded = encodeURIComponent(name).replace(
    /['()*]/g,
    (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`,
  );
  return `attachment; filename="${fallback}"; filename*=UTF-8''${encoded}`;
}
