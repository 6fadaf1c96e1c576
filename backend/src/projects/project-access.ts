import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import {
  asColumns,
  projectAdmin,
  projectGradesReadable,
  projectMember,
  projectReadable,
  projectStaff,
  projectTutor,
  type Viewer,
} from '../common/access';
import { type NotFoundSubject, notFound } from '../common/problem';
import { namedQuery } from '../common/sql';
import type { GradingScale, TimeZone } from '../programmes';
import type { Mover, ProjectState } from './project-states';

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
  /** May see the project's grades (staff and the cohort's instructors; the team once graded). */
  seesGrades: boolean;
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
  is_admin: boolean;
  is_tutor: boolean;
  is_member: boolean;
  is_staff: boolean;
  sees_grades: boolean;
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
    return this.find(viewer, 'p.id = :id', projectId, manager, lock, 'project');
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
      'p.id = (SELECT ms.project_id FROM project_milestones ms WHERE ms.id = :id)',
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
    what: NotFoundSubject,
  ): Promise<ProjectAccess> {
    const readable = projectReadable(viewer);
    const flags = asColumns({
      is_admin: projectAdmin(viewer),
      is_tutor: projectTutor(viewer),
      is_member: projectMember(viewer),
      is_staff: projectStaff(viewer),
      sees_grades: projectGradesReadable(viewer),
    });
    const rows = await namedQuery<AccessRow>(
      manager,
      `SELECT p.id, p.cohort_id, p.state, p.tutor_id, p.partner_id, p.mentor_contact_id,
              pr.grading_scale, pr.time_zone, ${flags.sql}
         FROM projects p
         JOIN cohorts c ON c.id = p.cohort_id
         JOIN programmes pr ON pr.id = c.programme_id
        WHERE ${where} AND ${readable.sql}
        ${lock ? 'FOR UPDATE OF p' : ''}`,
      { ...readable.params, ...flags.params, id },
    );
    const row = rows[0];
    if (!row) throw notFound(what);
    return toAccess(row);
  }
}

function toAccess(row: AccessRow): ProjectAccess {
  const movers: Mover[] = [];
  if (row.is_staff) movers.push('staff');
  if (row.is_member) movers.push('team');
  return {
    id: row.id,
    cohortId: row.cohort_id,
    state: row.state,
    tutorId: row.tutor_id,
    partnerId: row.partner_id,
    mentorContactId: row.mentor_contact_id,
    gradingScale: row.grading_scale,
    timeZone: row.time_zone,
    isAdmin: row.is_admin,
    isTutor: row.is_tutor,
    isMember: row.is_member,
    isStaff: row.is_staff,
    seesGrades: row.sees_grades,
    movers,
  };
}
