import { initialLanguage, pickLanguage } from './language';

describe('pickLanguage', () => {
  it('picks French for any French variant', () => {
    expect(pickLanguage(['fr-CH'])).toBe('fr');
    expect(pickLanguage(['fr'])).toBe('fr');
    expect(pickLanguage(['fr-FR', 'en'])).toBe('fr');
  });

  it('picks English for any English variant', () => {
    expect(pickLanguage(['en-GB'])).toBe('en');
    expect(pickLanguage(['EN-us'])).toBe('en');
    expect(pickLanguage(['en_US'])).toBe('en');
  });

  it('falls back to French when the browser offers neither', () => {
    expect(pickLanguage(['de-CH', 'it'])).toBe('fr');
    expect(pickLanguage([])).toBe('fr');
    expect(pickLanguage([undefined, null, ''])).toBe('fr');
  });

  it('takes the first supported language in the browser preference order', () => {
    expect(pickLanguage(['de-CH', 'en-US', 'fr'])).toBe('en');
  });

  it('does not mistake a language merely starting with the same letters', () => {
    expect(pickLanguage(['fry', 'enm'])).toBe('fr');
    expect(pickLanguage(['fur', 'en'])).toBe('en');
  });
});

describe('initialLanguage', () => {
  it('prefers a remembered choice over the browser languages', () => {
    expect(initialLanguage('en', ['fr-CH'])).toBe('en');
  });

  it('ignores a remembered value that is not a supported language', () => {
    expect(initialLanguage('de', ['en-GB'])).toBe('en');
    expect(initialLanguage(null, ['de'])).toBe('fr');
  });
});
