import { transitionButtons } from './invitation-transitions';

const moves = (...args: Parameters<typeof transitionButtons>) =>
  transitionButtons(...args).map((b) => b.to);

describe('invitation transition buttons', () => {
  it('offers to send or cancel a draft', () => {
    expect(moves('draft', false)).toEqual(['invited', 'cancelled']);
  });

  it('offers to record the answer or cancel while the speaker is invited', () => {
    expect(moves('invited', false)).toEqual(['confirmed', 'declined', 'cancelled']);
  });

  it('offers "held" for a confirmed talk only once the session has begun', () => {
    expect(moves('confirmed', false)).toEqual(['cancelled']);
    expect(moves('confirmed', true)).toEqual(['held', 'cancelled']);
  });

  it('offers nothing once declined, held or cancelled', () => {
    for (const status of ['declined', 'held', 'cancelled'] as const) {
      expect(moves(status, true)).toEqual([]);
    }
  });

  it('follows the moves the API allows now', () => {
    expect(moves('invited', false, ['cancelled'])).toEqual(['cancelled']);
  });

  it('asks before cancelling and makes sending the main action', () => {
    const [send, cancel] = transitionButtons('draft', false);
    expect(send).toMatchObject({
      label: 'scheduling.invitation.move.invited',
      emphasis: 'primary',
      confirm: false,
    });
    expect(cancel).toMatchObject({ emphasis: 'danger', confirm: true });
  });
});
