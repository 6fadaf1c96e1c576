import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { badRequest, conflict, notFound } from '../common/problem';
import type {
  SaveSynthesisDto,
  SessionSynthesesDto,
  SynthesisDto,
  SynthesisFeedbackDto,
} from './dto/syntheses.dto';
import {
  enrolmentCountsSql,
  sessionManageable,
  synthesisOwn,
  synthesisReadable,
  synthesisReviewable,
  synthesisWritable,
  type Viewer,
} from '../common/access';
import { namedQuery } from '../common/sql';
import { type NotificationInput, NotificationsService } from '../notifications';
import { sanitizeSynthesis, wordCount } from './synthesis-html';
import { SynthesisEntity } from './synthesis.entity';

interface SynthesisRow {
  id: string;
  session_id: string;
  student_id: string;
  student_name: string;
  body_html: string;
  submitted_at: Date | null;
  feedback: string | null;
  feedback_by_id: string | null;
  feedback_by_name: string | null;
  feedback_at: Date | null;
  created_at: Date;
  updated_at: Date;
}

const SELECT = `
  SELECT y.id, y.session_id, y.student_id, st.display_name AS student_name, y.body_html,
         y.submitted_at, y.feedback, y.feedback_by_id, fb.display_name AS feedback_by_name,
         y.feedback_at, y.created_at, y.updated_at
    FROM syntheses y
    JOIN sessions s ON s.id = y.session_id
    JOIN users st ON st.id = y.student_id
    LEFT JOIN users fb ON fb.id = y.feedback_by_id`;

const toSynthesis = (r: SynthesisRow): SynthesisDto => ({
  id: r.id,
  sessionId: r.session_id,
  student: { id: r.student_id, displayName: r.student_name },
  bodyHtml: r.body_html,
  wordCount: wordCount(r.body_html),
  submittedAt: r.submitted_at?.toISOString() ?? null,
  feedback: r.feedback,
  feedbackBy:
    r.feedback_by_id && r.feedback_by_name
      ? { id: r.feedback_by_id, displayName: r.feedback_by_name }
      : null,
  feedbackAt: r.feedback_at?.toISOString() ?? null,
  createdAt: r.created_at.toISOString(),
  updatedAt: r.updated_at.toISOString(),
});

/** A student's own write-up of a session they attended, and the instructor's reading of them. */
@Injectable()
export class SynthesesService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly notifications: NotificationsService,
  ) {}

  async mine(viewer: Viewer, sessionId: string): Promise<SynthesisDto> {
    const own = synthesisOwn(viewer);
    const [row] = await namedQuery<SynthesisRow>(
      this.db.manager,
      `${SELECT} WHERE y.session_id = :sessionId AND ${own.sql}`,
      { ...own.params, sessionId },
    );
    if (!row) throw notFound('synthesis');
    return toSynthesis(row);
  }

  /**
   * Saves the student's draft (creating it on first save), or hands it in. Only once the
   * session has started, not for a cancelled one, and no more after handing in.
   */
  async save(viewer: Viewer, sessionId: string, dto: SaveSynthesisDto): Promise<SynthesisDto> {
    const bodyHtml = sanitizeSynthesis(dto.bodyHtml);
    if (dto.submit && wordCount(bodyHtml) === 0) {
      throw badRequest('validation', 'An empty synthesis cannot be handed in.', [
        { field: 'bodyHtml', code: 'isNotEmpty', message: 'bodyHtml must have some text' },
      ]);
    }
    const writable = synthesisWritable(viewer);
    await this.db.transaction(async (m) => {
      const [session] = await namedQuery<{ started: boolean; status: string }>(
        m,
        `SELECT s.starts_at <= now() AS started, s.status FROM sessions s
          WHERE s.id = :sessionId AND ${writable.sql}`,
        { ...writable.params, sessionId },
      );
      if (!session) throw notFound('session');
      if (session.status === 'cancelled') {
        throw conflict('synthesis.session_cancelled', 'This session was cancelled.');
      }
      if (!session.started) {
        throw conflict('synthesis.too_early', 'A synthesis can be written once the session began.');
      }
      const repo = m.getRepository(SynthesisEntity);
      const existing = await repo.findOne({
        where: { sessionId, studentId: viewer.id },
        lock: { mode: 'pessimistic_write' },
      });
      if (existing?.submittedAt) {
        throw conflict(
          'synthesis.submitted',
          'This synthesis was handed in; it can no longer change.',
        );
      }
      const submittedAt = dto.submit ? new Date() : null;
      if (existing) await repo.update(existing.id, { bodyHtml, submittedAt });
      else {
        await repo
          .createQueryBuilder()
          .insert()
          .values({ sessionId, studentId: viewer.id, bodyHtml, submittedAt })
          .orIgnore()
          .execute();
      }
    });
    return this.mine(viewer, sessionId);
  }

  /** The instructor's view of a session's syntheses: handed in ones, and who is missing. */
  async forSession(viewer: Viewer, sessionId: string): Promise<SessionSynthesesDto> {
    const manageable = sessionManageable(viewer);
    const [session] = await namedQuery<{ cohort_id: string }>(
      this.db.manager,
      `SELECT s.cohort_id FROM sessions s WHERE s.id = :sessionId AND ${manageable.sql}`,
      { ...manageable.params, sessionId },
    );
    if (!session) throw notFound('session');
    const rows = await namedQuery<SynthesisRow>(
      this.db.manager,
      `${SELECT} WHERE y.session_id = :sessionId AND y.submitted_at IS NOT NULL
        ORDER BY st.display_name, y.id`,
      { sessionId },
    );
    const missing = await namedQuery<{ id: string; display_name: string }>(
      this.db.manager,
      `SELECT u.id, u.display_name FROM enrolments e JOIN users u ON u.id = e.student_id
        WHERE e.cohort_id = :cohortId AND ${enrolmentCountsSql('e', 'acts')}
          AND NOT EXISTS (SELECT 1 FROM syntheses y WHERE y.session_id = :sessionId
                            AND y.student_id = e.student_id AND y.submitted_at IS NOT NULL)
        ORDER BY u.display_name, u.id`,
      { sessionId, cohortId: session.cohort_id },
    );
    return {
      submitted: rows.map(toSynthesis),
      missing: missing.map((r) => ({ id: r.id, displayName: r.display_name })),
    };
  }

  /** One synthesis: its author, or a planner of the cohort (once handed in). */
  async get(viewer: Viewer, id: string): Promise<SynthesisDto> {
    const readable = synthesisReadable(viewer);
    const [row] = await namedQuery<SynthesisRow>(
      this.db.manager,
      `${SELECT} WHERE y.id = :id AND ${readable.sql}`,
      { ...readable.params, id },
    );
    if (!row) throw notFound('synthesis');
    return toSynthesis(row);
  }

  /** Writes the instructor's feedback and tells the author, in one transaction. */
  async setFeedback(viewer: Viewer, id: string, dto: SynthesisFeedbackDto): Promise<SynthesisDto> {
    const reviewable = synthesisReviewable(viewer);
    await this.db.transaction(async (m) => {
      const [row] = await namedQuery<FeedbackRow>(
        m,
        `WITH reviewed AS (
           UPDATE syntheses y SET feedback = :feedback, feedback_by_id = :author,
                  feedback_at = now(), updated_at = now()
             FROM sessions s
            WHERE s.id = y.session_id AND y.id = :id AND ${reviewable.sql}
           RETURNING y.id, y.student_id, y.session_id, s.title, y.feedback_at)
         SELECT * FROM reviewed`,
        { ...reviewable.params, id, author: viewer.id, feedback: dto.feedback },
      );
      if (!row) throw notFound('synthesis');
      if (dto.feedback) {
        await this.notifications.notify(m, synthesisFeedbackNotice(row, viewer, dto.feedback));
      }
    });
    return this.get(viewer, id);
  }
}

interface FeedbackRow {
  id: string;
  student_id: string;
  session_id: string;
  title: string;
  feedback_at: Date;
}

function synthesisFeedbackNotice(
  row: FeedbackRow,
  reviewer: Viewer & { displayName?: string },
  feedback: string,
): NotificationInput {
  const excerpt = feedback.length > 600 ? `${feedback.slice(0, 600)}…` : feedback;
  return {
    userId: row.student_id,
    kind: 'synthesis.feedback',
    link: `/student/sessions/${row.session_id}`,
    text: (lang) =>
      lang === 'fr'
        ? {
            title: `Retour sur votre synthèse : ${row.title}`,
            body: `${reviewer.displayName ?? 'Votre formateur'} a commenté votre synthèse.\n\n« ${excerpt} »`,
          }
        : {
            title: `Feedback on your synthesis: ${row.title}`,
            body: `${reviewer.displayName ?? 'Your instructor'} commented on your synthesis.\n\n“${excerpt}”`,
          },
    idempotencyKey: `synthesis.feedback:${row.id}:${row.feedback_at.getTime()}`,
  };
}
