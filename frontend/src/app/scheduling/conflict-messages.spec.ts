import { type SessionConflict } from '../core/api/types';
import { conflictLines, isConflictProblem } from './conflict-messages';

const other = {
  id: 's1',
  title: 'Culture et stratégie — jour 1',
  startsAt: '2026-09-04T07:00:00.000Z',
  endsAt: '2026-09-04T15:00:00.000Z',
  cohort: { id: 'c1', name: 'MCMS 2026–2027' },
};
const clash = (
  kind: SessionConflict['clash'],
  name: string,
  extra: Partial<SessionConflict> = {},
): SessionConflict => ({ clash: kind, resource: { id: name, name }, session: other, ...extra });

describe('conflict messages', () => {
  it('names what clashes and the session already booked, in the programme zone', () => {
    const [line] = conflictLines([clash('room', 'Salle Gutenberg')], 'Europe/Zurich', 'fr');
    expect(line).toEqual({
      clash: 'room',
      key: 'scheduling.conflict.room',
      params: {
        resource: 'Salle Gutenberg',
        title: 'Culture et stratégie — jour 1',
        cohort: 'MCMS 2026–2027',
        when: 'vendredi, 4 septembre 2026, 09:00–17:00',
      },
      occurrence: undefined,
    });
  });

  it('writes the time in English for English readers', () => {
    const [line] = conflictLines([clash('cohort', 'MCMS')], 'Europe/Zurich', 'en');
    expect(line.params.when).toBe('Friday, 4 September 2026, 09:00–17:00');
  });

  it('orders room, instructor, speaker, cohort and drops duplicates', () => {
    const lines = conflictLines(
      [
        clash('cohort', 'MCMS'),
        clash('speaker', 'Sébastien Fanti'),
        clash('room', 'Salle A'),
        clash('instructor', 'Sophie Mercier'),
        clash('room', 'Salle A'),
      ],
      'Europe/Zurich',
      'fr',
    );
    expect(lines.map((l) => l.clash)).toEqual(['room', 'instructor', 'speaker', 'cohort']);
  });

  it('gives each refused date of a series, in date order', () => {
    const lines = conflictLines(
      [
        clash('room', 'Salle A', {
          occurrence: { date: '2026-09-11', startsAt: '', endsAt: '' },
        }),
        clash('room', 'Salle A', {
          occurrence: { date: '2026-09-04', startsAt: '', endsAt: '' },
        }),
      ],
      'Europe/Zurich',
      'fr',
    );
    expect(lines.map((l) => l.occurrence)).toEqual([
      'vendredi, 4 septembre 2026',
      'vendredi, 11 septembre 2026',
    ]);
  });

  it('recognises a conflict problem by its code and list of clashes', () => {
    const base = { type: 'about:blank', title: 'Conflict', status: 409 };
    expect(isConflictProblem({ ...base, code: 'session.conflict', conflicts: [] } as never)).toBe(
      true,
    );
    expect(isConflictProblem({ ...base, code: 'session.stale' })).toBe(false);
  });
});
