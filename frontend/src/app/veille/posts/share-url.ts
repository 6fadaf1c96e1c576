/**
 * The link a share target or a bookmarklet hands over: `url` when it is a web address, else the
 * first web address inside `text` (phones often put the link there), else ''.
 */
export function sharedUrl(url: string | null | undefined, text: string | null | undefined): string {
  const direct = url?.trim() ?? '';
  if (/^https?:\/\/\S+$/i.test(direct)) return direct;
  const found = /https?:\/\/[^\s<>"']+/i.exec(`${direct} ${text ?? ''}`)?.[0] ?? '';
  return found.replace(/[).,;!?»]+$/, '');
}

/** A web address the live preview may ask about (http or https, with a host). */
export function isWebUrl(value: string): boolean {
  try {
    const u = new URL(value.trim());
    return (u.protocol === 'http:' || u.protocol === 'https:') && u.hostname.length > 0;
  } catch {
    return false;
  }
}

/** The area a page is under (student, instructor, admin), from the router URL. */
export function areaOf(url: string): string {
  return /^\/(student|instructor|admin)\//.exec(url)?.[1] ?? 'student';
}
