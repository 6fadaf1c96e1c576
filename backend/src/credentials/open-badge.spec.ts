import { createHash, generateKeyPairSync, verify } from 'node:crypto';
import type { CredentialInput } from './credential-input';
import { achievementId, identityHash, openBadgeCredential, toDateTime } from './open-badge';
import { decodeJwtPart, signVcJwt } from './vc-jwt';

const input: CredentialInput = {
  diplomaId: '7b0c5a54-7c1e-4b8e-9a63-1f1a2b3c4d5e',
  number: 'MCMS-2027-0042',
  verificationUrl: 'https://ecole.ch/verify/MCMS-2027-0042?code=abc',
  holderName: 'Léa Dupont',
  holderEmail: ' Lea.Dupont@Example.CH ',
  achievementName: 'Spécialiste en médias sociaux',
  achievementDescription: 'Le diplôme de spécialiste.',
  criteriaNarrative: 'Toutes les règles remplies.',
  cohortName: 'Volée 2027',
  awardedOn: '2027-06-25',
  issuedAt: new Date('2027-06-28T09:15:42.517Z'),
  finalGrade: '5.5',
  honours: 'bien',
};
const issuer = { id: 'did:web:ecole.ch', name: 'École', url: 'https://ecole.ch' };
const placement = {
  credentialId: '0d9c2f1e-1111-4222-8333-944455556666',
  statusListUrl: 'https://ecole.ch/api/credentials/status/1',
  statusIndex: 1234,
  salt: 'c0ffee',
};

/** What the tests read of a credential. */
interface Shape {
  id: string;
  validFrom: string;
  credentialSubject: {
    type: string[];
    identifier: Array<{ identityHash: string }>;
    achievement: { id: string; resultDescription?: unknown };
    licenseNumber: string;
    result?: Array<{ value: string }>;
  };
  [key: string]: unknown;
}

describe('the OpenBadgeCredential', () => {
  const vc = openBadgeCredential(input, issuer, placement) as unknown as Shape;

  it('is a VC 2.0 with the OB 3.0 context and types', () => {
    expect(vc['@context']).toEqual([
      'https://www.w3.org/ns/credentials/v2',
      'https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json',
    ]);
    expect(vc.type).toEqual(['VerifiableCredential', 'OpenBadgeCredential']);
    expect(vc.id).toBe(`urn:uuid:${placement.credentialId}`);
    expect(vc.issuer).toEqual({ ...issuer, type: ['Profile'] });
    expect(vc.validFrom).toBe('2027-06-28T09:15:42Z');
    expect(vc.name).toBe(input.achievementName);
  });

  it('names the recipient by a salted hash of the e-mail, as OB 3.0 IdentityHash', () => {
    const [email] = vc.credentialSubject.identifier;
    const expected = createHash('sha256').update('lea.dupont@example.chc0ffee').digest('hex');
    expect(email).toEqual({
      type: 'IdentityObject',
      identityHash: `sha256$${expected}`,
      identityType: 'emailAddress',
      hashed: true,
      salt: 'c0ffee',
    });
    expect(identityHash('LEA.dupont@example.ch', 'c0ffee')).toBe(email.identityHash);
    expect(JSON.stringify(vc)).not.toMatch(/dupont@/i);
  });

  it('carries the achievement with its criteria, and the diploma number and results', () => {
    const subject = vc.credentialSubject;
    expect(subject.type).toEqual(['AchievementSubject']);
    expect(subject.achievement).toMatchObject({
      type: ['Achievement'],
      achievementType: 'Diploma',
      name: input.achievementName,
      description: input.achievementDescription,
      criteria: { narrative: input.criteriaNarrative },
    });
    expect(subject.achievement.id).toBe(achievementId(issuer.url, input.achievementName));
    expect(subject.achievement.id).toMatch(
      /^urn:uuid:[0-9a-f]{8}-[0-9a-f]{4}-8[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/,
    );
    expect(subject.licenseNumber).toBe('MCMS-2027-0042');
    expect(subject.result?.map((r) => r.value)).toEqual(['5.5', 'bien']);
    const without = openBadgeCredential(
      { ...input, finalGrade: null, honours: null },
      issuer,
      placement,
    ) as unknown as Shape;
    expect(without.credentialSubject.result).toBeUndefined();
    expect(without.credentialSubject.achievement.resultDescription).toBeUndefined();
  });

  it('points at its entry in the revocation status list', () => {
    expect(vc.credentialStatus).toEqual({
      id: 'https://ecole.ch/api/credentials/status/1#1234',
      type: 'BitstringStatusListEntry',
      statusPurpose: 'revocation',
      statusListIndex: '1234',
      statusListCredential: 'https://ecole.ch/api/credentials/status/1',
    });
  });

  it('is signed as a VC-JWT whose payload is the credential, nbf its validFrom', async () => {
    const { privateKey, publicKey } = generateKeyPairSync('ed25519');
    const jwt = await signVcJwt(
      vc as never,
      { privateKey, kid: 'did:web:ecole.ch#k1' },
      'sha256$x',
    );
    const [h, p, s] = jwt.split('.');
    expect(verify(null, Buffer.from(`${h}.${p}`), publicKey, Buffer.from(s, 'base64url'))).toBe(
      true,
    );
    expect(decodeJwtPart(jwt, 0)).toEqual({
      alg: 'EdDSA',
      kid: 'did:web:ecole.ch#k1',
      typ: 'vc+jwt',
      cty: 'vc',
    });
    const payload = decodeJwtPart<Record<string, unknown>>(jwt, 1);
    expect(payload).toEqual({
      ...vc,
      iss: issuer.id,
      nbf: Date.parse(vc.validFrom) / 1000,
      jti: vc.id,
      sub: 'sha256$x',
    });
    expect(toDateTime(new Date((payload['nbf'] as number) * 1000))).toBe(vc.validFrom);
  });
});
