import { randomInt } from 'node:crypto';

/** `MCMS`, 2027, 42 → `MCMS-2027-0042`: the programme's code, the year, a counter per both. */
export function diplomaNumber(programmeCode: string, year: number, counter: number): string {
  return `${programmeCode.toUpperCase()}-${year}-${String(counter).padStart(4, '0')}`;
}

/** Letters and digits that cannot be misread for one another (no 0/o, 1/l/i). */
const ALPHABET = 'abcdefghjkmnpqrstuvwxyz23456789';
export const VERIFICATION_CODE_LENGTH = 16;

/** The random code of a diploma's QR link (~79 bits): without it, a lookup finds nothing. */
export function verificationCode(): string {
  let code = '';
  for (let i = 0; i < VERIFICATION_CODE_LENGTH; i += 1)
    code += ALPHABET[randomInt(ALPHABET.length)];
  return code;
}

/** The public link of a diploma, printed on it and in its QR code. */
export function verificationUrl(publicUrl: string, number: string, code: string): string {
  return `${publicUrl.replace(/\/+$/, '')}/verify/${encodeURIComponent(number)}?c=${code}`;
}

/** What a diploma number looks like (the database's `ck_diplomas_number` says the same). */
export const DIPLOMA_NUMBER = /^[A-Z0-9][A-Z0-9_-]*-[0-9]{4}-[0-9]{4}$/;

/** A typed number as stored: trimmed, upper case. */
export function normaliseNumber(raw: string): string {
  return raw.trim().toUpperCase();
}

/** A typed code as stored: lower case, without the spaces and dashes it is printed with. */
export function normaliseCode(raw: string): string {
  return raw.toLowerCase().replace(/[\s-]+/g, '');
}

/** The code as printed, in groups of four: `abcd-efgh-jkmn-pqrs`. */
export function printedCode(code: string): string {
  return code.match(/.{1,4}/g)?.join('-') ?? code;
}
