import ical, {
  escape,
  ICalAttendeeRole,
  ICalAttendeeStatus,
  ICalCalendarMethod,
  ICalEventStatus,
} from 'ical-generator';
import { DateTime } from 'luxon';
import type { Language } from '../../common/role';
import { hasVtimezone, vtimezone } from './vtimezone';

/** What an iCalendar event is made of; built from the same rows as the calendar list. */
export interface IcsSession {
  id: string;
  title: string;
  description: string;
  kind: string;
  startsAt: Date;
  endsAt: Date;
  timeZone: string;
  cancelled: boolean;
  /** Why it was cancelled, as the planner wrote it; shown only on a cancelled event. */
  cancellationReason?: string | null;
  sequence: number;
  createdAt: Date;
  updatedAt: Date;
  cohortName: string;
  moduleTitle: string | null;
  roomName: string | null;
  roomAddress: string | null;
  onlineUrl: string | null;
  instructors: string[];
  /** "Name (talk title)" of each speaker shown. */
  speakers: string[];
  materials: { label: string; url: string }[];
  /** A slot: the day it lies within (RELATED-TO its event, named in the description). */
  parent?: { id: string; title: string } | null;
  /** A day: its slots, in time order, listed in the description. */
  agenda?: {
    title: string;
    kind: string;
    startsAt: Date;
    endsAt: Date;
    cancelled: boolean;
    speakers: string[];
  }[];
  /** For a mailed invitation (iTIP): who organises it and who is asked. */
  organizer?: { name: string; email: string } | null;
  attendees?: { name: string; email: string; answer: 'pending' | 'accepted' | 'declined' }[];
}

/** An iTIP method (RFC 5546) for a calendar attached to a mail; none for feeds and downloads. */
export type IcsMethod = 'REQUEST' | 'CANCEL';

const ATTENDEE_STATUS = {
  pending: ICalAttendeeStatus.NEEDSACTION,
  accepted: ICalAttendeeStatus.ACCEPTED,
  declined: ICalAttendeeStatus.DECLINED,
} as const;

const LABELS: Record<Language, Record<string, string>> = {
  fr: {
    cancelled: 'Annulé',
    partOf: 'Dans le cadre de',
    agenda: 'Programme de la journée',
    break: 'Pause',
    reason: 'Motif de l’annulation',
    cohort: 'Volée',
    module: 'Module',
    instructors: 'Enseignement',
    speakers: 'Intervenant·e·s',
    online: 'En ligne',
    materials: 'Supports',
    lecture: 'Cours',
    workshop: 'Atelier',
    guest_talk: 'Conférence invitée',
    exam: 'Examen',
    defence: 'Soutenance',
  },
  en: {
    cancelled: 'Cancelled',
    partOf: 'Part of',
    agenda: 'The day’s agenda',
    break: 'Break',
    reason: 'Reason for the cancellation',
    cohort: 'Cohort',
    module: 'Module',
    instructors: 'Taught by',
    speakers: 'Speakers',
    online: 'Online',
    materials: 'Materials',
    lecture: 'Lecture',
    workshop: 'Workshop',
    guest_talk: 'Guest talk',
    exam: 'Exam',
    defence: 'Defence',
  },
};

/** The stable UID of a session's event: the same across edits, so apps update it in place. */
export const sessionUid = (id: string) => `session-${id}@clique`;

/**
 * An RFC 5545 calendar of sessions. Times carry the programme's TZID with its VTIMEZONE,
 * generated from the time-zone database (so a 09:00 course day stays 09:00 across a DST change,
 * in Montréal as in Sydney), or UTC for a programme in UTC;
 * DTSTAMP and LAST-MODIFIED are UTC. A cancelled session stays in the feed with
 * STATUS:CANCELLED and a higher SEQUENCE, so subscribed apps remove or strike it.
 */
export function buildIcs(
  name: string,
  sessions: IcsSession[],
  language: Language = 'fr',
  now = new Date(),
  method: IcsMethod | null = null,
): string {
  const l = LABELS[language];
  // The calendar itself has no zone (an empty name), so DTSTAMP stays in UTC; the generator is
  // then asked for a VTIMEZONE of each zone the events use. Every text goes through the
  // library's RFC 5545 escaping: the event's properties do it themselves, but the generator
  // writes the calendar's NAME and X-WR-CALNAME raw, so a line break in a session title would
  // start a property of its own (an ATTENDEE, a URL) in the file people download.
  // Each zone's VTIMEZONE covers the years its events fall in (vtimezone.ts).
  const spans = new Map<string, [first: Date, last: Date]>();
  for (const s of sessions) {
    const [first, last] = spans.get(s.timeZone) ?? [s.startsAt, s.endsAt];
    spans.set(s.timeZone, [
      s.startsAt < first ? s.startsAt : first,
      s.endsAt > last ? s.endsAt : last,
    ]);
  }
  const calendar = ical({
    name: escape(name, false),
    prodId: { company: 'Clique', product: 'Clique', language: language.toUpperCase() },
    timezone: {
      name: '',
      generator: (zone: string) => {
        const span = spans.get(zone);
        return span ? vtimezone(zone, ...span) : null;
      },
    },
    ttl: 60 * 60,
    method: method ? ICalCalendarMethod[method] : null,
  });
  for (const s of sessions) {
    const zone = hasVtimezone(s.timeZone) ? s.timeZone : null;
    const at = (d: Date) => (zone ? DateTime.fromJSDate(d, { zone }) : d);
    // The reason first: a calendar app shows the description's start, and it is what changed.
    const reason = s.cancelled ? s.cancellationReason?.trim() : null;
    const lines = [
      reason ? `${l['cancelled']} · ${l['reason']}: ${reason}\n` : null,
      `${l[s.kind] ?? s.kind} · ${l['cohort']} ${s.cohortName}`,
      s.parent ? `${l['partOf']}: ${s.parent.title}` : null,
      s.moduleTitle ? `${l['module']}: ${s.moduleTitle}` : null,
      s.speakers.length ? `${l['speakers']}: ${s.speakers.join(', ')}` : null,
      s.instructors.length ? `${l['instructors']}: ${s.instructors.join(', ')}` : null,
      s.onlineUrl ? `${l['online']}: ${s.onlineUrl}` : null,
      s.agenda?.length
        ? `\n${l['agenda']}:\n${s.agenda.map((a) => agendaLine(a, s.timeZone, l)).join('\n')}`
        : null,
      s.description ? `\n${s.description}` : null,
      s.materials.length
        ? `\n${l['materials']}:\n${s.materials.map((m) => `- ${m.label}: ${m.url}`).join('\n')}`
        : null,
    ].filter((x): x is string => x !== null);
    const place = [s.roomName, s.roomAddress].filter(Boolean).join(', ');
    calendar.createEvent({
      id: sessionUid(s.id),
      sequence: s.sequence,
      start: at(s.startsAt),
      end: at(s.endsAt),
      timezone: zone,
      stamp: now,
      created: s.createdAt,
      lastModified: s.updatedAt,
      summary: s.cancelled ? `[${l['cancelled']}] ${s.title}` : s.title,
      description: lines.join('\n'),
      location: place || s.onlineUrl || null,
      url: s.onlineUrl,
      status: s.cancelled ? ICalEventStatus.CANCELLED : ICalEventStatus.CONFIRMED,
      organizer: s.organizer ?? null,
      attendees: (s.attendees ?? []).map((a) => ({
        name: a.name,
        email: a.email,
        role: ICalAttendeeRole.REQ,
        status: ATTENDEE_STATUS[a.answer],
        rsvp: false,
      })),
    });
  }
  // RELATED-TO (RFC 5545 §3.8.4.5, RELTYPE=PARENT by default) ties a slot's event to its day's;
  // the generator has no such property, so it goes in after the slot's UID line.
  let text = calendar.toString();
  for (const s of sessions) {
    if (!s.parent) continue;
    const uid = `UID:${sessionUid(s.id)}\r\n`;
    text = text.replace(uid, `${uid}RELATED-TO:${sessionUid(s.parent.id)}\r\n`);
  }
  return text;
}

/** "14:00–15:30 Guest talk: title (speakers)", in the programme's zone. */
function agendaLine(
  a: NonNullable<IcsSession['agenda']>[number],
  zone: string,
  l: Record<string, string>,
): string {
  const time = (d: Date) => DateTime.fromJSDate(d, { zone }).toFormat('HH:mm');
  const who = a.speakers.length ? ` (${a.speakers.join(', ')})` : '';
  const line = `${time(a.startsAt)}–${time(a.endsAt)} ${l[a.kind] ?? a.kind}: ${a.title}${who}`;
  return a.cancelled ? `${line} [${l['cancelled']}]` : line;
}
