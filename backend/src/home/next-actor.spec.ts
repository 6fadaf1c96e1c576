import { nextActor } from './next-actor';

describe('who acts next on a project', () => {
  it('is the tutor while a proposal waits for review', () => {
    expect(nextActor('proposed', true)).toBe('tutor');
  });

  it('is an administrator when a proposal has no tutor yet', () => {
    expect(nextActor('proposed', false)).toBe('admin');
  });

  it('is the team once the proposal is sent back, and while the work goes on', () => {
    expect(
      ['sent_back', 'approved', 'in_progress'].map((s) => nextActor(s as never, true)),
    ).toEqual(['team', 'team', 'team']);
  });

  it('is nobody once the project is graded, rejected or abandoned', () => {
    expect(['graded', 'rejected', 'abandoned'].map((s) => nextActor(s as never, true))).toEqual([
      'none',
      'none',
      'none',
    ]);
  });
});
