import { gunzipSync } from 'node:zlib';
import { decodeStatusList, encodeStatusList, STATUS_LIST_SIZE, statusBit } from './status-list';

describe('the bitstring status list', () => {
  it('is 16 KB (131,072 entries), GZIP-compressed, multibase base64url without padding', () => {
    const encoded = encodeStatusList([]);
    expect(encoded).toMatch(/^u[A-Za-z0-9_-]+$/);
    const bits = gunzipSync(Buffer.from(encoded.slice(1), 'base64url'));
    expect(bits.length).toBe(STATUS_LIST_SIZE / 8);
    expect(bits.every((b) => b === 0)).toBe(true);
  });

  it('reads the empty list of the specification example', () => {
    const example = 'uH4sIAAAAAAAAA-3BMQEAAADCoPVPbQwfoAAAAAAAAAAAAAAAAAAAAIC3AYbSVKsAQAAA';
    const bits = decodeStatusList(example);
    expect(bits.length).toBe(16_384);
    expect(bits.every((b) => b === 0)).toBe(true);
  });

  it('puts index 0 in the left-most bit of the first byte', () => {
    const bits = decodeStatusList(encodeStatusList([0, 7, 8, 131_071]));
    expect(bits[0]).toBe(0b1000_0001);
    expect(bits[1]).toBe(0b1000_0000);
    expect(bits[16_383]).toBe(0b0000_0001);
    expect(bits.subarray(2, 16_383).every((b) => b === 0)).toBe(true);
  });

  it('sets exactly the given bits, and reads them back', () => {
    const set = [3, 42, 1000, 65_537, 99_999];
    const bits = decodeStatusList(encodeStatusList(set));
    const found: number[] = [];
    for (let i = 0; i < STATUS_LIST_SIZE; i++) if (statusBit(bits, i)) found.push(i);
    expect(found).toEqual(set);
  });

  it('refuses an index outside the list', () => {
    expect(() => encodeStatusList([STATUS_LIST_SIZE])).toThrow(RangeError);
    expect(() => encodeStatusList([-1])).toThrow(RangeError);
    expect(() => encodeStatusList([1.5])).toThrow(RangeError);
  });
});
