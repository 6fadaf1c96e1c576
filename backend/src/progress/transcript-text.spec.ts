import { formatNumber, reasonText } from './transcript-text';

describe('transcript text', () => {
  it('writes numbers in the locale: a comma in French, the Swiss apostrophe for thousands', () => {
    expect(formatNumber(4.5, 'fr', 'CH')).toBe('4,5');
    expect(formatNumber(9.4, 'fr', 'FR')).toBe('9,4');
    expect(formatNumber(1234.5, 'fr', 'CH')).toBe('1’234,5');
    expect(formatNumber(1234.5, 'en', 'CH')).toBe('1’234.5');
    expect(formatNumber(1234.5, 'fr', 'FR')).toBe('1\u202f234,5');
    expect(formatNumber(10, 'fr', 'FR')).toBe('10');
  });

  it('says a rule in words with its numbers', () => {
    const reason = {
      code: 'group_average.not_met',
      params: { group: 'UE 5', title: 'projet + stage', value: 9.4, threshold: 10 },
    };
    expect(reasonText(reason, 'fr', 'FR')).toBe('UE 5 projet + stage 9,4 < 10');
    expect(
      reasonText({ code: 'attendance.not_met', params: { value: 72, threshold: 80 } }, 'en', 'CH'),
    ).toBe('Attendance 72 % < 80 %');
  });
});
