import { transitionActions } from './project-transitions';

describe('transitionActions', () => {
  it('gives the tutor approve first, then send back, then reject', () => {
    const actions = transitionActions('proposed', ['rejected', 'sent_back', 'approved']);
    expect(actions.map((a) => [a.to, a.key, a.emphasis])).toEqual([
      ['approved', 'approve', 'primary'],
      ['sent_back', 'sendBack', 'secondary'],
      ['rejected', 'reject', 'danger'],
    ]);
  });

  it('asks for a comment exactly where the API requires one', () => {
    const required = (from: Parameters<typeof transitionActions>[0], to: string) =>
      transitionActions(from, [to as never])[0]?.commentRequired;
    expect(required('proposed', 'approved')).toBe(false);
    expect(required('proposed', 'sent_back')).toBe(true);
    expect(required('proposed', 'rejected')).toBe(true);
    expect(required('in_progress', 'abandoned')).toBe(true);
    expect(required('submitted', 'in_progress')).toBe(true);
    expect(required('approved', 'in_progress')).toBe(false);
  });

  it('names a move by where it comes from', () => {
    expect(transitionActions('approved', ['in_progress'])[0].key).toBe('start');
    expect(transitionActions('submitted', ['in_progress'])[0].key).toBe('reopen');
    expect(transitionActions('sent_back', ['proposed'])[0].key).toBe('resubmit');
  });

  it('shows no button when nothing is allowed', () => {
    expect(transitionActions('graded', [])).toEqual([]);
  });

  it('leaves out a move it has no button for', () => {
    expect(transitionActions('approved', ['proposed'])).toEqual([]);
  });
});
