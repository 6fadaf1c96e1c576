import { sanitizeSynthesis, wordCount } from './synthesis-html';

describe('synthesis HTML', () => {
  it('keeps the structure of a write-up', () => {
    const html =
      '<h2>Parcours</h2><p>Avocat à <strong>Sion</strong>, <em>droit</em> du numérique.</p><ul><li>Conseil</li></ul><blockquote>Q&amp;R</blockquote>';
    expect(sanitizeSynthesis(html)).toBe(html);
  });

  it('drops scripts, event handlers, images, styles and javascript: links', () => {
    const dirty =
      '<p onclick="steal()">Bonjour<script>alert(1)</script><img src=x onerror=alert(1)><span style="color:red">!</span></p><a href="javascript:alert(1)">x</a><iframe src="https://evil"></iframe>';
    const clean = sanitizeSynthesis(dirty);
    expect(clean).toBe(
      '<p>Bonjour!</p><a target="_blank" rel="noopener noreferrer nofollow">x</a>',
    );
  });

  it('makes links open safely in a new tab', () => {
    expect(sanitizeSynthesis('<a href="https://sawi.ch">SAWI</a>')).toBe(
      '<a href="https://sawi.ch" target="_blank" rel="noopener noreferrer nofollow">SAWI</a>',
    );
  });

  it('counts words without the tags', () => {
    expect(wordCount('<p>Le <strong>community manager</strong> — transparence.</p>')).toBe(4);
    expect(wordCount('<h2>Parcours</h2><p>Avocat</p>')).toBe(2);
  });
});
