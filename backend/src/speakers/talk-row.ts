import type { EntityManager } from 'typeorm';
import { buildIcs, type IcsMethod, type SessionKind } from '../scheduling';
import type { Language } from '../common/role';
import { namedQuery } from '../common/sql';
import type { InvitationStatus } from './invitation-status';

/**
 * One invitation with its session, speaker and inviter: what the speaker's page, the talk's
 * .ics and every speaker mail are made of (one query, one place).
 */
export interface TalkRow {
  invitation_id: string;
  status: InvitationStatus;
  talk_title: string;
  abstract: string;
  message_to_speaker: string;
  speaker_note: string | null;
  responded_at: Date | null;
  access_info: string;
  equipment: string;
  contact_name: string | null;
  contact_email: string | null;
  contact_phone: string | null;
  reminder_days: number | null;
  reminded_at: Date | null;
  mail_count: number;
  mailed_at: Date | null;
  invited_by: string | null;
  inviter_email: string | null;
  session_id: string;
  title: string;
  description: string;
  kind: SessionKind;
  starts_at: Date;
  ends_at: Date;
  session_status: string;
  cancellation_reason: string | null;
  sequence: number;
  created_at: Date;
  updated_at: Date;
  online_url: string | null;
  room_name: string | null;
  room_address: string | null;
  cohort_id: string;
  cohort_name: string;
  programme_title: string;
  time_zone: string;
  module_title: string | null;
  speaker_id: string;
  full_name: string;
  speaker_email: string | null;
  preferred_language: Language | null;
  job_title: string | null;
  organisation: string | null;
  bio: string;
  website_url: string | null;
}

const TALK_SELECT = `
  SELECT i.id AS invitation_id, i.status, i.talk_title, i.abstract, i.message_to_speaker,
         i.speaker_note, i.responded_at, i.access_info, i.equipment, i.contact_name,
         i.contact_email, i.contact_phone, i.reminder_days, i.reminded_at, i.mail_count,
         i.mailed_at, u.display_name AS invited_by, u.email AS inviter_email,
         s.id AS session_id, s.title, s.description, s.kind, s.starts_at, s.ends_at,
         s.status AS session_status, s.cancellation_reason, s.sequence, s.created_at,
         s.updated_at, s.online_url,
         r.name AS room_name, r.address AS room_address, co.id AS cohort_id,
         co.name AS cohort_name, p.title AS programme_title, p.time_zone,
         m.title AS module_title,
         sp.id AS speaker_id, sp.full_name, sp.email AS speaker_email, sp.preferred_language,
         sp.job_title, COALESCE(po.name, sp.organisation_name) AS organisation, sp.bio,
         sp.website_url
    FROM invitations i
    JOIN sessions s ON s.id = i.session_id
    JOIN cohorts co ON co.id = s.cohort_id
    JOIN programmes p ON p.id = co.programme_id
    JOIN speakers sp ON sp.id = i.speaker_id
    LEFT JOIN partner_organisations po ON po.id = sp.organisation_id
    LEFT JOIN sessions pday ON pday.id = s.parent_id
    -- A slot takes place in its day's room unless it names another.
    LEFT JOIN rooms r ON r.id = COALESCE(s.room_id, pday.room_id)
    LEFT JOIN course_modules m ON m.id = s.module_id
    LEFT JOIN users u ON u.id = i.created_by_id`;

export async function loadTalk(
  m: EntityManager,
  invitationId: string,
  lock = false,
): Promise<TalkRow | undefined> {
  const [row] = await namedQuery<TalkRow>(
    m,
    `${TALK_SELECT} WHERE i.id = :invitationId ${lock ? 'FOR UPDATE OF i' : ''}`,
    { invitationId },
  );
  return row;
}

/** Several invitations' talks in one query: those of a session in `statuses`, or by ids. */
export function loadTalks(
  m: EntityManager,
  where: { sessionId: string; statuses: readonly InvitationStatus[] } | { ids: string[] },
): Promise<TalkRow[]> {
  if ('ids' in where) {
    if (where.ids.length === 0) return Promise.resolve([]);
    return namedQuery<TalkRow>(m, `${TALK_SELECT} WHERE i.id IN (:...ids) ORDER BY i.id`, where);
  }
  return namedQuery<TalkRow>(
    m,
    `${TALK_SELECT} WHERE i.session_id = :sessionId AND i.status IN (:...statuses) ORDER BY i.id`,
    where,
  );
}

/** The speaker's language: their own when known, else the programme's default (French). */
export const talkLanguage = (r: TalkRow): Language => r.preferred_language ?? 'fr';

/** Who the speaker calls: the named contact, else the instructor who invited them. */
export function talkContact(
  r: Pick<
    TalkRow,
    'contact_name' | 'contact_email' | 'contact_phone' | 'invited_by' | 'inviter_email'
  >,
): {
  name: string | null;
  email: string | null;
  phone: string | null;
} {
  const named = r.contact_name || r.contact_email || r.contact_phone;
  return named
    ? { name: r.contact_name, email: r.contact_email, phone: r.contact_phone }
    : { name: r.invited_by, email: r.inviter_email, phone: null };
}

/**
 * The talk as iCalendar: the session's UID and SEQUENCE, so a calendar updates or removes the
 * same event; with `method` (a mail's attachment) the organiser and the speaker as attendee.
 */
export function talkIcs(
  r: TalkRow,
  language: Language,
  method: IcsMethod | null = null,
  now = new Date(),
): string {
  const cancelled =
    method === 'CANCEL' ||
    r.session_status === 'cancelled' ||
    r.status === 'cancelled' ||
    r.status === 'declined';
  const contact = talkContact(r);
  // The organiser is who invited the speaker (else the named contact); iTIP needs an address.
  const organiserEmail = r.inviter_email ?? contact.email;
  const organizer =
    method && organiserEmail
      ? {
          name: (r.inviter_email ? r.invited_by : contact.name) ?? r.programme_title,
          email: organiserEmail,
        }
      : null;
  const answer =
    r.status === 'confirmed' || r.status === 'held'
      ? ('accepted' as const)
      : r.status === 'declined'
        ? ('declined' as const)
        : ('pending' as const);
  return buildIcs(
    r.talk_title || r.title,
    [
      {
        id: r.session_id,
        title: r.talk_title ? `${r.talk_title} — ${r.title}` : r.title,
        description: r.description,
        kind: r.kind,
        startsAt: r.starts_at,
        endsAt: r.ends_at,
        timeZone: r.time_zone,
        cancelled,
        // The session's reason (labelled in the description); a declined talk has none.
        cancellationReason: r.session_status === 'cancelled' ? r.cancellation_reason : null,
        sequence: r.sequence,
        createdAt: r.created_at,
        updatedAt: r.updated_at,
        cohortName: r.cohort_name,
        moduleTitle: r.module_title,
        roomName: r.room_name,
        roomAddress: r.room_address,
        onlineUrl: r.online_url,
        instructors: [],
        speakers: [r.full_name],
        materials: [],
        organizer,
        attendees:
          method && r.speaker_email ? [{ name: r.full_name, email: r.speaker_email, answer }] : [],
      },
    ],
    language,
    now,
    method,
  );
}
