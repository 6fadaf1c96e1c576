import { CompactSign } from 'jose';
import type { KeyObject } from 'node:crypto';

/**
 * A Verifiable Credential secured as a VC-JWT (W3C VC-JOSE-COSE): the JWS payload is the
 * credential itself, with the registered claims a JWT verifier expects beside it (`iss` the
 * issuer's id, `nbf` its validFrom, `jti` its id, `sub` the subject when there is one).
 * No JSON-LD processing: nothing is fetched, ever.
 */
export async function signVcJwt(
  credential: Record<string, unknown> & { id: string; validFrom: string; issuer: unknown },
  key: { privateKey: KeyObject; kid: string },
  subject?: string,
): Promise<string> {
  const issuer = credential.issuer;
  const iss = typeof issuer === 'string' ? issuer : (issuer as { id: string }).id;
  const payload = {
    ...credential,
    iss,
    nbf: Math.floor(Date.parse(credential.validFrom) / 1000),
    jti: credential.id,
    ...(subject ? { sub: subject } : {}),
  };
  return new CompactSign(new TextEncoder().encode(JSON.stringify(payload)))
    .setProtectedHeader({ alg: 'EdDSA', kid: key.kid, typ: 'vc+jwt', cty: 'vc' })
    .sign(key.privateKey);
}

/** The JSON parts of a compact JWS, unverified (for a stored token the app signed itself). */
export function decodeJwtPart<T = Record<string, unknown>>(jwt: string, part: 0 | 1): T {
  return JSON.parse(Buffer.from(jwt.split('.')[part], 'base64url').toString('utf8')) as T;
}
