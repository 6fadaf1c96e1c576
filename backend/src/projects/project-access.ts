import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import type { Viewer } from '../cohorts/cohort-access';
import { notFound } from '../common/problem';
import type { GradingScale, TimeZone } from '../programmes/grading-scale';
import type { Mover, ProjectState } from './project-states';

/**
 * A SQL condition that holds when the viewer may read the project aliased `p`: an admin reads
 * all, an instructor the projects they tutor and those of the cohorts they teach, a student
 * the projects whose team they are in. Bind `viewerId`.
 */
export function projectVisibleSql(viewer: Viewer, p = 'p'): string {
  switch (viewer.role) {
    case 'admin':
      return 'TRUE';
    case 'instructor':
      return `(${p}.tutor_id = :viewerId OR EXISTS (SELECT 1 FROM cohort_instructors v_ci WHERE v_ci.cohort_id = ${p}.cohort_id AND v_ci.instructor_id = :viewerId))`;
    case 'student':
      return `EXISTS (SELECT 1 FROM project_members v_m WHERE v_m.project_id = ${p}.id AND v_m.student_id = :viewerId AND v_m.left_at IS NULL)`;
    default:
      return 'FALSE';
  }
}

/** A project as one viewer sees it: the row's essentials and what the viewer is to it. */
export interface ProjectAccess {
  id: string;
  cohortId: string;
  state: ProjectState;
  tutorId: string | null;
  partnerId: string;
  mentorContactId: string | null;
  gradingScale: GradingScale;
  timeZone: TimeZone;
  isAdmin: boolean;
  isTutor: boolean;
  isMember: boolean;
  /** The project's tutor or an administrator: approves, grades, grants extensions. */
  isStaff: boolean;
  movers: Mover[];
}

interface AccessRow {
  id: string;
  cohort_id: string;
  state: ProjectState;
  tutor_id: string | null;
  partner_id: string;
  mentor_contact_id: string | null;
  grading_scale: GradingScale;
  time_zone: TimeZone;
  is_member: boolean;
  teaches: boolean;
}

/** Loads a project for a viewer in one query; a project they may not read is a 404. */
@Injectable()
export class ProjectAccessService {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /** With `lock`, the project row stays locked until the transaction of `manager` ends. */
  load(
    viewer: Viewer,
    projectId: string,
    manager: EntityManager = this.db.manager,
    lock = false,
  ): Promise<ProjectAccess> {
    return this.find(viewer, 'p.id = $1', projectId, manager, lock, 'project');
  }

  /** The project of a milestone (404 `milestone.not_found` when the viewer may not read it). */
  loadByMilestone(
    viewer: Viewer,
    milestoneId: string,
    manager: EntityManager = this.db.manager,
    lock = false,
  ): Promise<ProjectAccess> {
    return this.find(
      viewer,
      'p.id = (SELECT ms.project_id FROM project_milestones ms WHERE ms.id = $1)',
      milestoneId,
      manager,
      lock,
      'milestone',
    );
  }

  private async find(
    viewer: Viewer,
    where: string,
    id: string,
    manager: EntityManager,
    lock: boolean,
    what: string,
  ): Promise<ProjectAccess> {
    const rows = await manager.query<AccessRow[]>(
      `SELECT p.id, p.cohort_id, p.state, p.tutor_id, p.partner_id, p.mentor_contact_id,
              pr.grading_scale, pr.time_zone,
              EXISTS (SELECT 1 FROM project_members m
                       WHERE m.project_id = p.id AND m.student_id = $2 AND m.left_at IS NULL) AS is_member,
              EXISTS (SELECT 1 FROM cohort_instructors ci
                       WHERE ci.cohort_id = p.cohort_id AND ci.instructor_id = $2) AS teaches
         FROM projects p
         JOIN cohorts c ON c.id = p.cohort_id
         JOIN programmes pr ON pr.id = c.programme_id
        WHERE ${where}
        ${lock ? 'FOR UPDATE OF p' : ''}`,
      [id, viewer.id],
    );
    const row = rows[0];
    if (!row) throw notFound(what);
    const access = toAccess(viewer, row);
    const readable =
      access.isAdmin ||
      access.isTutor ||
      access.isMember ||
      (viewer.role === 'instructor' && row.teaches);
    if (!readable) throw notFound(what);
    return access;
  }
}

function toAccess(viewer: Viewer, row: AccessRow): ProjectAccess {
  const isAdmin = viewer.role === 'admin';
  const isTutor = row.tutor_id !== null && row.tutor_id === viewer.id;
  const isMember = viewer.role === 'student' && row.is_member;
  const isStaff = isAdmin || isTutor;
  const movers: Mover[] = [];
  if (isStaff) movers.push('staff');
  if (isMember) movers.push('team');
  return {
    id: row.id,
    cohortId: row.cohort_id,
    state: row.state,
    tutorId: row.tutor_id,
    partnerId: row.partner_id,
    mentorContactId: row.mentor_contact_id,
    gradingScale: row.grading_scale,
    timeZone: row.time_zone,
    isAdmin,
    isTutor,
    isMember,
    isStaff,
    movers,
  };
}
