import { type Problem } from '../core/api/types';
import { linkFailure } from './link-errors';

const problem = (status: number, code: string): Problem => ({
  type: 'about:blank',
  title: '',
  status,
  code,
});

describe('linkFailure', () => {
  it('tells a tampered, revoked, expired and used link apart', () => {
    expect(linkFailure(problem(403, 'invitation.link_invalid'))).toBe('invalid');
    expect(linkFailure(problem(410, 'invitation.link_revoked'))).toBe('revoked');
    expect(linkFailure(problem(410, 'invitation.link_expired'))).toBe('expired');
    expect(linkFailure(problem(410, 'invitation.link_used'))).toBe('used');
  });

  it('treats an unknown address as invalid and a network failure as worth a retry', () => {
    expect(linkFailure(problem(404, 'not_found'))).toBe('invalid');
    expect(linkFailure(problem(0, 'network'))).toBe('other');
  });
});
