import { htmlToText, inlineToHtml, textToHtml } from './synthesis-text';

describe('synthesis text', () => {
  it('makes paragraphs, headings and lists', () => {
    const text = [
      '# Parcours',
      'Avocate depuis 2010,',
      'puis CM.',
      '',
      '## Conseils',
      '- écouter',
      '- répondre vite',
      '',
      '1. crise',
      '2. Q&R',
    ].join('\n');
    expect(textToHtml(text)).toBe(
      [
        '<h2>Parcours</h2>',
        '<p>Avocate depuis 2010,<br>puis CM.</p>',
        '<h3>Conseils</h3>',
        '<ul><li>écouter</li><li>répondre vite</li></ul>',
        '<ol><li>crise</li><li>Q&amp;R</li></ol>',
      ].join('\n'),
    );
  });

  it('marks bold, italic and links and escapes the rest', () => {
    expect(inlineToHtml('**fort** et *doux* <b>x</b> [site](https://ex.org/a_b)')).toBe(
      '<strong>fort</strong> et <em>doux</em> &lt;b&gt;x&lt;/b&gt; <a href="https://ex.org/a_b">site</a>',
    );
    expect(inlineToHtml('[x](javascript:alert(1))')).toBe('[x](javascript:alert(1))');
    expect(inlineToHtml('deux****')).toBe('deux');
  });

  it('quotes lines starting with >', () => {
    expect(textToHtml('> « Soyez humains »')).toBe(
      '<blockquote><p>« Soyez humains »</p></blockquote>',
    );
  });

  it('reads saved HTML back as the same text', () => {
    const text = [
      '# Parcours',
      'Avocate, **spécialiste** du *droit* numérique.\nVoir [son site](https://ex.org).',
      '- un\n- deux',
      '1. a\n2. b',
      '> citée',
    ].join('\n\n');
    expect(htmlToText(textToHtml(text))).toBe(text);
  });

  it('reads HTML from another editor', () => {
    expect(htmlToText('<p>Un <b>mot</b></p><h4>Fin</h4><p></p>')).toBe('Un **mot**\n\n## Fin');
  });
});
