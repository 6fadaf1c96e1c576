import type { EntityManager } from 'typeorm';
import { namedQuery } from '../common/sql';
import {
  INVITATION_MAIL_LIMIT,
  type InvitationDto,
  type InvitationEventDto,
} from './dto/invitations.dto';
import { talkContact } from './talk-row';
import { nextStatuses } from './invitation-state';
import type { ActorKind, InvitationEventType, InvitationStatus } from './invitation-status';
import type { SessionKind } from '../scheduling';

export interface InvitationRow {
  id: string;
  status: InvitationStatus;
  talk_title: string;
  abstract: string;
  message_to_speaker: string;
  speaker_note: string | null;
  responded_at: Date | null;
  created_at: Date;
  updated_at: Date;
  session_id: string;
  session_title: string;
  kind: SessionKind;
  starts_at: Date;
  ends_at: Date;
  session_status: string;
  time_zone: string;
  cohort_id: string;
  cohort_name: string;
  speaker_id: string;
  full_name: string;
  email: string | null;
  organisation: string | null;
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
}

export const INVITATION_SELECT = `
  SELECT i.id, i.status, i.talk_title, i.abstract, i.message_to_speaker, i.speaker_note,
         i.responded_at, i.created_at, i.updated_at,
         s.id AS session_id, s.title AS session_title, s.kind, s.starts_at, s.ends_at,
         s.status AS session_status, p.time_zone, co.id AS cohort_id, co.name AS cohort_name,
         sp.id AS speaker_id, sp.full_name, sp.email, COALESCE(po.name, sp.organisation_name) AS organisation,
         i.access_info, i.equipment, i.contact_name, i.contact_email, i.contact_phone,
         i.reminder_days, i.reminded_at, i.mail_count, i.mailed_at,
         iu.display_name AS invited_by, iu.email AS inviter_email
    FROM invitations i
    LEFT JOIN users iu ON iu.id = i.created_by_id
    JOIN sessions s ON s.id = i.session_id
    JOIN cohorts co ON co.id = s.cohort_id
    JOIN programmes p ON p.id = co.programme_id
    JOIN speakers sp ON sp.id = i.speaker_id
    LEFT JOIN partner_organisations po ON po.id = sp.organisation_id`;

/** The moves an instructor can make now: `held` only once the session has begun. */
export function allowedForUser(r: Pick<InvitationRow, 'status' | 'starts_at'>): InvitationStatus[] {
  return nextStatuses(r.status, 'user').filter(
    (to) => to !== 'held' || r.starts_at.getTime() <= Date.now(),
  );
}

export const toInvitation = (r: InvitationRow): InvitationDto => ({
  id: r.id,
  status: r.status,
  talkTitle: r.talk_title,
  abstract: r.abstract,
  messageToSpeaker: r.message_to_speaker,
  speakerNote: r.speaker_note,
  respondedAt: r.responded_at?.toISOString() ?? null,
  session: {
    id: r.session_id,
    title: r.session_title,
    kind: r.kind,
    startsAt: r.starts_at.toISOString(),
    endsAt: r.ends_at.toISOString(),
    timeZone: r.time_zone,
    cancelled: r.session_status === 'cancelled',
    cohort: { id: r.cohort_id, name: r.cohort_name },
  },
  speaker: {
    id: r.speaker_id,
    fullName: r.full_name,
    email: r.email,
    organisation: r.organisation,
  },
  practical: {
    accessInfo: r.access_info,
    equipment: r.equipment,
    contact: talkContact(r),
  },
  contactPerson: { name: r.contact_name, email: r.contact_email, phone: r.contact_phone },
  mail: {
    count: r.mail_count,
    limit: INVITATION_MAIL_LIMIT,
    lastSentAt: r.mailed_at?.toISOString() ?? null,
    reminderDays: r.reminder_days,
    remindedAt: r.reminded_at?.toISOString() ?? null,
  },
  allowedTransitions: allowedForUser(r),
  createdAt: r.created_at.toISOString(),
  updatedAt: r.updated_at.toISOString(),
});

export async function invitationEvents(
  m: EntityManager,
  invitationId: string,
): Promise<InvitationEventDto[]> {
  const rows = await namedQuery<{
    id: string;
    type: InvitationEventType;
    from_status: InvitationStatus | null;
    to_status: InvitationStatus | null;
    actor_kind: ActorKind;
    user_name: string | null;
    speaker_name: string;
    note: string | null;
    occurred_at: Date;
  }>(
    m,
    `SELECT e.id, e.type, e.from_status, e.to_status, e.actor_kind, u.display_name AS user_name,
            sp.full_name AS speaker_name, e.note, e.occurred_at
       FROM invitation_events e
       JOIN invitations i ON i.id = e.invitation_id
       JOIN speakers sp ON sp.id = i.speaker_id
       LEFT JOIN users u ON u.id = e.actor_id
      WHERE e.invitation_id = :invitationId
      ORDER BY e.occurred_at, e.id`,
    { invitationId },
  );
  return rows.map((e) => ({
    id: e.id,
    type: e.type,
    fromStatus: e.from_status,
    toStatus: e.to_status,
    actor: {
      kind: e.actor_kind,
      name: e.actor_kind === 'speaker' ? e.speaker_name : e.user_name,
    },
    note: e.note,
    occurredAt: e.occurred_at.toISOString(),
  }));
}
