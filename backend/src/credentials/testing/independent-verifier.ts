import { createPublicKey, verify } from 'node:crypto';

/**
 * A VC-JWT verifier that shares no code with the signing side: Node's own Ed25519
 * `crypto.verify` over `header.payload`, with the key found by `kid` in a JWKS the test
 * fetched over HTTP. Strict: three canonical base64url parts (no padding, no stray bits),
 * `alg` EdDSA, a known `kid`. Throws on any failure.
 */
export interface Jwks {
  keys: Array<{ kty: string; crv: string; x: string; kid: string; alg?: string; use?: string }>;
}

const canonical = (part: string) =>
  /^[A-Za-z0-9_-]+$/.test(part) && Buffer.from(part, 'base64url').toString('base64url') === part;

export function verifyIndependently(
  jwt: string,
  jwks: Jwks,
): { header: Record<string, unknown>; payload: Record<string, unknown> } {
  const parts = jwt.split('.');
  if (parts.length !== 3 || !parts.every(canonical)) throw new Error('not a compact JWS');
  const [h, p, s] = parts;
  const header = JSON.parse(Buffer.from(h, 'base64url').toString('utf8')) as Record<
    string,
    unknown
  >;
  if (header['alg'] !== 'EdDSA') throw new Error('not EdDSA');
  const jwk = jwks.keys.find((k) => k.kid === header['kid']);
  if (!jwk || jwk.kty !== 'OKP' || jwk.crv !== 'Ed25519') throw new Error('unknown kid');
  const key = createPublicKey({ key: { kty: jwk.kty, crv: jwk.crv, x: jwk.x }, format: 'jwk' });
  const ok = verify(null, Buffer.from(`${h}.${p}`, 'ascii'), key, Buffer.from(s, 'base64url'));
  if (!ok) throw new Error('bad signature');
  const payload = JSON.parse(Buffer.from(p, 'base64url').toString('utf8')) as Record<
    string,
    unknown
  >;
  return { header, payload };
}

export function verifies(jwt: string, jwks: Jwks): boolean {
  try {
    verifyIndependently(jwt, jwks);
    return true;
  } catch {
    return false;
  }
}
