import { normaliseUrl } from './normalise-url';

describe('normaliseUrl', () => {
  it('gives the same key whatever the tracking parameters, scheme, www and order', () => {
    const a = normaliseUrl('https://www.Example.com/a/?utm_source=x&b=2&a=1#top');
    const b = normaliseUrl('http://example.com/a?a=1&b=2&fbclid=z');
    expect(a).toEqual({ url: 'https://www.example.com/a/?b=2&a=1', key: 'example.com/a?a=1&b=2' });
    expect(b?.key).toBe('example.com/a?a=1&b=2');
    expect(normaliseUrl('https://example.com/a/index.html?gclid=1&UTM_Campaign=r')?.key).toBe(
      'example.com/a',
    );
  });

  it('keeps the parameters that name the page, and route fragments', () => {
    expect(normaliseUrl('https://example.com/a?id=1')?.key).not.toBe(
      normaliseUrl('https://example.com/a?id=2')?.key,
    );
    expect(normaliseUrl('https://app.example.com/#/posts/3')?.url).toBe(
      'https://app.example.com/#/posts/3',
    );
    expect(normaliseUrl('https://example.com:8443/x')?.key).toBe('example.com:8443/x');
  });

  it('knows YouTube short links and share ids', () => {
    expect(normaliseUrl('https://youtu.be/abc123?si=XYZ')?.key).toBe('youtube.com/watch?v=abc123');
    expect(normaliseUrl('https://m.youtube.com/watch?v=abc123&si=Q')?.key).toBe(
      'youtube.com/watch?v=abc123',
    );
    expect(normaliseUrl('https://example.com/?si=1')?.key).toBe('example.com?si=1');
  });

  it('refuses what is not a web address', () => {
    for (const raw of [
      '',
      'not a url',
      'javascript:alert(1)',
      'ftp://example.com/f',
      'data:text/html,x',
      'http://',
      'file:///etc/passwd',
      `https://e.com/${'a'.repeat(2048)}`,
    ]) {
      expect([raw.slice(0, 30), normaliseUrl(raw)]).toEqual([raw.slice(0, 30), null]);
    }
  });
});
