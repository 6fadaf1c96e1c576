import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import {
  cohortManageable,
  projectTutor,
  sessionManageable,
  sessionReadable,
  synthesisReviewable,
  type Viewer,
} from '../common/access';
import { preparedNamedQuery } from '../common/prepared';
import { FINAL_STATES, milestoneDoneByStateSql } from '../projects';
import type { InvitationStatus, SessionKind } from '../scheduling';
import type {
  HomeAttendanceDto,
  HomeGradesToReleaseDto,
  HomeInvitationDto,
  HomeProjectItemDto,
  HomeStaffSessionDto,
  HomeSynthesesWaitingDto,
  InstructorHomeDto,
  SessionNeed,
} from './dto/home.dto';
import {
  type CohortColumns,
  cohortRef,
  endOfWeek,
  HOME_LIMIT,
  iso,
  NO_ANSWER_DAYS,
  startOfToday,
} from './home-sql';

/** A session held this many days ago without attendance is still asked for on the home. */
const ATTENDANCE_DAYS = 7;
const FINAL = FINAL_STATES.map((s) => `'${s}'`).join(', ');
const COHORT_JOIN = `JOIN cohorts c ON c.id = p.cohort_id JOIN programmes pg ON pg.id = c.programme_id`;
const COHORT_COLUMNS = `c.id AS cohort_id, c.name AS cohort_name, pg.time_zone`;

interface ProjectItemRow extends CohortColumns {
  project_id: string;
  project_title: string;
  milestone: string | null;
  at: Date;
}

/** Kinds of session that are expected to come with course material. */
const NEEDS_MATERIALS: readonly SessionKind[] = ['lecture', 'workshop'];

/**
 * The instructor's home: the week's sessions and what each still needs, then what waits for
 * them. Eight statements whatever the number of cohorts, sessions or projects.
 */
@Injectable()
export class InstructorHomeService {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  async of(viewer: Viewer): Promise<InstructorHomeDto> {
    const [
      sessions,
      invitations,
      proposals,
      submissions,
      overdueMilestones,
      synthesesToReview,
      attendanceToTake,
      gradesToRelease,
    ] = await Promise.all([
      this.sessions(viewer),
      this.invitations(viewer),
      this.proposals(viewer),
      this.submissions(viewer),
      this.overdueMilestones(viewer),
      this.synthesesToReview(viewer),
      this.attendanceToTake(viewer),
      this.gradesToRelease(viewer),
    ]);
    return {
      sessions,
      invitations,
      noAnswerDays: NO_ANSWER_DAYS,
      proposals,
      submissions,
      overdueMilestones,
      synthesesToReview,
      attendanceToTake,
      gradesToRelease,
    };
  }

  /** Today's and the rest of this week's sessions (each in its programme's time zone). */
  private async sessions(viewer: Viewer): Promise<HomeStaffSessionDto[]> {
    const readable = sessionReadable(viewer, 's');
    const rows = await preparedNamedQuery<
      CohortColumns & {
        id: string;
        title: string;
        kind: SessionKind;
        starts_at: Date;
        ends_at: Date;
        room: string | null;
        online_url: string | null;
        materials: number;
        today: boolean;
        speakers: string[];
        talk_invitations: number;
      }
    >(
      this.db.manager,
      `SELECT s.id, s.title, s.kind, s.starts_at, s.ends_at, r.name AS room, s.online_url,
              jsonb_array_length(s.materials) AS materials, ${COHORT_COLUMNS},
              (s.starts_at AT TIME ZONE pg.time_zone)::date = (now() AT TIME ZONE pg.time_zone)::date AS today,
              COALESCE((SELECT array_agg(sp.full_name ORDER BY sp.full_name)
                          FROM invitations i JOIN speakers sp ON sp.id = i.speaker_id
                         WHERE i.session_id = s.id AND i.status IN ('confirmed', 'held')), '{}') AS speakers
         FROM sessions s
         JOIN cohorts c ON c.id = s.cohort_id
         JOIN programmes pg ON pg.id = c.programme_id
         LEFT JOIN sessions pday ON pday.id = s.parent_id
         -- A slot takes place in its day's room unless it names another.
         LEFT JOIN rooms r ON r.id = COALESCE(s.room_id, pday.room_id)
        WHERE s.status = 'scheduled' AND s.kind <> 'break' AND ${readable.sql}
          AND s.ends_at > ${startOfToday('pg.time_zone')}
          AND s.starts_at < ${endOfWeek('pg.time_zone')}
        ORDER BY s.starts_at, s.id
        LIMIT ${HOME_LIMIT}`,
      readable.params,
    );
    return rows.map((r) => {
      const needs: SessionNeed[] = [];
      if (!r.room && !r.online_url) needs.push('room');
      if (r.kind === 'guest_talk' && !r.speakers.length) needs.push('speaker');
      if (NEEDS_MATERIALS.includes(r.kind) && r.materials === 0) needs.push('materials');
      return {
        id: r.id,
        title: r.title,
        kind: r.kind,
        startsAt: iso(r.starts_at),
        endsAt: iso(r.ends_at),
        room: r.room,
        onlineUrl: r.online_url,
        speakers: r.speakers,
        route: `/instructor/sessions/${r.id}`,
        cohort: cohortRef(r),
        today: r.today,
        needs,
      };
    });
  }

  /** Invitations to upcoming sessions: drafts not sent, and sent ones unanswered for days. */
  private async invitations(viewer: Viewer): Promise<HomeInvitationDto[]> {
    const manageable = sessionManageable(viewer, 's');
    const rows = await preparedNamedQuery<
      CohortColumns & {
        id: string;
        status: InvitationStatus;
        speaker: string;
        session_id: string;
        session_title: string;
        session_starts_at: Date;
        sent_at: Date | null;
      }
    >(
      this.db.manager,
      `SELECT i.id, i.status, sp.full_name AS speaker, s.id AS session_id, s.title AS session_title,
              s.starts_at AS session_starts_at, sent.at AS sent_at, ${COHORT_COLUMNS}
         FROM invitations i
         JOIN sessions s ON s.id = i.session_id
         JOIN speakers sp ON sp.id = i.speaker_id
         JOIN cohorts c ON c.id = s.cohort_id
         JOIN programmes pg ON pg.id = c.programme_id
         LEFT JOIN LATERAL (
           SELECT max(ev.occurred_at) AS at FROM invitation_events ev
            WHERE ev.invitation_id = i.id AND ev.to_status = 'invited'
         ) sent ON TRUE
        WHERE s.status = 'scheduled' AND s.starts_at > now() AND ${manageable.sql}
          AND (i.status = 'draft'
               OR (i.status = 'invited'
                   AND COALESCE(sent.at, i.updated_at) < now() - make_interval(days => :days)))
        ORDER BY s.starts_at, i.id
        LIMIT ${HOME_LIMIT}`,
      { days: NO_ANSWER_DAYS, ...manageable.params },
    );
    return rows.map((r) => ({
      id: r.id,
      status: r.status,
      action: r.status === 'draft' ? 'send' : 'remind',
      speaker: r.speaker,
      sessionTitle: r.session_title,
      sessionStartsAt: iso(r.session_starts_at),
      sentAt: r.sent_at ? iso(r.sent_at) : null,
      cohort: cohortRef(r),
      route: `/instructor/sessions/${r.session_id}/invitations/${r.id}`,
    }));
  }

  /** Proposals of the projects they tutor, waiting for approval, oldest first. */
  private async proposals(viewer: Viewer): Promise<HomeProjectItemDto[]> {
    const tutor = projectTutor(viewer, 'p');
    const rows = await preparedNamedQuery<ProjectItemRow>(
      this.db.manager,
      `SELECT p.id AS project_id, p.title AS project_title, NULL AS milestone,
              p.state_changed_at AS at, ${COHORT_COLUMNS}
         FROM projects p ${COHORT_JOIN}
        WHERE p.state = 'proposed' AND ${tutor.sql}
        ORDER BY p.state_changed_at, p.id
        LIMIT ${HOME_LIMIT}`,
      tutor.params,
    );
    return rows.map(toProjectItem);
  }

  /** The latest version of a milestone of a tutored project that no staff feedback followed. */
  private async submissions(viewer: Viewer): Promise<HomeProjectItemDto[]> {
    const tutor = projectTutor(viewer, 'p');
    const rows = await preparedNamedQuery<ProjectItemRow>(
      this.db.manager,
      `SELECT latest.* FROM (
         SELECT DISTINCT ON (sub.milestone_id) sub.milestone_id, p.id AS project_id,
                p.title AS project_title, ms.title AS milestone, sub.submitted_at AS at, ${COHORT_COLUMNS}
           FROM project_submissions sub
           JOIN project_milestones ms ON ms.id = sub.milestone_id
           JOIN projects p ON p.id = sub.project_id ${COHORT_JOIN}
          WHERE p.state NOT IN (${FINAL}) AND ${tutor.sql}
          ORDER BY sub.milestone_id, sub.version DESC
       ) latest
       WHERE NOT EXISTS (SELECT 1 FROM project_feedback f
                          WHERE f.milestone_id = latest.milestone_id
                            AND f.author_role IN ('tutor', 'admin') AND f.created_at >= latest.at)
       ORDER BY latest.at, latest.milestone_id
       LIMIT ${HOME_LIMIT}`,
      tutor.params,
    );
    return rows.map(toProjectItem);
  }

  /** Milestones of tutored projects past due with nothing handed in (and not done by state). */
  private async overdueMilestones(viewer: Viewer): Promise<HomeProjectItemDto[]> {
    const tutor = projectTutor(viewer, 'p');
    const rows = await preparedNamedQuery<ProjectItemRow>(
      this.db.manager,
      `SELECT p.id AS project_id, p.title AS project_title, ms.title AS milestone, ms.due_at AS at,
              ${COHORT_COLUMNS}
         FROM project_milestones ms
         JOIN projects p ON p.id = ms.project_id ${COHORT_JOIN}
        WHERE ms.due_at < now() AND p.state NOT IN (${FINAL}) AND ${tutor.sql}
          AND NOT EXISTS (SELECT 1 FROM project_submissions sub WHERE sub.milestone_id = ms.id)
          AND NOT ${milestoneDoneByStateSql('ms', 'p')}
        ORDER BY ms.due_at, ms.id
        LIMIT ${HOME_LIMIT}`,
      tutor.params,
    );
    return rows.map(toProjectItem);
  }

  /** Talks of their cohorts with syntheses handed in and not answered yet. */
  private async synthesesToReview(viewer: Viewer): Promise<HomeSynthesesWaitingDto[]> {
    const reviewable = synthesisReviewable(viewer, 'y', 's');
    const rows = await preparedNamedQuery<
      CohortColumns & { id: string; title: string; ends_at: Date; waiting: number }
    >(
      this.db.manager,
      `SELECT s.id, s.title, s.ends_at, count(*)::int AS waiting, ${COHORT_COLUMNS}
         FROM syntheses y
         JOIN sessions s ON s.id = y.session_id
         JOIN cohorts c ON c.id = s.cohort_id
         JOIN programmes pg ON pg.id = c.programme_id
        WHERE y.feedback IS NULL AND ${reviewable.sql}
        GROUP BY s.id, c.id, pg.id
        ORDER BY min(y.submitted_at), s.id
        LIMIT ${HOME_LIMIT}`,
      reviewable.params,
    );
    return rows.map((r) => ({
      sessionId: r.id,
      title: r.title,
      heldAt: iso(r.ends_at),
      waiting: r.waiting,
      cohort: cohortRef(r),
      route: `/instructor/sessions/${r.id}`,
    }));
  }

  /** Sessions begun in the last week (or under way) that they may manage, with no attendance taken. */
  private async attendanceToTake(viewer: Viewer): Promise<HomeAttendanceDto[]> {
    const readable = sessionReadable(viewer, 's');
    const rows = await preparedNamedQuery<{ id: string; title: string; starts_at: Date }>(
      this.db.manager,
      `SELECT s.id, s.title, s.starts_at
         FROM sessions s
        WHERE s.status = 'scheduled' AND s.parent_id IS NULL AND s.starts_at <= now()
          AND s.ends_at > now() - make_interval(days => :days) AND ${readable.sql}
          AND NOT EXISTS (SELECT 1 FROM attendance_records ar
                           WHERE ar.session_id = s.id AND ar.status IS NOT NULL)
        ORDER BY s.starts_at DESC, s.id
        LIMIT ${HOME_LIMIT}`,
      { days: ATTENDANCE_DAYS, ...readable.params },
    );
    return rows.map((r) => ({
      sessionId: r.id,
      title: r.title,
      startsAt: iso(r.starts_at),
      route: `/instructor/attendance/${r.id}`,
    }));
  }

  /** Assessments of their cohorts with grades entered and not released yet. */
  private async gradesToRelease(viewer: Viewer): Promise<HomeGradesToReleaseDto[]> {
    const manageable = cohortManageable(viewer, 'a.cohort_id');
    const rows = await preparedNamedQuery<{
      id: string;
      title: string;
      cohort_id: string;
      module_id: string;
      graded: number;
    }>(
      this.db.manager,
      `SELECT a.id, a.title, a.cohort_id, a.module_id, g.graded
         FROM assessments a
         CROSS JOIN LATERAL (SELECT count(*)::int AS graded FROM grades g
                              WHERE g.assessment_id = a.id) g
        WHERE a.released_at IS NULL AND g.graded > 0 AND ${manageable.sql}
        ORDER BY a.due_on NULLS LAST, a.title, a.id
        LIMIT ${HOME_LIMIT}`,
      manageable.params,
    );
    return rows.map((r) => ({
      assessmentId: r.id,
      title: r.title,
      graded: r.graded,
      route: `/instructor/gradebook?cohort=${r.cohort_id}&module=${r.module_id}`,
    }));
  }
}

function toProjectItem(r: ProjectItemRow): HomeProjectItemDto {
  return {
    projectId: r.project_id,
    projectTitle: r.project_title,
    milestone: r.milestone,
    at: iso(r.at),
    cohort: cohortRef(r),
    route: `/instructor/projects/${r.project_id}`,
  };
}
