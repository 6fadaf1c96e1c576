import { HttpStatus, Injectable, Logger, type OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import { CHECK_VIOLATION, pgError } from '../common/db-errors';
import { ProblemException } from '../common/problem';
import { JobsService } from '../jobs';
import {
  type MailAttachment,
  type MailLang,
  MailService,
  MailTemplates,
  MailThrottledException,
  type OutgoingMail,
} from '../mail';
import { type IcsMethod, type SessionChange, SessionEvents } from '../scheduling';
import { INVITATION_MAIL_LIMIT } from './dto/invitations.dto';
import { InvitationLinksService, linkLiveSql } from './invitation-links.service';
import {
  answeredMail,
  invitationMail,
  reminderMail,
  sampleTalk,
  sessionCancelledMail,
  sessionChangedMail,
  SPEAKER_MAIL_KINDS as KIND,
  thanksMail,
} from './speaker-mails';
import { loadTalk, loadTalks, type TalkRow, talkIcs, talkLanguage } from './talk-row';

export const REMINDER_QUEUE = 'speaker.invitation-reminder';
export const THANKS_QUEUE = 'speaker.thank-you';
/** The thank-you goes this long after the talk's end. */
const THANKS_DELAY_MS = 60 * 60 * 1000;
/** How many times a thank-you waits again for a talk that moved later. */
const MAX_THANKS_REPLANS = 10;

const mailLimit = () =>
  new ProblemException(
    HttpStatus.TOO_MANY_REQUESTS,
    'invitation.mail_limit',
    `This invitation was mailed ${INVITATION_MAIL_LIMIT} times already: copy its link instead.`,
    { limit: INVITATION_MAIL_LIMIT },
  );

/**
 * The speakers' mails, each written in the transaction of the change that causes it (a rollback
 * sends nothing) under an idempotency key (a retry sends nothing twice): the invitation with
 * its .ics (METHOD:REQUEST, the session's UID), one reminder after N days without an answer, the
 * confirmation of an answer, the notice of a moved or changed session (an updated .ics, the
 * session's higher SEQUENCE) or a cancelled one (METHOD:CANCEL), and a thank-you after the talk.
 * Only speakers who accepted or have not answered hear of changes.
 */
@Injectable()
export class SpeakerMailService implements OnModuleInit {
  private readonly logger = new Logger(SpeakerMailService.name);

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly mail: MailService,
    private readonly jobs: JobsService,
    private readonly templates: MailTemplates,
    private readonly events: SessionEvents,
    private readonly links: InvitationLinksService,
  ) {}

  onModuleInit(): void {
    this.events.on((m, change) => this.sessionChanged(m, change));
    this.jobs.work(REMINDER_QUEUE, (data: { invitationId: string }) =>
      this.remind(data.invitationId),
    );
    this.jobs.work(THANKS_QUEUE, (data: { invitationId: string; replans?: number }) =>
      this.thank(data.invitationId, data.replans ?? 0),
    );
    const url = 'https://clique.example/speaker/sample-token';
    const samples: Array<[string, string, (lang: MailLang) => ReturnType<typeof invitationMail>]> =
      [
        [
          KIND.invitation,
          'Speaker: the invitation, with its link and .ics',
          (l) => invitationMail(sampleTalk(l), l, url),
        ],
        [
          KIND.reminder,
          'Speaker: reminder when there is no answer after N days',
          (l) => reminderMail(sampleTalk(l), l, url),
        ],
        [
          KIND.answered,
          'Speaker: confirmation of their answer',
          (l) => answeredMail({ ...sampleTalk(l), status: 'confirmed' }, l, url),
        ],
        [
          KIND.changed,
          'Speaker: the session moved or changed (updated .ics)',
          (l) => {
            const r = sampleTalk(l);
            const day = 86_400_000;
            return sessionChangedMail(
              r,
              l,
              {
                moved: true,
                before: {
                  startsAt: new Date(r.starts_at.getTime() - day),
                  endsAt: new Date(r.ends_at.getTime() - day),
                },
                reason: null,
              },
              url,
            );
          },
        ],
        [
          KIND.cancelled,
          'Speaker: the talk is cancelled, with its session or alone (METHOD:CANCEL)',
          (l) => sessionCancelledMail(sampleTalk(l), l),
        ],
        [KIND.thanks, 'Speaker: thank-you after the talk', (l) => thanksMail(sampleTalk(l), l)],
      ];
    for (const [kind, description, sample] of samples) {
      this.templates.register({ kind, description, sample });
    }
  }

  /**
   * Mails the invitation with its link (the caller's transaction has the invitation locked).
   * Answers false when the speaker has no e-mail (the instructor copies the link); refuses a
   * mail past the limit (429 `invitation.mail_limit`, the database's CHECK backs it). The first
   * sending also schedules the one reminder.
   */
  async sendInvitation(m: EntityManager, invitationId: string, linkId: string): Promise<boolean> {
    const r = await loadTalk(m, invitationId);
    if (!r?.speaker_email) return false;
    if (r.mail_count >= INVITATION_MAIL_LIMIT) throw mailLimit();
    try {
      await m.query(
        `UPDATE invitations SET mail_count = mail_count + 1, mailed_at = now() WHERE id = $1`,
        [invitationId],
      );
    } catch (error) {
      if (pgError(error, CHECK_VIOLATION, 'ck_invitations_mail_count')) throw mailLimit();
      throw error;
    }
    const lang = talkLanguage(r);
    await this.mail.enqueue(
      m,
      this.outgoing(
        r,
        KIND.invitation,
        `${invitationId}:${linkId}`,
        invitationMail(r, lang, this.links.url(linkId)),
        'REQUEST',
      ),
    );
    if (r.mail_count === 0 && r.reminder_days) {
      await this.jobs.send(
        m,
        REMINDER_QUEUE,
        { invitationId },
        {
          startAfter: new Date(Date.now() + r.reminder_days * 86_400_000),
          singletonKey: `speaker-reminder:${invitationId}`,
        },
      );
    }
    return true;
  }

  /** After the speaker's own answer: a confirmation to them; a thank-you planned if they come. */
  async answered(m: EntityManager, invitationId: string, linkId: string): Promise<void> {
    const r = await loadTalk(m, invitationId);
    if (!r) return;
    if (r.speaker_email) {
      const lang = talkLanguage(r);
      const yes = r.status === 'confirmed';
      await this.quietly(m, [
        this.outgoing(
          r,
          KIND.answered,
          invitationId,
          answeredMail(r, lang, this.links.url(linkId)),
          yes ? 'REQUEST' : null,
        ),
      ]);
    }
    if (r.status === 'confirmed') await this.planThanks(m, r);
  }

  /** The instructor recorded a confirmation: the thank-you is planned all the same. */
  async confirmedByUser(m: EntityManager, invitationId: string): Promise<void> {
    const r = await loadTalk(m, invitationId);
    if (r) await this.planThanks(m, r);
  }

  /**
   * Sent invitations (invited, confirmed) that were cancelled, with their session or one by one
   * by the instructor: the speaker hears of it, with METHOD:CANCEL.
   */
  async cancelled(m: EntityManager, invitationIds: string[]): Promise<void> {
    const talks = (await loadTalks(m, { ids: invitationIds })).filter((r) => r.speaker_email);
    await this.quietly(
      m,
      talks.map((r) =>
        this.outgoing(
          r,
          KIND.cancelled,
          r.invitation_id,
          sessionCancelledMail(r, talkLanguage(r)),
          'CANCEL',
        ),
      ),
    );
  }

  /** A moved or changed session: an updated .ics (same UID, higher SEQUENCE) to each speaker. */
  private async sessionChanged(m: EntityManager, change: SessionChange): Promise<void> {
    if (change.kind === 'cancelled') return; // the invitations' cascade mails those
    const talks = await loadTalks(m, {
      sessionId: change.sessionId,
      statuses: ['invited', 'confirmed'],
    });
    if (talks.length === 0) return;
    const ids = talks.map((r) => r.invitation_id);
    // A link works until the talk is over, also when it moved later (`linkValidUntil`).
    const live = await this.liveLinks(m, ids);
    const moved = change.kind === 'moved';
    await this.quietly(
      m,
      talks
        .filter((r) => r.speaker_email)
        .map((r) => {
          const linkId = live.get(r.invitation_id);
          const content = sessionChangedMail(
            r,
            talkLanguage(r),
            { moved, before: change.before, reason: change.reason },
            linkId ? this.links.url(linkId) : null,
          );
          return this.outgoing(
            r,
            KIND.changed,
            `${r.invitation_id}:${r.sequence}`,
            content,
            'REQUEST',
          );
        }),
    );
  }

  /** The reminder job: once, only while the invitation still awaits an answer. */
  async remind(invitationId: string): Promise<void> {
    await this.db.transaction(async (m) => {
      const r = await loadTalk(m, invitationId, true);
      if (!r?.speaker_email || r.status !== 'invited' || r.reminded_at || !r.reminder_days) return;
      if (r.session_status === 'cancelled' || r.ends_at.getTime() <= Date.now()) return;
      const linkId = (await this.liveLinks(m, [invitationId])).get(invitationId);
      if (!linkId) return;
      await this.mail.enqueue(
        m,
        this.outgoing(
          r,
          KIND.reminder,
          invitationId,
          reminderMail(r, talkLanguage(r), this.links.url(linkId)),
          null,
        ),
      );
      await m.query(`UPDATE invitations SET reminded_at = now() WHERE id = $1`, [invitationId]);
    });
  }

  /**
   * The thank-you job: after the talk, to a speaker who came. A talk not over yet (it moved
   * later) plans the job again for its new end, a bounded number of times.
   */
  async thank(invitationId: string, replans = 0): Promise<void> {
    await this.db.transaction(async (m) => {
      const r = await loadTalk(m, invitationId, true);
      if (!r?.speaker_email || !['confirmed', 'held'].includes(r.status)) return;
      if (r.session_status === 'cancelled') return;
      if (r.ends_at.getTime() > Date.now()) {
        if (replans < MAX_THANKS_REPLANS) await this.planThanks(m, r, replans + 1);
        return;
      }
      await this.mail.enqueue(
        m,
        this.outgoing(r, KIND.thanks, invitationId, thanksMail(r, talkLanguage(r)), null),
      );
    });
  }

  private async planThanks(m: EntityManager, r: TalkRow, replans = 0): Promise<void> {
    await this.jobs.send(
      m,
      THANKS_QUEUE,
      { invitationId: r.invitation_id, replans },
      {
        startAfter: new Date(r.ends_at.getTime() + THANKS_DELAY_MS),
        ...(replans === 0 ? { singletonKey: `speaker-thanks:${r.invitation_id}` } : {}),
      },
    );
  }

  /**
   * Mails caused by someone else's act (a planner moving a session, the speaker's own answer):
   * a mail the per-address cap refuses is left out and logged, the act goes through.
   */
  private async quietly(m: EntityManager, mails: OutgoingMail[]): Promise<void> {
    for (const mail of mails) {
      try {
        await this.mail.enqueue(m, mail);
      } catch (error) {
        if (!(error instanceof MailThrottledException)) throw error;
        this.logger.warn({ kind: mail.kind, key: mail.idempotencyKey }, 'Speaker mail throttled');
      }
    }
  }

  /** Each invitation's live link (the rule of `linkLiveSql`), in one query. */
  private async liveLinks(m: EntityManager, invitationIds: string[]): Promise<Map<string, string>> {
    const rows: { invitation_id: string; id: string }[] = await m.query(
      `SELECT DISTINCT ON (l.invitation_id) l.invitation_id, l.id
         FROM invitation_links l
         JOIN invitations i ON i.id = l.invitation_id
         JOIN sessions s ON s.id = i.session_id
        WHERE l.invitation_id = ANY($1) AND ${linkLiveSql('l', 's')}
        ORDER BY l.invitation_id, l.created_at DESC`,
      [invitationIds],
    );
    return new Map(rows.map((l) => [l.invitation_id, l.id]));
  }

  private outgoing(
    r: TalkRow,
    kind: string,
    key: string,
    content: OutgoingMail['content'],
    method: IcsMethod | null,
  ): OutgoingMail {
    const lang = talkLanguage(r);
    const attachments: MailAttachment[] = method
      ? [
          {
            filename: method === 'CANCEL' ? 'cancel.ics' : 'invite.ics',
            contentType: `text/calendar; method=${method}; charset=utf-8`,
            content: talkIcs(r, lang, method),
          },
        ]
      : [];
    return {
      to: r.speaker_email ?? '',
      toName: r.full_name,
      lang,
      kind,
      content,
      idempotencyKey: `${kind}:${key}`,
      attachments,
    };
  }
}
