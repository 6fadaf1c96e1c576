import { type SpeakerTalk } from '../core/api/types';
import { talksByTime } from './talks';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const now = new Date();

/** A talk from `fromNow` to `fromNow + hours`, counted from now. */
function talk(title: string, fromNow: number, hours = 2): SpeakerTalk {
  const start = new Date(now.getTime() + fromNow);
  return {
    invitationId: title,
    status: 'confirmed',
    talkTitle: title,
    sessionId: `session-${title}`,
    sessionTitle: 'Conférence',
    startsAt: start.toISOString(),
    endsAt: new Date(start.getTime() + hours * HOUR).toISOString(),
    sessionCancelled: false,
    cohortName: 'MCMS',
    programmeCode: 'MCMS',
    timeZone: 'Europe/Zurich',
  };
}

const titles = (talks: SpeakerTalk[]) => talks.map((t) => t.talkTitle);

describe('talksByTime', () => {
  it('lists the upcoming talks soonest first and the past ones latest first', () => {
    const { upcoming, past } = talksByTime(
      [
        talk('in a month', 30 * DAY),
        talk('last year', -300 * DAY),
        talk('next week', 7 * DAY),
        talk('last week', -7 * DAY),
      ],
      now,
    );
    expect(titles(upcoming)).toEqual(['next week', 'in a month']);
    expect(titles(past)).toEqual(['last week', 'last year']);
  });

  it('keeps a talk under way among the upcoming ones until its session ends', () => {
    const { upcoming, past } = talksByTime(
      [talk('started an hour ago', -HOUR, 2), talk('ended a minute ago', -2 * HOUR - 60_000, 2)],
      now,
    );
    expect(titles(upcoming)).toEqual(['started an hour ago']);
    expect(titles(past)).toEqual(['ended a minute ago']);
  });

  it('gives two empty lists for a speaker never invited', () => {
    expect(talksByTime([], now)).toEqual({ upcoming: [], past: [] });
  });
});
