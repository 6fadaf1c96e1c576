import { Inject, Injectable, Logger, type OnModuleInit } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { signLink } from '../common/signed-links/signed-link';
import { APP_CONFIG, AppConfig } from '../config/config';
import { type MailLang, MailService, MailTemplates, MailThrottledException } from '../mail';
import {
  MENTOR_MAIL_KINDS as KIND,
  type MentorMailProject,
  mentorLinkMail,
  newVersionMail,
  SAMPLE_MENTOR_PROJECT,
} from './mentor-mails';

const PROJECT_SELECT = `
  SELECT p.title, co.name AS cohort_name, pr.title AS programme_title, pr.time_zone,
         po.name AS partner_name, mc.name AS mentor_name, mc.email AS mentor_email,
         tu.display_name AS tutor_name, tu.email AS tutor_email`;
const PROJECT_JOINS = `
    JOIN cohorts co ON co.id = p.cohort_id
    JOIN programmes pr ON pr.id = co.programme_id
    JOIN partner_organisations po ON po.id = p.partner_id
    JOIN partner_contacts mc ON mc.id = p.mentor_contact_id
    LEFT JOIN users tu ON tu.id = p.tutor_id`;

/**
 * The partner mentor's mails: their project link when the tutor issues it, and a notice when
 * the team hands in a new version (while the mentor holds a live link). Written in the
 * transaction of the change, under an idempotency key; the outbox caps mails per address.
 */
@Injectable()
export class MentorMailService implements OnModuleInit {
  private readonly logger = new Logger(MentorMailService.name);

  constructor(
    private readonly mail: MailService,
    private readonly templates: MailTemplates,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  onModuleInit(): void {
    const url = 'https://clique.example/mentor/sample-token';
    this.templates.register({
      kind: KIND.link,
      description: 'Partner mentor: their signed project link',
      sample: (lang) =>
        mentorLinkMail(SAMPLE_MENTOR_PROJECT, lang, url, new Date(Date.now() + 120 * 86_400_000)),
    });
    this.templates.register({
      kind: KIND.newVersion,
      description: 'Partner mentor: the team handed in a new version',
      sample: (lang) =>
        newVersionMail(SAMPLE_MENTOR_PROJECT, lang, url, {
          milestone: lang === 'fr' ? 'Rapport intermédiaire' : 'Interim report',
          version: 2,
          fileName: 'rapport-intermediaire.pdf',
          submittedAt: new Date(),
          submittedBy: 'Léa Martin',
          late: false,
        }),
    });
  }

  /** The mentor's page for a link: PUBLIC_URL/mentor/<token>. */
  url(linkId: string, expiresAt: Date): string {
    const token = signLink(this.config.APP_SECRET, 'project-mentor', linkId, expiresAt);
    return new URL(`/mentor/${encodeURIComponent(token)}`, this.config.PUBLIC_URL).toString();
  }

  /**
   * Mails a new link to the project's mentor; answers the address, or null when the mentor has
   * none (the tutor copies the link). A 429 from the outbox's cap rolls the issuing back.
   */
  async linkIssued(
    m: EntityManager,
    projectId: string,
    link: { id: string; expiresAt: Date; language: MailLang },
  ): Promise<string | null> {
    const [p] = await m.query<MentorMailProject[]>(
      `${PROJECT_SELECT} FROM projects p ${PROJECT_JOINS} WHERE p.id = $1`,
      [projectId],
    );
    if (!p?.mentor_email) return null;
    await this.mail.enqueue(m, {
      to: p.mentor_email,
      toName: p.mentor_name,
      lang: link.language,
      kind: KIND.link,
      content: mentorLinkMail(p, link.language, this.url(link.id, link.expiresAt), link.expiresAt),
      idempotencyKey: `${KIND.link}:${link.id}`,
    });
    return p.mentor_email;
  }

  /** A new version: its mentor hears of it if they hold a live link (the upload never fails for it). */
  async versionSubmitted(m: EntityManager, submissionId: string): Promise<void> {
    const [row] = await m.query<
      (MentorMailProject & {
        version: number;
        original_name: string;
        submitted_at: Date;
        late: boolean;
        milestone: string;
        submitted_by: string;
        link_id: string;
        expires_at: Date;
        language: MailLang;
      })[]
    >(
      `${PROJECT_SELECT}, s.version, s.original_name, s.submitted_at, s.late, ms.title AS milestone,
              u.display_name AS submitted_by, l.id AS link_id, l.expires_at, l.language
         FROM project_submissions s
         JOIN project_milestones ms ON ms.id = s.milestone_id
         JOIN projects p ON p.id = s.project_id
         JOIN users u ON u.id = s.uploaded_by_id
         ${PROJECT_JOINS}
         JOIN LATERAL (
           SELECT l.id, l.expires_at, l.language FROM project_mentor_links l
            WHERE l.project_id = p.id AND l.contact_id = p.mentor_contact_id
              AND l.revoked_at IS NULL AND l.expires_at > now()
            ORDER BY l.created_at DESC LIMIT 1
         ) l ON true
        WHERE s.id = $1`,
      [submissionId],
    );
    if (!row?.mentor_email) return;
    try {
      await this.mail.enqueue(m, {
        to: row.mentor_email,
        toName: row.mentor_name,
        lang: row.language,
        kind: KIND.newVersion,
        content: newVersionMail(row, row.language, this.url(row.link_id, row.expires_at), {
          milestone: row.milestone,
          version: row.version,
          fileName: row.original_name,
          submittedAt: row.submitted_at,
          submittedBy: row.submitted_by,
          late: row.late,
        }),
        idempotencyKey: `${KIND.newVersion}:${submissionId}`,
      });
    } catch (error) {
      if (!(error instanceof MailThrottledException)) throw error;
      this.logger.warn({ submissionId }, 'Mentor mail throttled');
    }
  }
}
