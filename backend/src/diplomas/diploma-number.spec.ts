import {
  diplomaNumber,
  normaliseCode,
  normaliseNumber,
  printedCode,
  verificationCode,
  verificationUrl,
} from './diploma-number';

describe('diploma numbers and codes', () => {
  it('writes the programme, the year and a four-digit counter', () => {
    expect(diplomaNumber('mcms', 2027, 42)).toBe('MCMS-2027-0042');
    expect(diplomaNumber('LP-ARC', 2026, 1)).toBe('LP-ARC-2026-0001');
  });

  it('draws codes of sixteen unambiguous characters, different every time', () => {
    const codes = new Set(Array.from({ length: 200 }, () => verificationCode()));
    expect(codes.size).toBe(200);
    for (const code of codes) expect(code).toMatch(/^[a-hj-km-np-z2-9]{16}$/);
  });

  it('builds the link printed on the diploma and reads back what people type', () => {
    expect(verificationUrl('https://clique.example/', 'MCMS-2027-0042', 'abcd')).toBe(
      'https://clique.example/verify/MCMS-2027-0042?c=abcd',
    );
    expect(normaliseNumber(' mcms-2027-0042 ')).toBe('MCMS-2027-0042');
    expect(normaliseCode('ABCD-efgh jkmn')).toBe('abcdefghjkmn');
    expect(printedCode('abcdefghjkmnpqrs')).toBe('abcd-efgh-jkmn-pqrs');
  });
});
