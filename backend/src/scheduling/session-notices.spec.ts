import { sessionChangeKind, type SessionChange } from './session-events';
import { sessionText } from './session-notices';

const at = (iso: string) => new Date(iso);
const before = {
  startsAt: at('2027-03-05T08:00:00Z'),
  endsAt: at('2027-03-05T11:00:00Z'),
  title: 'Cluetrain 101',
  roomId: 'r1',
};
const ctx = { time_zone: 'Europe/Zurich', room_before: 'Salle Léman', room_after: 'Salle Jura' };

describe('session notices', () => {
  it('tells a move from a change, and nothing from an edit nobody needs to hear of', () => {
    expect(sessionChangeKind(before, { ...before, startsAt: at('2027-03-05T12:00:00Z') })).toBe(
      'moved',
    );
    expect(sessionChangeKind(before, { ...before, roomId: 'r2' })).toBe('changed');
    expect(sessionChangeKind(before, { ...before, title: 'Cluetrain 102' })).toBe('changed');
    expect(sessionChangeKind(before, { ...before })).toBeNull();
  });

  const change = (over: Partial<SessionChange>): SessionChange => ({
    kind: 'moved',
    sessionId: 's',
    cohortId: 'c',
    actorId: null,
    before,
    after: before,
    reason: null,
    ...over,
  });

  it('says when a moved session now takes place, in the programme’s zone, with the reason', () => {
    const moved = change({
      after: {
        ...before,
        startsAt: at('2027-03-05T12:30:00Z'),
        endsAt: at('2027-03-05T15:00:00Z'),
      },
      reason: 'Salle occupée',
    });
    const fr = sessionText(moved, ctx, 'fr');
    expect(fr.title).toBe('Séance déplacée : Cluetrain 101');
    expect(fr.body).toContain('vendredi 5 mars 2027, 13:30');
    expect(fr.body).toContain('au lieu du vendredi 5 mars 2027, 09:00');
    expect(fr.body).toContain('Motif : Salle occupée');
    const en = sessionText(moved, ctx, 'en');
    expect(en.title).toBe('Session moved: Cluetrain 101');
    expect(en.body).toContain('Friday 5 March 2027, 13:30');
    expect(en.body).toContain('Reason: Salle occupée');
  });

  it('names the new room of a changed session and the reason of a cancelled one', () => {
    const room = sessionText(
      change({ kind: 'changed', after: { ...before, roomId: 'r2' } }),
      ctx,
      'fr',
    );
    expect(room.body).toContain('Salle : Salle Jura (au lieu de Salle Léman).');
    const cancelled = sessionText(
      change({ kind: 'cancelled', reason: 'Intervenant malade' }),
      ctx,
      'en',
    );
    expect(cancelled).toEqual({
      title: 'Session cancelled: Cluetrain 101',
      body: 'The session on Friday 5 March 2027, 09:00 is cancelled.\n\nReason: Intervenant malade',
    });
  });
});
