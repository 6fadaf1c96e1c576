import { Inject, Injectable, type OnApplicationBootstrap, type OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DateTime } from 'luxon';
import { DataSource } from 'typeorm';
import { enrolmentCountsSql } from '../common/access';
import { APP_CONFIG, type AppConfig } from '../config/config';
import { JobsService } from '../jobs';
import {
  type MailContent,
  type MailLang,
  mailLayout,
  MailService,
  type OutgoingMail,
} from '../mail';

export const VEILLE_DIGEST_QUEUE = 'veille.digest';
/** Monday 07:00, Swiss and French time. */
export const VEILLE_DIGEST_CRON = '0 7 * * 1';
export const VEILLE_DIGEST_TIME_ZONE = 'Europe/Zurich';
/** The posts a digest lists at most. */
export const VEILLE_DIGEST_SIZE = 5;

interface DigestPost {
  cohort_id: string;
  id: string;
  title: string;
  url: string | null;
  author_name: string;
  comments: number;
  reactions: number;
}

/**
 * The weekly digest of each cohort's veille: the past week's best-discussed posts (comments,
 * then reactions), by mail to its active students and instructors, once a week per cohort (the
 * `uq_veille_digests_week` key claims the week, so a retry or a second run sends nothing twice).
 * A cohort whose instructor turned the digest off, or with nothing posted, gets none.
 */
@Injectable()
export class VeilleDigestService implements OnModuleInit, OnApplicationBootstrap {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly jobs: JobsService,
    private readonly mail: MailService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  onModuleInit(): void {
    this.jobs.work(VEILLE_DIGEST_QUEUE, () => this.run().then(() => undefined));
  }

  async onApplicationBootstrap(): Promise<void> {
    await this.jobs.schedule(VEILLE_DIGEST_QUEUE, VEILLE_DIGEST_CRON, VEILLE_DIGEST_TIME_ZONE);
  }

  /** Writes this week's digests; answers how many mails it enqueued. */
  async run(now: Date = new Date()): Promise<number> {
    const week = DateTime.fromJSDate(now).setZone(VEILLE_DIGEST_TIME_ZONE).startOf('week');
    const weekStart = week.toFormat('yyyy-MM-dd');
    const since = week.minus({ weeks: 1 }).toJSDate();
    const until = week.toJSDate();
    return this.db.transaction(async (m) => {
      const posts: DigestPost[] = await m.query(
        `WITH ranked AS (
           SELECT p.cohort_id, p.id, COALESCE(NULLIF(p.title, ''), p.preview_title, p.url) AS title,
                  p.url, u.display_name AS author_name,
                  (SELECT count(*)::int FROM veille_comments c WHERE c.post_id = p.id AND c.deleted_at IS NULL
                     AND c.created_at >= $1 AND c.created_at < $2) AS comments,
                  (SELECT count(*)::int FROM veille_reactions r WHERE r.post_id = p.id
                     AND r.created_at >= $1 AND r.created_at < $2) AS reactions,
                  p.created_at
             FROM veille_posts p JOIN users u ON u.id = p.author_id
             JOIN cohorts co ON co.id = p.cohort_id
             LEFT JOIN veille_settings s ON s.cohort_id = p.cohort_id
            WHERE p.hidden_at IS NULL AND COALESCE(s.digest_enabled, TRUE)
              AND co.status = 'running'
              AND (p.created_at >= $1 AND p.created_at < $2
                   OR EXISTS (SELECT 1 FROM veille_comments c WHERE c.post_id = p.id
                                AND c.created_at >= $1 AND c.created_at < $2))),
         numbered AS (
           SELECT ranked.*, row_number() OVER (PARTITION BY cohort_id
                    ORDER BY comments DESC, reactions DESC, created_at DESC, id) AS n
             FROM ranked)
         SELECT cohort_id, id, title, url, author_name, comments, reactions
           FROM numbered WHERE n <= $3 ORDER BY cohort_id, n`,
        [since, until, VEILLE_DIGEST_SIZE],
      );
      if (!posts.length) return 0;
      const cohortIds = [...new Set(posts.map((p) => p.cohort_id))];
      const claimed: { cohort_id: string }[] = await m.query(
        `INSERT INTO veille_digests (cohort_id, week_start, post_ids, recipients)
         SELECT c.id, $2::date, ARRAY[]::uuid[], 0 FROM unnest($1::uuid[]) AS c(id)
         ON CONFLICT ON CONSTRAINT uq_veille_digests_week DO NOTHING
         RETURNING cohort_id`,
        [cohortIds, weekStart],
      );
      if (!claimed.length) return 0;
      const ids = claimed.map((c) => c.cohort_id);
      const people: {
        cohort_id: string;
        cohort_name: string;
        id: string;
        email: string;
        display_name: string;
        lang: MailLang;
        role: string;
      }[] = await m.query(
        `SELECT e.cohort_id, c.name AS cohort_name, u.id, u.email, u.display_name,
                u.preferred_language AS lang, u.role
           FROM enrolments e JOIN users u ON u.id = e.student_id JOIN cohorts c ON c.id = e.cohort_id
          WHERE e.cohort_id = ANY($1::uuid[]) AND ${enrolmentCountsSql('e', 'acts')} AND u.active
         UNION ALL
         SELECT ci.cohort_id, c.name, u.id, u.email, u.display_name, u.preferred_language, u.role
           FROM cohort_instructors ci JOIN users u ON u.id = ci.instructor_id
           JOIN cohorts c ON c.id = ci.cohort_id
          WHERE ci.cohort_id = ANY($1::uuid[]) AND u.active`,
        [ids],
      );
      const mails: OutgoingMail[] = [];
      for (const cohortId of ids) {
        const listed = posts.filter((p) => p.cohort_id === cohortId);
        const recipients = people.filter((p) => p.cohort_id === cohortId);
        for (const person of recipients) {
          mails.push({
            to: person.email,
            toName: person.display_name,
            lang: person.lang,
            kind: 'veille.digest',
            content: veilleDigestMail({
              lang: person.lang,
              name: person.display_name,
              cohortName: person.cohort_name,
              posts: listed.map((p) => ({
                ...p,
                link: `${this.config.PUBLIC_URL.replace(/\/+$/, '')}/${person.role}/veille/posts/${p.id}`,
              })),
              feedUrl: `${this.config.PUBLIC_URL.replace(/\/+$/, '')}/${person.role}/veille`,
            }),
            idempotencyKey: `veille-digest:${cohortId}:${weekStart}:${person.id}`,
            userId: person.id,
            bulk: true,
          });
        }
        await m.query(
          `UPDATE veille_digests SET post_ids = $3::uuid[], recipients = $4
            WHERE cohort_id = $1 AND week_start = $2::date`,
          [cohortId, weekStart, listed.map((p) => p.id), recipients.length],
        );
      }
      if (mails.length) await this.mail.enqueueMany(m, mails);
      return mails.length;
    });
  }
}

const WORDS = {
  fr: {
    title: (cohort: string) => `La veille de la semaine · ${cohort}`,
    greeting: (name: string) => `Bonjour ${name},`,
    intro: 'Les partages les plus discutés de la semaine passée :',
    counts: (c: number, r: number) =>
      `${c} commentaire${c > 1 ? 's' : ''}, ${r} réaction${r > 1 ? 's' : ''}`,
    by: 'par',
    action: 'Ouvrir la veille',
    footer:
      'Vous recevez ce résumé chaque lundi ; votre enseignant·e peut le désactiver pour la volée.',
  },
  en: {
    title: (cohort: string) => `This week's watch · ${cohort}`,
    greeting: (name: string) => `Hello ${name},`,
    intro: "Last week's most discussed posts:",
    counts: (c: number, r: number) =>
      `${c} comment${c === 1 ? '' : 's'}, ${r} reaction${r === 1 ? '' : 's'}`,
    by: 'by',
    action: 'Open the watch',
    footer: 'You get this summary every Monday; your instructor can turn it off for the cohort.',
  },
} as const;

export function veilleDigestMail(input: {
  lang: MailLang;
  name: string;
  cohortName: string;
  posts: (DigestPost & { link: string })[];
  feedUrl: string;
}): MailContent {
  const w = WORDS[input.lang];
  return mailLayout({
    lang: input.lang,
    title: w.title(input.cohortName),
    greeting: w.greeting(input.name),
    paragraphs: [w.intro],
    details: input.posts.map((p) => ({
      label: p.title,
      value: `${w.by} ${p.author_name} · ${w.counts(p.comments, p.reactions)}\n${p.link}`,
    })),
    action: { label: w.action, url: input.feedUrl },
    footer: w.footer,
  });
}
