import { gunzipSync, gzipSync } from 'node:zlib';

/**
 * W3C Bitstring Status List v1.0: one bit per credential, 131,072 of them (16 KB, the minimum
 * for herd privacy); index 0 is the left-most (most significant) bit of the first byte. The
 * list travels GZIP-compressed, as multibase base64url without padding (prefix `u`).
 */
export const STATUS_LIST_SIZE = 131_072;

/** The encoded list with the given indexes set. */
export function encodeStatusList(setIndexes: Iterable<number>, size = STATUS_LIST_SIZE): string {
  if (size % 8 !== 0) throw new RangeError('a status list holds whole bytes');
  const bits = Buffer.alloc(size / 8);
  for (const index of setIndexes) {
    if (!Number.isInteger(index) || index < 0 || index >= size)
      throw new RangeError(`status index ${index} is outside the list`);
    bits[index >> 3] |= 0x80 >> (index & 7);
  }
  return `u${gzipSync(bits, { level: 9 }).toString('base64url')}`;
}

/** The raw bitstring of an encoded list (refuses anything but multibase base64url GZIP). */
export function decodeStatusList(encoded: string): Buffer {
  if (!encoded.startsWith('u')) throw new Error('not multibase base64url');
  return gunzipSync(Buffer.from(encoded.slice(1), 'base64url'));
}

/** The bit at `index`, read as the specification says (left-most bit first). */
export function statusBit(bits: Buffer, index: number): 0 | 1 {
  return ((bits[index >> 3] >> (7 - (index & 7))) & 1) as 0 | 1;
}
