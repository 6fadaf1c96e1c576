const HREF = /\bhref\s*=\s*(?:"([^"]*)"|'([^']*)')/gi;
const URL_IN_TEXT = /\bhttps?:\/\/[^\s<>"')\]]+/gi;
const ENTITY: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'" };

const decode = (value: string) =>
  value.replace(/&(amp|lt|gt|quot|#39);/g, (_, name: string) => ENTITY[name]);

/** Every http(s) link of a mail's HTML (its hrefs) and text parts, once each, in order. */
export function mailLinks(html: string, text: string): string[] {
  const found: string[] = [];
  for (const [, a, b] of html.matchAll(HREF)) found.push(decode(a ?? b ?? '').trim());
  for (const [url] of text.matchAll(URL_IN_TEXT)) found.push(url.replace(/[.,;:!?]+$/, ''));
  return [...new Set(found.filter((u) => /^https?:\/\//i.test(u)))];
}
