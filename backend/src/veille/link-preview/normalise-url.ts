/** Query parameters that say where a click came from, not which page it is. */
const TRACKING = new Set([
  'fbclid',
  'gclid',
  'dclid',
  'gbraid',
  'wbraid',
  'msclkid',
  'mc_cid',
  'mc_eid',
  'igshid',
  'ref',
  'ref_src',
  'ref_url',
  '_hsenc',
  '_hsmi',
  'mkt_tok',
  'yclid',
  'twclid',
  's_cid',
  'cmpid',
  'xtor',
  'at_medium',
  'at_campaign',
  'ocid',
  'spm',
  'vero_id',
  'oly_anon_id',
  'oly_enc_id',
  'rb_clickid',
  'wt_mc',
  '__s',
]);
const SHARE_ID_HOSTS = /(^|\.)(youtube\.com|youtu\.be|spotify\.com)$/;

const isTracking = (name: string, host: string) => {
  const n = name.toLowerCase();
  return n.startsWith('utm_') || TRACKING.has(n) || (n === 'si' && SHARE_ID_HOSTS.test(host));
};

/**
 * A shared link as stored (`url`: tracking parameters and the fragment gone) and its key for
 * recognising the same page (`key`: scheme, `www.`, trailing slash, index pages and parameter
 * order aside). `null` unless it is an absolute http(s) address with a host.
 */
export function normaliseUrl(raw: string): { url: string; key: string } | null {
  const text = raw.trim();
  if (!text || text.length > 2048) return null;
  let u: URL;
  try {
    u = new URL(text);
  } catch {
    return null;
  }
  if ((u.protocol !== 'http:' && u.protocol !== 'https:') || !u.hostname) return null;
  const host = u.hostname.toLowerCase();
  for (const name of [...u.searchParams.keys()]) {
    if (isTracking(name, host)) u.searchParams.delete(name);
  }
  const route = u.hash.startsWith('#/') || u.hash.startsWith('#!');
  if (!route) u.hash = '';
  const url = u.toString();

  let keyHost = host.replace(/^www\./, '').replace(/^m\.youtube\.com$/, 'youtube.com');
  let path = u.pathname.replace(/\/index\.(html?|php)$/i, '/');
  const params = [...u.searchParams.entries()];
  if (keyHost === 'youtu.be' && path.length > 1) {
    params.push(['v', path.slice(1)]);
    keyHost = 'youtube.com';
    path = '/watch';
  }
  if (path.length > 1) path = path.replace(/\/+$/, '');
  if (path === '/') path = '';
  params.sort(([a, x], [b, y]) => (a === b ? (x < y ? -1 : x > y ? 1 : 0) : a < b ? -1 : 1));
  const query = new URLSearchParams(params).toString();
  const port = u.port ? `:${u.port}` : '';
  const key = `${keyHost}${port}${path}${query ? `?${query}` : ''}${route ? u.hash : ''}`;
  return { url, key };
}
