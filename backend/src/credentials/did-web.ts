import type { IssuerKey } from './issuer-keys';

/**
 * The issuer's public identity: `did:web:<host>` of PUBLIC_URL (a port is percent-encoded,
 * `did:web:localhost%3A3000`), resolved by verifiers at `<origin>/.well-known/did.json`.
 * A path in PUBLIC_URL is not part of the DID: did:web looks at the origin's `/.well-known/`.
 */
export function didWebFor(publicUrl: string): string {
  const { hostname, port } = new URL(publicUrl);
  return `did:web:${encodeURIComponent(hostname)}${port ? `%3A${port}` : ''}`;
}

/** The DID URL of one key: what a credential's JWT header names in `kid`. */
export const verificationMethodId = (did: string, kid: string) => `${did}#${kid}`;

const jwkOf = (key: IssuerKey) => ({
  kty: key.publicJwk.kty,
  crv: key.publicJwk.crv,
  x: key.publicJwk.x,
});

/**
 * The DID document: every key ever used, retired ones included (old credentials name them),
 * as `JsonWebKey` verification methods usable for `assertionMethod`.
 */
export function didDocument(did: string, keys: IssuerKey[]): Record<string, unknown> {
  const ids = keys.map((key) => verificationMethodId(did, key.kid));
  return {
    '@context': ['https://www.w3.org/ns/did/v1', 'https://www.w3.org/ns/cid/v1'],
    id: did,
    verificationMethod: keys.map((key) => ({
      id: verificationMethodId(did, key.kid),
      type: 'JsonWebKey',
      controller: did,
      publicKeyJwk: jwkOf(key),
    })),
    assertionMethod: ids,
  };
}

/** The same keys as a JWKS; each `kid` is the full DID URL, as in the JWT headers. */
export function jwks(did: string, keys: IssuerKey[]): { keys: Record<string, string>[] } {
  return {
    keys: keys.map((key) => ({
      ...jwkOf(key),
      kid: verificationMethodId(did, key.kid),
      alg: 'EdDSA',
      use: 'sig',
    })),
  };
}
