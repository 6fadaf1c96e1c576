const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
/** A long random-looking segment: a link token (set-password, mentor, speaker, calendar feed). */
const SECRET = /^[A-Za-z0-9_.~-]{24,}$/;

/**
 * The URL as it may be logged: path segments and query values that carry secrets (the tokens
 * of links given to people without an account) are replaced, uuids and ordinary words kept.
 */
export function redactUrl(url: string | undefined): string | undefined {
  if (!url) return url;
  const [path, query] = url.split('?', 2);
  const safePath = path
    .split('/')
    .map((segment) => {
      const [name, ...ext] = segment.split(/(?=\.(?:ics|html|csv|json)$)/);
      return !UUID.test(name) && SECRET.test(name) ? ['[redacted]', ...ext].join('') : segment;
    })
    .join('/');
  if (query === undefined) return safePath;
  const safeQuery = query
    .split('&')
    .map((pair) => {
      const [key] = pair.split('=', 1);
      return /token|secret|key|password/i.test(key) ? `${key}=[redacted]` : pair;
    })
    .join('&');
  return `${safePath}?${safeQuery}`;
}
