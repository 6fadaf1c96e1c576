import { type DayKind, type SessionKind, type SlotKind } from '../core/api/types';

export const SESSION_KINDS: readonly DayKind[] = [
  'lecture',
  'workshop',
  'guest_talk',
  'exam',
  'defence',
];

/** What a slot within a course day may be (a break is only ever a slot). */
export const SLOT_KINDS: readonly SlotKind[] = [
  'guest_talk',
  'workshop',
  'exam',
  'lecture',
  'break',
];

/** An icon per kind, so that the calendar's colours are never the only cue. */
export const KIND_ICONS: Readonly<Record<SessionKind, string>> = {
  lecture: 'school',
  workshop: 'construction',
  guest_talk: 'record_voice_over',
  exam: 'quiz',
  defence: 'co_present',
  break: 'coffee',
};
