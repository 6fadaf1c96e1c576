import type { FuzzClass } from './cases';
import type { Check } from './oracle';

export interface Exclusion {
  /** `PATCH /api/syntheses/{id}/feedback`, as the report prints it. */
  operation: string;
  cls: FuzzClass;
  check: Exclude<Check, '5xx' | 'timeout'>;
  /** Why this answer is right, or which issue tracks it: never empty. */
  reason: string;
}

/**
 * Findings the fuzz test knowingly lets pass, each with its reason. A 5xx or a timeout can never
 * be excluded (the type says so, and the spec checks it again). Keep this list empty if you can.
 */
export const EXCLUSIONS: Exclusion[] = [
  {
    operation: 'GET /api/credentials/jwks.json',
    cls: 'valid',
    check: 'cacheable',
    reason:
      "the issuer's public keys (issue 9): no personal data, and verifiers are meant to cache them",
  },
  {
    operation: 'GET /api/credentials/jwks.json',
    cls: 'unknown-field',
    check: 'cacheable',
    reason:
      "the issuer's public keys (issue 9): no personal data, and verifiers are meant to cache them",
  },
  {
    operation: 'GET /.well-known/did.json',
    cls: 'valid',
    check: 'cacheable',
    reason:
      "the issuer's public keys (issue 9): no personal data, and verifiers are meant to cache them",
  },
  {
    operation: 'GET /.well-known/did.json',
    cls: 'unknown-field',
    check: 'cacheable',
    reason:
      "the issuer's public keys (issue 9): no personal data, and verifiers are meant to cache them",
  },
  {
    operation: 'GET /.well-known/jwks.json',
    cls: 'valid',
    check: 'cacheable',
    reason:
      "the issuer's public keys (issue 9): no personal data, and verifiers are meant to cache them",
  },
  {
    operation: 'GET /.well-known/jwks.json',
    cls: 'unknown-field',
    check: 'cacheable',
    reason:
      "the issuer's public keys (issue 9): no personal data, and verifiers are meant to cache them",
  },
];
