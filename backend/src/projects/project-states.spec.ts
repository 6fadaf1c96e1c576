import {
  availableTransitions,
  checkTransition,
  PROJECT_STATES,
  TRANSITIONS,
} from './project-states';

describe('project states', () => {
  it('lets the tutor approve, send back or reject a proposal, and the team only abandon it', () => {
    expect(availableTransitions('proposed', ['staff'])).toEqual([
      'approved',
      'sent_back',
      'rejected',
      'abandoned',
    ]);
    expect(availableTransitions('proposed', ['team'])).toEqual(['abandoned']);
  });

  it('lets the team propose again after a send-back', () => {
    expect(checkTransition('sent_back', 'proposed', ['team'])).toEqual({
      ok: true,
      commentRequired: false,
    });
  });

  it('refuses skipping steps and leaving a final state', () => {
    expect(checkTransition('proposed', 'graded', ['staff'])).toEqual({
      ok: false,
      reason: 'illegal',
    });
    expect(checkTransition('approved', 'submitted', ['staff'])).toEqual({
      ok: false,
      reason: 'illegal',
    });
    for (const to of PROJECT_STATES) {
      expect(checkTransition('graded', to, ['staff', 'team']).ok).toBe(false);
      expect(checkTransition('rejected', to, ['staff', 'team']).ok).toBe(false);
    }
  });

  it('tells a move the viewer may not make from an illegal one', () => {
    expect(checkTransition('proposed', 'approved', ['team'])).toEqual({
      ok: false,
      reason: 'not_allowed',
    });
    expect(checkTransition('defended', 'graded', [])).toEqual({ ok: false, reason: 'not_allowed' });
  });

  it('asks for a reason when rejecting, sending back, abandoning or reopening', () => {
    expect(checkTransition('proposed', 'rejected', ['staff'])).toMatchObject({
      commentRequired: true,
    });
    expect(checkTransition('proposed', 'sent_back', ['staff'])).toMatchObject({
      commentRequired: true,
    });
    expect(checkTransition('in_progress', 'abandoned', ['team'])).toMatchObject({
      commentRequired: true,
    });
    expect(checkTransition('submitted', 'in_progress', ['staff'])).toMatchObject({
      commentRequired: true,
    });
  });

  it('names only known states', () => {
    for (const [from, moves] of Object.entries(TRANSITIONS)) {
      expect(PROJECT_STATES).toContain(from);
      for (const to of Object.keys(moves)) expect(PROJECT_STATES).toContain(to);
    }
  });
});
