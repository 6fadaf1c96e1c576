/** A drawn signature is at most this many bytes of PNG. */
export const MAX_SIGNATURE_BYTES = 256 * 1024;

const PREFIX = 'data:image/png;base64,';
const BASE64 = /^[A-Za-z0-9+/]+={0,2}$/;
const PNG_MAGIC = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

/**
 * The PNG bytes of a signature sent as a data URL (what signature_pad's `toDataURL()` gives),
 * or null when it is not one: another type, not base64, too large, or bytes that do not start
 * like a PNG with its IHDR chunk.
 */
export function parseSignaturePng(dataUrl: string): Buffer | null {
  if (!dataUrl.startsWith(PREFIX)) return null;
  const base64 = dataUrl.slice(PREFIX.length);
  if (base64.length === 0 || base64.length % 4 !== 0 || !BASE64.test(base64)) return null;
  if ((base64.length / 4) * 3 > MAX_SIGNATURE_BYTES + 2) return null;
  const bytes = Buffer.from(base64, 'base64');
  if (bytes.length > MAX_SIGNATURE_BYTES || bytes.length < 33) return null;
  if (!bytes.subarray(0, 8).equals(PNG_MAGIC)) return null;
  if (bytes.subarray(12, 16).toString('latin1') !== 'IHDR') return null;
  const width = bytes.readUInt32BE(16);
  const height = bytes.readUInt32BE(20);
  if (width === 0 || height === 0 || width > 4000 || height > 4000) return null;
  return bytes;
}

/** A PNG's bytes as a data URL again (for the PDF sheet and the API). */
export function pngDataUrl(png: Buffer): string {
  return `${PREFIX}${png.toString('base64')}`;
}
