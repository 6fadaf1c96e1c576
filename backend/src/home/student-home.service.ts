import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import {
  cohortReadable,
  enrolmentCountsSql,
  projectTeam,
  synthesisWritable,
  type Viewer,
  viewerParam,
} from '../common/access';
import { preparedNamedQuery } from '../common/prepared';
import {
  FINAL_STATES,
  milestoneDoneByStateSql,
  type MilestoneKind,
  type ProjectState,
} from '../projects';
import type { SessionKind } from '../scheduling';
import type {
  FeedbackSource,
  HomeAttendanceDto,
  HomeCohortRefDto,
  HomeFeedbackDto,
  HomeGradeReleasedDto,
  HomeMilestoneDto,
  HomeProjectDto,
  HomeSessionDto,
  HomeSynthesisTodoDto,
  StudentHomeDto,
} from './dto/home.dto';
import { endOfWeek, HOME_LIMIT, iso, NEW_FEEDBACK_DAYS } from './home-sql';
import { nextActor } from './next-actor';

interface ContextRow {
  cohort_id: string;
  cohort_name: string;
  time_zone: string;
}

const FINAL = FINAL_STATES.map((s) => `'${s}'`).join(', ');

/**
 * The student's home: what is next in their current cohort. One statement for the cohort, then
 * seven (sessions, project, milestones, syntheses, feedback, grades released, attendance to
 * sign) whatever the cohort's size.
 */
@Injectable()
export class StudentHomeService {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  async of(viewer: Viewer): Promise<StudentHomeDto> {
    const me = viewerParam(viewer);
    const [context] = await preparedNamedQuery<ContextRow>(
      this.db.manager,
      `SELECT c.id AS cohort_id, c.name AS cohort_name, pg.time_zone
         FROM enrolments e
         JOIN cohorts c ON c.id = e.cohort_id
         JOIN programmes pg ON pg.id = c.programme_id
        WHERE e.student_id = ${me.ref} AND ${enrolmentCountsSql('e', 'reads')}
        ORDER BY (e.status = 'active') DESC, c.starts_on DESC, e.enrolled_at DESC
        LIMIT 1`,
      me.params,
    );
    const empty: StudentHomeDto = {
      cohort: null,
      sessions: [],
      milestones: [],
      synthesesToWrite: [],
      project: null,
      feedback: [],
      gradesReleased: [],
      attendanceToSign: [],
    };
    if (!context) return empty;
    const cohort: HomeCohortRefDto = {
      id: context.cohort_id,
      name: context.cohort_name,
      timeZone: context.time_zone,
    };
    const [
      sessions,
      project,
      milestones,
      synthesesToWrite,
      feedback,
      gradesReleased,
      attendanceToSign,
    ] = await Promise.all([
      this.sessions(viewer, cohort),
      this.project(viewer, cohort),
      this.milestones(viewer, cohort),
      this.synthesesToWrite(viewer, cohort),
      this.feedback(viewer, cohort),
      this.gradesReleased(viewer, cohort),
      this.attendanceToSign(viewer, cohort),
    ]);
    return {
      cohort,
      sessions,
      project,
      milestones,
      synthesesToWrite,
      feedback,
      gradesReleased,
      attendanceToSign,
    };
  }

  /** This week's and next week's sessions not over yet, the next one first. */
  private async sessions(viewer: Viewer, cohort: HomeCohortRefDto): Promise<HomeSessionDto[]> {
    const readable = cohortReadable(viewer, 's.cohort_id');
    const rows = await preparedNamedQuery<{
      id: string;
      title: string;
      kind: SessionKind;
      starts_at: Date;
      ends_at: Date;
      room: string | null;
      online_url: string | null;
      speakers: string[];
    }>(
      this.db.manager,
      `SELECT s.id, s.title, s.kind, s.starts_at, s.ends_at, r.name AS room, s.online_url,
              COALESCE((SELECT array_agg(sp.full_name ORDER BY sp.full_name)
                          FROM invitations i JOIN speakers sp ON sp.id = i.speaker_id
                         WHERE i.session_id = s.id AND i.status IN ('confirmed', 'held')), '{}') AS speakers
         FROM sessions s
         LEFT JOIN sessions pday ON pday.id = s.parent_id
         -- A slot takes place in its day's room unless it names another.
         LEFT JOIN rooms r ON r.id = COALESCE(s.room_id, pday.room_id)
        WHERE s.cohort_id = :cohortId AND s.status = 'scheduled' AND s.kind <> 'break'
          AND s.ends_at > now()
          AND s.starts_at < ${endOfWeek(':timeZone', 2)} AND ${readable.sql}
        ORDER BY s.starts_at, s.id
        LIMIT ${HOME_LIMIT}`,
      { cohortId: cohort.id, timeZone: cohort.timeZone, ...readable.params },
    );
    return rows.map((r) => ({
      id: r.id,
      title: r.title,
      kind: r.kind,
      startsAt: iso(r.starts_at),
      endsAt: iso(r.ends_at),
      room: r.room,
      onlineUrl: r.online_url,
      speakers: r.speakers,
      route: `/student/sessions/${r.id}`,
    }));
  }

  /** The student's current project in the cohort, and who must act next. */
  private async project(viewer: Viewer, cohort: HomeCohortRefDto): Promise<HomeProjectDto | null> {
    const team = projectTeam(viewer, 'p');
    const [row] = await preparedNamedQuery<{
      id: string;
      title: string;
      state: ProjectState;
      state_changed_at: Date;
      state_comment: string | null;
      tutor: string | null;
      feedback_since: number;
    }>(
      this.db.manager,
      `SELECT p.id, p.title, p.state, p.state_changed_at, p.state_comment, u.display_name AS tutor,
              (SELECT count(*) FROM project_feedback f
                WHERE f.project_id = p.id AND f.author_role <> 'team'
                  AND f.created_at >= p.state_changed_at)::int AS feedback_since
         FROM projects p
         LEFT JOIN users u ON u.id = p.tutor_id
        WHERE p.cohort_id = :cohortId AND p.state NOT IN ('rejected', 'abandoned') AND ${team.sql}
        ORDER BY p.state_changed_at DESC, p.id
        LIMIT 1`,
      { cohortId: cohort.id, ...team.params },
    );
    if (!row) return null;
    return {
      id: row.id,
      title: row.title,
      state: row.state,
      stateChangedAt: iso(row.state_changed_at),
      tutor: row.tutor,
      nextActor: nextActor(row.state, row.tutor !== null),
      commentsToAddress:
        row.state === 'sent_back' ? (row.state_comment ? 1 : 0) + row.feedback_since : 0,
      route: `/student/project/${row.id}`,
    };
  }

  /** Milestones not handed in of the student's open projects, soonest first (late ones first). */
  private async milestones(viewer: Viewer, cohort: HomeCohortRefDto): Promise<HomeMilestoneDto[]> {
    const team = projectTeam(viewer, 'p');
    const rows = await preparedNamedQuery<{
      id: string;
      title: string;
      kind: MilestoneKind;
      due_at: Date;
      overdue: boolean;
      project_id: string;
      project_title: string;
    }>(
      this.db.manager,
      `SELECT ms.id, ms.title, ms.kind, ms.due_at, ms.due_at < now() AS overdue,
              p.id AS project_id, p.title AS project_title
         FROM project_milestones ms
         JOIN projects p ON p.id = ms.project_id
        WHERE p.cohort_id = :cohortId AND p.state NOT IN (${FINAL}) AND ${team.sql}
          AND NOT EXISTS (SELECT 1 FROM project_submissions sub WHERE sub.milestone_id = ms.id)
          AND NOT ${milestoneDoneByStateSql('ms', 'p')}
        ORDER BY ms.due_at, ms.position
        LIMIT ${HOME_LIMIT}`,
      { cohortId: cohort.id, ...team.params },
    );
    return rows.map((r) => ({
      id: r.id,
      title: r.title,
      kind: r.kind,
      dueAt: iso(r.due_at),
      overdue: r.overdue,
      projectId: r.project_id,
      projectTitle: r.project_title,
      route: `/student/project/${r.project_id}`,
    }));
  }

  /** Guest talks held in the cohort that the student has not handed a synthesis in for. */
  private async synthesesToWrite(
    viewer: Viewer,
    cohort: HomeCohortRefDto,
  ): Promise<HomeSynthesisTodoDto[]> {
    const writable = synthesisWritable(viewer, 's');
    const me = viewerParam(viewer);
    const rows = await preparedNamedQuery<{
      id: string;
      title: string;
      ends_at: Date;
      started: boolean;
    }>(
      this.db.manager,
      `SELECT s.id, s.title, s.ends_at, (y.id IS NOT NULL) AS started
         FROM sessions s
         LEFT JOIN syntheses y ON y.session_id = s.id AND y.student_id = ${me.ref}
        WHERE s.cohort_id = :cohortId AND s.kind = 'guest_talk' AND s.status = 'scheduled'
          AND s.ends_at < now() AND y.submitted_at IS NULL AND ${writable.sql}
        ORDER BY s.ends_at DESC, s.id
        LIMIT ${HOME_LIMIT}`,
      { cohortId: cohort.id, ...me.params, ...writable.params },
    );
    return rows.map((r) => ({
      sessionId: r.id,
      title: r.title,
      heldAt: iso(r.ends_at),
      started: r.started,
      route: `/student/sessions/${r.id}`,
    }));
  }

  /** Feedback of the last days: on the project's milestones (not the team's own), on syntheses. */
  private async feedback(viewer: Viewer, cohort: HomeCohortRefDto): Promise<HomeFeedbackDto[]> {
    const team = projectTeam(viewer, 'p');
    const me = viewerParam(viewer);
    const rows = await preparedNamedQuery<{
      source: FeedbackSource;
      about: string;
      author: string | null;
      excerpt: string;
      at: Date;
      ref: string;
    }>(
      this.db.manager,
      `SELECT * FROM (
         SELECT 'project' AS source, ms.title AS about, f.author_name AS author,
                left(f.body, 160) AS excerpt, f.created_at AS at, p.id AS ref
           FROM project_feedback f
           JOIN project_milestones ms ON ms.id = f.milestone_id
           JOIN projects p ON p.id = f.project_id
          WHERE p.cohort_id = :cohortId AND f.author_role <> 'team' AND ${team.sql}
            AND f.created_at > now() - make_interval(days => :days)
         UNION ALL
         SELECT 'synthesis', s.title, u.display_name, left(y.feedback, 160), y.feedback_at, s.id
           FROM syntheses y
           JOIN sessions s ON s.id = y.session_id
           LEFT JOIN users u ON u.id = y.feedback_by_id
          WHERE y.student_id = ${me.ref} AND s.cohort_id = :cohortId AND y.feedback IS NOT NULL
            AND y.feedback_at > now() - make_interval(days => :days)
       ) f
       ORDER BY f.at DESC
       LIMIT ${HOME_LIMIT}`,
      { cohortId: cohort.id, days: NEW_FEEDBACK_DAYS, ...team.params, ...me.params },
    );
    return rows.map((r) => ({
      source: r.source,
      about: r.about,
      author: r.author ?? '',
      excerpt: r.excerpt,
      at: iso(r.at),
      route: r.source === 'project' ? `/student/project/${r.ref}` : `/student/sessions/${r.ref}`,
    }));
  }

  /** Assessments of the cohort released in the last days that the student has a grade in. */
  private async gradesReleased(
    viewer: Viewer,
    cohort: HomeCohortRefDto,
  ): Promise<HomeGradeReleasedDto[]> {
    const readable = cohortReadable(viewer, 'a.cohort_id');
    const me = viewerParam(viewer);
    const rows = await preparedNamedQuery<{ id: string; title: string; released_at: Date }>(
      this.db.manager,
      `SELECT a.id, a.title, a.released_at
         FROM assessments a
        WHERE a.cohort_id = :cohortId AND a.released_at > now() - make_interval(days => :days)
          AND EXISTS (SELECT 1 FROM grades g WHERE g.assessment_id = a.id AND g.student_id = ${me.ref})
          AND ${readable.sql}
        ORDER BY a.released_at DESC, a.id
        LIMIT ${HOME_LIMIT}`,
      { cohortId: cohort.id, days: NEW_FEEDBACK_DAYS, ...me.params, ...readable.params },
    );
    return rows.map((r) => ({
      assessmentId: r.id,
      title: r.title,
      releasedAt: iso(r.released_at),
      route: '/student/results',
    }));
  }

  /** Sessions (or half-days) whose signing window is open now and that the student has not signed. */
  private async attendanceToSign(
    viewer: Viewer,
    cohort: HomeCohortRefDto,
  ): Promise<HomeAttendanceDto[]> {
    const writable = synthesisWritable(viewer, 's');
    const me = viewerParam(viewer);
    const rows = await preparedNamedQuery<{ id: string; title: string; starts_at: Date }>(
      this.db.manager,
      `SELECT DISTINCT ON (s.starts_at, s.id) s.id, s.title, s.starts_at
         FROM attendance_parts ap
         JOIN sessions s ON s.id = ap.session_id
         JOIN cohorts c ON c.id = s.cohort_id
         JOIN programmes pg ON pg.id = c.programme_id
        WHERE s.cohort_id = :cohortId AND s.status = 'scheduled' AND ${writable.sql}
          AND now() BETWEEN ap.starts_at - make_interval(mins => pg.signing_opens_before_minutes)
                        AND ap.ends_at + make_interval(mins => pg.signing_closes_after_minutes)
          AND NOT EXISTS (SELECT 1 FROM attendance_records ar
                           WHERE ar.session_id = s.id AND ar.part = ap.part
                             AND ar.student_id = ${me.ref} AND ar.signed_at IS NOT NULL)
        ORDER BY s.starts_at, s.id
        LIMIT ${HOME_LIMIT}`,
      { cohortId: cohort.id, ...me.params, ...writable.params },
    );
    return rows.map((r) => ({
      sessionId: r.id,
      title: r.title,
      startsAt: iso(r.starts_at),
      route: `/sign/${r.id}`,
    }));
  }
}
