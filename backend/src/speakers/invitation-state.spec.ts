import { canMove, nextStatuses } from './invitation-state';
import { INVITATION_STATUSES } from './invitation-status';

describe('invitation state machine', () => {
  it('goes draft → invited → confirmed → held', () => {
    expect(canMove('draft', 'invited', 'user')).toBe(true);
    expect(canMove('invited', 'confirmed', 'speaker')).toBe(true);
    expect(canMove('confirmed', 'held', 'user')).toBe(true);
  });

  it('lets the speaker only confirm or decline a pending invitation', () => {
    for (const from of INVITATION_STATUSES) {
      const allowed = nextStatuses(from, 'speaker');
      expect(allowed).toEqual(from === 'invited' ? ['confirmed', 'declined'] : []);
    }
  });

  it('refuses to skip the invitation, to revive a terminal one or to hold a declined one', () => {
    expect(canMove('draft', 'confirmed', 'user')).toBe(false);
    expect(canMove('declined', 'confirmed', 'user')).toBe(false);
    expect(canMove('cancelled', 'invited', 'user')).toBe(false);
    expect(canMove('held', 'cancelled', 'user')).toBe(false);
    expect(canMove('invited', 'held', 'user')).toBe(false);
    expect(nextStatuses('declined', 'user')).toEqual([]);
  });
});
