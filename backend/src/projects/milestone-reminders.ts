import { Injectable, type OnApplicationBootstrap, type OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { JobsService } from '../jobs';
import { formatWhen, type NotificationInput, NotificationsService } from '../notifications';
import { milestoneDoneByStateSql } from './milestone-state';
import { FINAL_STATES } from './project-states';

export const MILESTONE_REMINDERS_QUEUE = 'projects.milestone-reminders';
/** Every morning at 06:00, before the 07:00 digest, so that a digest reader sees them too. */
export const MILESTONE_REMINDERS_CRON = '0 6 * * *';
const REMINDER_ZONE = 'Europe/Zurich';
/** "Due in 3 days": a milestone enters the reminder window this long before its due time. */
export const DUE_SOON_MS = 3 * 24 * 3600 * 1000;
/** An overdue milestone older than this is left alone (the project has moved on). */
const OVERDUE_HORIZON_MS = 30 * 24 * 3600 * 1000;

interface Candidate {
  milestone_id: string;
  project_id: string;
  milestone_title: string;
  project_title: string;
  due_at: Date;
  student_id: string;
  time_zone: string;
  overdue: boolean;
}

/**
 * The daily reminders of milestones: due within three days, and overdue, to each student of
 * the team while nothing is handed in (and the project's state has not made it moot). Each
 * reminder exists once per milestone, due date and student (its idempotency key), however
 * often the job runs; a new due date (an extension) brings a new one.
 */
@Injectable()
export class MilestoneRemindersService implements OnModuleInit, OnApplicationBootstrap {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly jobs: JobsService,
    private readonly notifications: NotificationsService,
  ) {}

  onModuleInit(): void {
    this.jobs.work(MILESTONE_REMINDERS_QUEUE, () => this.run().then(() => undefined));
  }

  async onApplicationBootstrap(): Promise<void> {
    await this.jobs.schedule(MILESTONE_REMINDERS_QUEUE, MILESTONE_REMINDERS_CRON, REMINDER_ZONE);
  }

  /** Two statements whatever the number of milestones: the candidates, then the notices. */
  async run(now: Date = new Date()): Promise<number> {
    return this.db.transaction(async (m) => {
      const rows: Candidate[] = await m.query(
        `SELECT ms.id AS milestone_id, p.id AS project_id, ms.title AS milestone_title,
                p.title AS project_title, ms.due_at, pm.student_id, pg.time_zone,
                ms.due_at <= $1 AS overdue
           FROM project_milestones ms
           JOIN projects p ON p.id = ms.project_id
           JOIN cohorts c ON c.id = p.cohort_id
           JOIN programmes pg ON pg.id = c.programme_id
           JOIN project_members pm ON pm.project_id = p.id AND pm.left_at IS NULL
          WHERE ms.due_at <= $2 AND ms.due_at > $3
            AND p.open AND p.state <> ALL($4::text[])
            AND NOT ${milestoneDoneByStateSql('ms', 'p')}
            AND NOT EXISTS (SELECT 1 FROM project_submissions s WHERE s.milestone_id = ms.id)`,
        [
          now,
          new Date(now.getTime() + DUE_SOON_MS),
          new Date(now.getTime() - OVERDUE_HORIZON_MS),
          FINAL_STATES,
        ],
      );
      await this.notifications.notifyMany(m, rows.map(reminder));
      return rows.length;
    });
  }
}

function reminder(r: Candidate): NotificationInput {
  const kind = r.overdue ? 'milestone.overdue' : 'milestone.due';
  return {
    userId: r.student_id,
    kind,
    link: `/student/project/${r.project_id}`,
    text: (lang) => {
      const due = formatWhen(r.due_at, r.time_zone, lang);
      if (lang === 'fr') {
        return r.overdue
          ? {
              title: `Jalon en retard : ${r.milestone_title}`,
              body: `Le jalon « ${r.milestone_title} » du projet « ${r.project_title} » était attendu le ${due} et rien n’a été remis.`,
            }
          : {
              title: `Jalon à rendre bientôt : ${r.milestone_title}`,
              body: `Le jalon « ${r.milestone_title} » du projet « ${r.project_title} » est à rendre le ${due}.`,
            };
      }
      return r.overdue
        ? {
            title: `Milestone overdue: ${r.milestone_title}`,
            body: `The milestone “${r.milestone_title}” of the project “${r.project_title}” was due on ${due} and nothing has been handed in.`,
          }
        : {
            title: `Milestone due soon: ${r.milestone_title}`,
            body: `The milestone “${r.milestone_title}” of the project “${r.project_title}” is due on ${due}.`,
          };
    },
    idempotencyKey: `${kind}:${r.milestone_id}:${r.due_at.getTime()}:${r.student_id}`,
  };
}
