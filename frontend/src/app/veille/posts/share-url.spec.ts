import { areaOf, isWebUrl, sharedUrl } from './share-url';

describe('the shared link', () => {
  it('takes the url, or the first web address in the shared text', () => {
    expect(sharedUrl('https://example.org/a', 'x')).toBe('https://example.org/a');
    expect(sharedUrl('', 'À lire : https://example.org/b?x=1. Vraiment')).toBe(
      'https://example.org/b?x=1',
    );
    expect(sharedUrl(undefined, 'Rien ici')).toBe('');
    expect(sharedUrl('javascript:alert(1)', null)).toBe('');
  });

  it('knows a web address and the area', () => {
    expect(isWebUrl('https://example.org')).toBe(true);
    expect(isWebUrl('ftp://example.org')).toBe(false);
    expect(isWebUrl('pas une adresse')).toBe(false);
    expect(areaOf('/instructor/veille/new')).toBe('instructor');
    expect(areaOf('/veille/p/x')).toBe('student');
  });
});
