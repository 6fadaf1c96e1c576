import { escapeHtml, mailLayout } from './mail-layout';

describe('mailLayout', () => {
  const content = mailLayout({
    lang: 'fr',
    title: 'Invitation <script>alert(1)</script>\r\nBcc: x@y.z',
    greeting: 'Bonjour "Ada" & Co,',
    paragraphs: ['Ligne 1\nLigne 2', '<img src=x onerror=alert(1)>'],
    action: { label: 'Répondre', url: 'https://clique.test/s/abc?x=1&y="2"' },
    details: [{ label: 'Lieu', value: 'Salle <A>' }],
    footer: 'MCMS — Marie <Curie>',
  });

  it('escapes every value in the HTML part', () => {
    expect(content.html).not.toMatch(/<script|<img|<A>|<Curie>/);
    expect(content.html).toContain('Invitation &lt;script&gt;');
    expect(content.html).toContain('Bonjour &quot;Ada&quot; &amp; Co,');
    expect(content.html).toContain('Ligne 1<br>Ligne 2');
    expect(content.html).toContain('href="https://clique.test/s/abc?x=1&amp;y=%222%22"');
    expect(content.html).toContain('lang="fr"');
    expect(content.html).toContain('Message automatique');
  });

  it('keeps the subject on one line (no header injection)', () => {
    expect(content.subject).toBe('Invitation <script>alert(1)</script> Bcc: x@y.z');
  });

  it('writes a plain-text part saying the same', () => {
    expect(content.text).toContain('Bonjour "Ada" & Co,');
    expect(content.text).toContain('Lieu: Salle <A>');
    expect(content.text).toContain('Répondre: https://clique.test/s/abc?x=1&y=%222%22');
    expect(content.text).toContain('MCMS — Marie <Curie>');
  });

  it('drops a link that is not http(s)', () => {
    const c = mailLayout({
      lang: 'en',
      title: 'T',
      paragraphs: [],
      action: { label: 'Go', url: 'javascript:alert(1)' },
    });
    expect(c.html).not.toContain('javascript:');
    expect(c.text).not.toContain('javascript:');
    expect(c.text).toContain('Automatic message');
  });

  it('escapes quotes for attributes', () => {
    expect(escapeHtml(`a"b'c<d>&`)).toBe('a&quot;b&#39;c&lt;d&gt;&amp;');
  });
});
