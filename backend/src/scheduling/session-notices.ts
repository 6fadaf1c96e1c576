import { Injectable, type OnModuleInit } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { MailLang } from '../mail';
import { formatWhen, type NotificationInput, NotificationsService } from '../notifications';
import { type SessionChange, SessionEvents } from './session-events';

interface Context {
  sequence: number;
  time_zone: string;
  room_before: string | null;
  room_after: string | null;
}

/**
 * Tells the cohort (its active students) and the session's instructors, the planner aside,
 * when a session moves, changes or is cancelled, with the reason: in the changing transaction.
 */
@Injectable()
export class SessionNoticesService implements OnModuleInit {
  constructor(
    private readonly events: SessionEvents,
    private readonly notifications: NotificationsService,
  ) {}

  onModuleInit(): void {
    this.events.on((manager, change) => this.notice(manager, change));
  }

  private async notice(m: EntityManager, change: SessionChange): Promise<void> {
    const people: { user_id: string; role: string }[] = await m.query(
      `SELECT e.student_id AS user_id, 'student' AS role FROM enrolments e
        WHERE e.cohort_id = $1 AND e.status = 'active' AND e.student_id IS DISTINCT FROM $3
       UNION
       SELECT si.instructor_id, 'instructor' FROM session_instructors si
        WHERE si.session_id = $2 AND si.instructor_id IS DISTINCT FROM $3`,
      [change.cohortId, change.sessionId, change.actorId],
    );
    if (!people.length) return;
    const [ctx]: Context[] = await m.query(
      `SELECT s.sequence, p.time_zone, rb.name AS room_before, ra.name AS room_after
         FROM sessions s JOIN cohorts c ON c.id = s.cohort_id JOIN programmes p ON p.id = c.programme_id
         LEFT JOIN rooms rb ON rb.id = $2 LEFT JOIN rooms ra ON ra.id = $3
        WHERE s.id = $1`,
      [change.sessionId, change.before.roomId, change.after.roomId],
    );
    if (!ctx) return;
    const kind = change.kind === 'cancelled' ? 'session.cancelled' : 'session.changed';
    await this.notifications.notifyMany(
      m,
      people.map((p): NotificationInput => ({
        userId: p.user_id,
        kind,
        link: `/${p.role}/sessions/${change.sessionId}`,
        text: (lang) => sessionText(change, ctx, lang),
        idempotencyKey: `${kind}:${change.sessionId}:${ctx.sequence}:${p.user_id}`,
      })),
    );
  }
}

/** The notice's title and text, in French or English. */
export function sessionText(
  change: SessionChange,
  ctx: Pick<Context, 'time_zone' | 'room_before' | 'room_after'>,
  lang: MailLang,
): { title: string; body: string } {
  const fr = lang === 'fr';
  const when = (d: Date) => formatWhen(d, ctx.time_zone, lang);
  const { before, after } = change;
  const lines: string[] = [];
  let title: string;
  if (change.kind === 'cancelled') {
    title = fr ? `Séance annulée : ${before.title}` : `Session cancelled: ${before.title}`;
    lines.push(
      fr
        ? `La séance du ${when(before.startsAt)} est annulée.`
        : `The session on ${when(before.startsAt)} is cancelled.`,
    );
  } else {
    title =
      change.kind === 'moved'
        ? fr
          ? `Séance déplacée : ${after.title}`
          : `Session moved: ${after.title}`
        : fr
          ? `Séance modifiée : ${after.title}`
          : `Session changed: ${after.title}`;
    if (change.kind === 'moved') {
      lines.push(
        fr
          ? `Elle a lieu le ${when(after.startsAt)} (au lieu du ${when(before.startsAt)}).`
          : `It now takes place on ${when(after.startsAt)} (instead of ${when(before.startsAt)}).`,
      );
    } else {
      lines.push(
        fr
          ? `La séance du ${when(after.startsAt)} a changé.`
          : `The session on ${when(after.startsAt)} has changed.`,
      );
    }
    if (before.title !== after.title) {
      lines.push(fr ? `Ancien titre : ${before.title}.` : `Previous title: ${before.title}.`);
    }
    if (before.roomId !== after.roomId) {
      const none = fr ? 'à préciser' : 'to be announced';
      lines.push(
        fr
          ? `Salle : ${ctx.room_after ?? none} (au lieu de ${ctx.room_before ?? none}).`
          : `Room: ${ctx.room_after ?? none} (instead of ${ctx.room_before ?? none}).`,
      );
    }
  }
  if (change.reason) lines.push(fr ? `Motif : ${change.reason}` : `Reason: ${change.reason}`);
  return { title, body: lines.join('\n\n') };
}
