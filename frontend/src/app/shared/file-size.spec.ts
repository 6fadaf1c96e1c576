import { formatFileSize } from './file-size';

/** Intl separates with no-break spaces; compare with plain ones. */
const plain = (text: string) => text.replace(/\s/g, ' ');

describe('formatFileSize', () => {
  it('gives small files in bytes, in words', () => {
    expect(plain(formatFileSize(512, 'en'))).toBe('512 bytes');
    expect(plain(formatFileSize(512, 'fr-CH'))).toBe('512 octets');
  });

  it('uses binary multiples with one decimal under ten', () => {
    expect(plain(formatFileSize(1536, 'en'))).toBe('1.5 kB');
    expect(plain(formatFileSize(1.5 * 1024 * 1024, 'fr-CH'))).toBe('1,5 Mo');
    expect(plain(formatFileSize(50 * 1024 * 1024, 'en'))).toBe('50 MB');
  });

  it('stops at gigabytes', () => {
    expect(plain(formatFileSize(3 * 1024 ** 4, 'en'))).toBe('3,072 GB');
  });

  it('gives nothing for a size that is not one', () => {
    expect(plain(formatFileSize(-1, 'en'))).toBe('');
    expect(plain(formatFileSize(Number.NaN, 'en'))).toBe('');
  });
});
