import { mailLinks } from './mail-links';

describe('mailLinks', () => {
  it('lists the http(s) links of both parts once, decoded', () => {
    const html = `<a href="https://a.test/x?i=1&amp;j=2">A</a><a href='http://b.test/'>B</a><a href="mailto:x@y.z">m</a>`;
    const text = 'Open: https://a.test/x?i=1&j=2\nAlso https://c.test/page.';
    expect(mailLinks(html, text)).toEqual([
      'https://a.test/x?i=1&j=2',
      'http://b.test/',
      'https://c.test/page',
    ]);
  });
});
