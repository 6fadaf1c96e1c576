import { generateKeyPairSync } from 'node:crypto';
import { didDocument, didWebFor, jwks } from './did-web';
import { jwkThumbprint, type IssuerKey, type PublicJwk } from './issuer-keys';

function key(retiredAt: string | null = null): IssuerKey {
  const { publicKey } = generateKeyPairSync('ed25519');
  const jwk = publicKey.export({ format: 'jwk' }) as PublicJwk;
  return {
    kid: jwkThumbprint(jwk),
    createdAt: '2026-01-01T00:00:00Z',
    retiredAt,
    publicJwk: jwk,
    publicKey,
  };
}

describe('did:web', () => {
  it('is the host of PUBLIC_URL, its port percent-encoded, its path left out', () => {
    expect(didWebFor('https://diplomes.ecole.ch')).toBe('did:web:diplomes.ecole.ch');
    expect(didWebFor('http://localhost:3000')).toBe('did:web:localhost%3A3000');
    expect(didWebFor('https://ecole.ch:8443/clique/')).toBe('did:web:ecole.ch%3A8443');
  });

  it('publishes every key, retired ones too, for assertions, by DID URL', () => {
    const did = 'did:web:ecole.ch';
    const keys = [key(), key('2026-06-01T00:00:00Z')];
    const doc = didDocument(did, keys) as {
      id: string;
      verificationMethod: Array<{
        id: string;
        type: string;
        controller: string;
        publicKeyJwk: object;
      }>;
      assertionMethod: string[];
    };
    expect(doc.id).toBe(did);
    expect(doc.verificationMethod).toEqual(
      keys.map((k) => ({
        id: `${did}#${k.kid}`,
        type: 'JsonWebKey',
        controller: did,
        publicKeyJwk: { kty: 'OKP', crv: 'Ed25519', x: k.publicJwk.x },
      })),
    );
    expect(doc.assertionMethod).toEqual(keys.map((k) => `${did}#${k.kid}`));
    expect(jwks(did, keys).keys).toEqual(
      keys.map((k) => ({
        kty: 'OKP',
        crv: 'Ed25519',
        x: k.publicJwk.x,
        kid: `${did}#${k.kid}`,
        alg: 'EdDSA',
        use: 'sig',
      })),
    );
  });
});
