import { type SpeakerTalk } from '../core/api/types';

export interface TalksByTime {
  /** Talks whose session has not ended (under way included), the soonest first. */
  upcoming: SpeakerTalk[];
  /** Talks whose session has ended, the latest first. */
  past: SpeakerTalk[];
}

const startOf = (t: SpeakerTalk) => Date.parse(t.startsAt);

/**
 * A speaker's talks in the two lists their page shows: a talk is past once its session has
 * ended, so one under way is still upcoming. Ties keep the API's order (by invitation).
 */
export function talksByTime(talks: readonly SpeakerTalk[], now: Date = new Date()): TalksByTime {
  const at = now.getTime();
  const upcoming = talks.filter((t) => Date.parse(t.endsAt) > at);
  const past = talks.filter((t) => Date.parse(t.endsAt) <= at);
  return {
    upcoming: upcoming.sort((a, b) => startOf(a) - startOf(b)),
    past: past.sort((a, b) => startOf(b) - startOf(a)),
  };
}
