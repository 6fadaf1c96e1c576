import { type Problem } from '../core/api/types';

/** Why a speaker's link no longer opens the page (each has its own explanation). */
export type LinkFailure = 'invalid' | 'revoked' | 'expired' | 'used' | 'other';

/**
 * 403 `invitation.link_invalid` (tampered or unknown), 410 `invitation.link_revoked`,
 * `…_expired`, `…_used`; anything else (network, server) is `other`, worth a retry.
 */
export function linkFailure(problem: Problem): LinkFailure {
  switch (problem.code) {
    case 'invitation.link_invalid':
      return 'invalid';
    case 'invitation.link_revoked':
      return 'revoked';
    case 'invitation.link_expired':
      return 'expired';
    case 'invitation.link_used':
      return 'used';
    default:
      return problem.status === 404 || problem.status === 403 ? 'invalid' : 'other';
  }
}
