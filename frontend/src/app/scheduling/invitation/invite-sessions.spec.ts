import { type Session, type SessionSpeaker } from '../../core/api/types';
import { sessionChoices } from './invite-sessions';

const DAY = 86_400_000;
const now = new Date();

/** A guest talk `inDays` from now (2 hours), that the viewer plans. */
function session(
  id: string,
  inDays: number,
  overrides: Partial<Session> = {},
  speakers: Pick<SessionSpeaker, 'speakerId' | 'status'>[] = [],
): Session {
  const start = new Date(now.getTime() + inDays * DAY);
  return {
    id,
    title: `Conférence ${id}`,
    kind: 'guest_talk',
    status: 'scheduled',
    cohort: { id: 'cohort', name: 'MCMS' },
    programme: { id: 'p', code: 'MCMS', title: 'MCMS', timeZone: 'Europe/Zurich' },
    module: null,
    startsAt: start.toISOString(),
    endsAt: new Date(start.getTime() + 2 * 3_600_000).toISOString(),
    timeZone: 'Europe/Zurich',
    room: null,
    onlineUrl: null,
    instructors: [],
    speakers: speakers.map((s, i) => ({
      invitationId: `${id}-${i}`,
      fullName: 'Quelqu’un',
      organisation: null,
      jobTitle: null,
      talkTitle: '',
      ...s,
    })),
    materials: [],
    description: '',
    sequence: 0,
    seriesId: null,
    canManage: true,
    cancelledAt: null,
    cancellationReason: null,
    createdAt: now.toISOString(),
    updatedAt: now.toISOString(),
    ...overrides,
  };
}

const ids = (choices: { session: Session }[]) => choices.map((c) => c.session.id);

describe('sessionChoices', () => {
  it('offers the upcoming guest talks the viewer plans, the soonest first', () => {
    const choices = sessionChoices(
      [
        session('later', 40),
        session('lecture', 5, { kind: 'lecture' }),
        session('cancelled', 6, { status: 'cancelled' }),
        session('not-mine', 7, { canManage: false }),
        session('begun', -0.01),
        session('soon', 3),
      ],
      'speaker',
      now,
    );
    expect(ids(choices)).toEqual(['soon', 'later']);
  });

  it('marks the sessions where the speaker already has a live invitation, with its status', () => {
    const choices = sessionChoices(
      [
        session('confirmed', 3, {}, [{ speakerId: 'speaker', status: 'confirmed' }]),
        session('draft', 4, {}, [{ speakerId: 'speaker', status: 'draft' }]),
        session('declined', 5, {}, [{ speakerId: 'speaker', status: 'declined' }]),
        session('someone-else', 6, {}, [{ speakerId: 'other', status: 'invited' }]),
      ],
      'speaker',
      now,
    );
    expect(choices.map((c) => [c.session.id, c.taken])).toEqual([
      ['confirmed', 'confirmed'],
      ['draft', 'draft'],
      ['declined', null],
      ['someone-else', null],
    ]);
  });
});
