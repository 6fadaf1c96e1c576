import { createHash } from 'node:crypto';
import type { CredentialInput } from './credential-input';

/**
 * The Open Badges 3.0 `OpenBadgeCredential` of a diploma (a W3C Verifiable Credential 2.0),
 * built from what diplomas hands over. Pure: the caller signs it (vc-jwt.ts).
 */
export const VC_V2_CONTEXT = 'https://www.w3.org/ns/credentials/v2';
export const OB_V3_CONTEXT = 'https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json';
export const OB_V3_SCHEMA =
  'https://purl.imsglobal.org/spec/ob/v3p0/schema/json/ob_v3p0_achievementcredential_schema.json';

export interface IssuerProfile {
  /** did:web of PUBLIC_URL */
  id: string;
  name: string;
  url: string;
}

export interface CredentialPlacement {
  credentialId: string;
  statusListUrl: string;
  statusIndex: number;
  /** Random, per credential: the recipient's e-mail is only ever published hashed with it. */
  salt: string;
}

/**
 * OB 3.0 IdentityHash: `sha256$` + hex SHA-256 of the identity followed by the salt. An e-mail
 * is hashed trimmed and lower-cased, as a verifier holding it would type it.
 */
export function identityHash(email: string, salt: string): string {
  const value = email.trim().toLowerCase();
  return `sha256$${createHash('sha256')
    .update(value + salt)
    .digest('hex')}`;
}

/** An RFC 3339 date-time to the second (`nbf` is whole seconds, so it equals `validFrom`). */
export const toDateTime = (at: Date) => `${at.toISOString().slice(0, 19)}Z`;

/** A stable urn:uuid for the achievement: the same programme at the same issuer, every year. */
export function achievementId(issuerUrl: string, achievementName: string): string {
  const h = createHash('sha256').update(`${issuerUrl}\n${achievementName}`).digest('hex');
  const variant = ((parseInt(h[16], 16) & 0x3) | 0x8).toString(16);
  return `urn:uuid:${h.slice(0, 8)}-${h.slice(8, 12)}-8${h.slice(13, 16)}-${variant}${h.slice(17, 20)}-${h.slice(20, 32)}`;
}

export function openBadgeCredential(
  input: CredentialInput,
  issuer: IssuerProfile,
  placement: CredentialPlacement,
): Record<string, unknown> & {
  id: string;
  validFrom: string;
  issuer: IssuerProfile & { type: string[] };
} {
  const achievement = achievementId(issuer.url, input.achievementName);
  const results: Array<{ key: string; name: string; value: string }> = [];
  if (input.finalGrade)
    results.push({ key: 'final-grade', name: 'Final grade', value: input.finalGrade });
  if (input.honours) results.push({ key: 'honours', name: 'Honours', value: input.honours });
  return {
    '@context': [VC_V2_CONTEXT, OB_V3_CONTEXT],
    id: `urn:uuid:${placement.credentialId}`,
    type: ['VerifiableCredential', 'OpenBadgeCredential'],
    name: input.achievementName,
    issuer: { id: issuer.id, type: ['Profile'], name: issuer.name, url: issuer.url },
    validFrom: toDateTime(input.issuedAt),
    awardedDate: `${input.awardedOn}T00:00:00Z`,
    credentialSubject: {
      type: ['AchievementSubject'],
      identifier: [
        {
          type: 'IdentityObject',
          identityHash: identityHash(input.holderEmail, placement.salt),
          identityType: 'emailAddress',
          hashed: true,
          salt: placement.salt,
        },
        {
          type: 'IdentityObject',
          identityHash: input.holderName,
          identityType: 'name',
          hashed: false,
        },
      ],
      licenseNumber: input.number,
      term: input.cohortName,
      achievement: {
        id: achievement,
        type: ['Achievement'],
        achievementType: 'Diploma',
        name: input.achievementName,
        description: input.achievementDescription,
        criteria: { narrative: input.criteriaNarrative },
        ...(results.length
          ? {
              resultDescription: results.map((r) => ({
                id: `${achievement}#${r.key}`,
                type: ['ResultDescription'],
                name: r.name,
                resultType: 'Result',
              })),
            }
          : {}),
      },
      ...(results.length
        ? {
            result: results.map((r) => ({
              type: ['Result'],
              resultDescription: `${achievement}#${r.key}`,
              value: r.value,
            })),
          }
        : {}),
    },
    evidence: [
      {
        id: input.verificationUrl,
        type: ['Evidence'],
        name: `Diploma ${input.number}`,
        description: 'The public verification page of this diploma.',
      },
    ],
    credentialStatus: {
      id: `${placement.statusListUrl}#${placement.statusIndex}`,
      type: 'BitstringStatusListEntry',
      statusPurpose: 'revocation',
      statusListIndex: String(placement.statusIndex),
      statusListCredential: placement.statusListUrl,
    },
    credentialSchema: [{ id: OB_V3_SCHEMA, type: '1EdTechJsonSchemaValidator2019' }],
  };
}
