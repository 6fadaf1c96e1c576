import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type SelectQueryBuilder } from 'typeorm';
import {
  cohortManageable,
  enrolmentCountsSql,
  projectReadable,
  projectTeam,
  projectTutor,
  type SqlPredicate,
  type Viewer,
} from '../common/access';
import { collated, pageOfQuery, pageOrder, type SortColumns, toPage } from '../common/paging';
import { matchesAny, searchParams } from '../common/search';
import { notFound } from '../common/problem';
import type {
  CohortProjectsOverviewDto,
  ProjectMilestoneRefDto,
  ProjectNamedRefDto,
  ProjectPartnerCountDto,
  ProjectPersonDto,
  PROJECT_SORTS,
  ProjectPageDto,
  ProjectQueryDto,
  ProjectSummaryDto,
} from './dto/projects.dto';
import { FINAL_STATES, type ProjectState } from './project-states';
import { ProjectEntity } from './project.entity';

const SORTS: SortColumns<(typeof PROJECT_SORTS)[number]> = {
  title: collated('p.title'),
  state: 'p.state',
  createdAt: 'p.created_at',
  stateChangedAt: 'p.state_changed_at',
  partner: collated('po.name'),
};

interface SummaryRow {
  id: string;
  title: string;
  state: ProjectState;
  state_changed_at: Date;
  created_at: Date;
  cohort_id: string;
  cohort_name: string;
  time_zone: string;
  partner_id: string;
  partner_name: string;
  mentor_id: string | null;
  mentor_name: string | null;
  tutor: ProjectPersonDto | null;
  team: ProjectPersonDto[];
  next_milestone: { id: string; title: string; dueAt: string } | null;
  new_submissions: number;
  overdue_milestones: number;
}

const person = (alias: string) =>
  `json_build_object('id', ${alias}.id, 'displayName', ${alias}.display_name, 'email', ${alias}.email)`;

const toSummary = (r: SummaryRow): ProjectSummaryDto => ({
  id: r.id,
  title: r.title,
  state: r.state,
  stateChangedAt: r.state_changed_at.toISOString(),
  cohort: { id: r.cohort_id, name: r.cohort_name },
  timeZone: r.time_zone,
  partner: { id: r.partner_id, name: r.partner_name },
  mentor: r.mentor_id ? { id: r.mentor_id, name: r.mentor_name ?? '' } : null,
  tutor: r.tutor,
  team: r.team,
  nextMilestone: r.next_milestone
    ? ({
        id: r.next_milestone.id,
        title: r.next_milestone.title,
        dueAt: new Date(r.next_milestone.dueAt).toISOString(),
      } satisfies ProjectMilestoneRefDto)
    : null,
  waiting: {
    approval: r.state === 'proposed',
    newSubmissions: r.new_submissions,
    overdueMilestones: r.overdue_milestones,
  },
  createdAt: r.created_at.toISOString(),
});

/** How much waits for the tutor: used to put the busiest projects first. */
const urgency = (p: ProjectSummaryDto) =>
  (p.waiting.approval ? 1000 : 0) + p.waiting.newSubmissions * 10 + p.waiting.overdueMilestones;

/**
 * The project lists. Each costs a fixed number of queries whatever the number of projects:
 * team, next milestone and what waits are subqueries of the one SELECT.
 */
@Injectable()
export class ProjectListsService {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /** Projects the viewer may read, filtered and paged: two queries. */
  async list(viewer: Viewer, query: ProjectQueryDto): Promise<ProjectPageDto> {
    const qb = this.scoped(viewer);
    if (query.cohortId) qb.andWhere('p.cohort_id = :cohortId', { cohortId: query.cohortId });
    if (query.state) qb.andWhere('p.state = :state', { state: query.state });
    if (query.tutorId) qb.andWhere('p.tutor_id = :tutorId', { tutorId: query.tutorId });
    if (query.partnerId) qb.andWhere('p.partner_id = :partnerId', { partnerId: query.partnerId });
    if (query.q) qb.andWhere(matchesAny(['p.title', 'po.name']), searchParams(query.q));
    const order = pageOrder(query.sort, SORTS, '-createdAt', 'p.id');
    const { rows, total } = await pageOfQuery(qb, query, order, (page) =>
      this.withSummary(page).getRawMany<SummaryRow>(),
    );
    return toPage(rows.map(toSummary), total, query);
  }

  /** The student's own projects (current team), newest first: one query. */
  async mine(viewer: Viewer): Promise<ProjectSummaryDto[]> {
    const rows = await this.withSummary(this.where(projectTeam(viewer)))
      .orderBy('p.created_at', 'DESC')
      .getRawMany<SummaryRow>();
    return rows.map(toSummary);
  }

  /**
   * The projects the viewer tutors, those waiting for them first (approvals, versions without
   * their feedback, overdue milestones): one query.
   */
  async tutored(viewer: Viewer, includeClosed: boolean): Promise<ProjectSummaryDto[]> {
    const qb = this.where(projectTutor(viewer));
    if (!includeClosed) qb.andWhere('p.state NOT IN (:...final)', { final: FINAL_STATES });
    const rows = await this.withSummary(qb).orderBy('p.title', 'ASC').getRawMany<SummaryRow>();
    return rows
      .map(toSummary)
      .sort((a, b) => urgency(b) - urgency(a) || a.title.localeCompare(b.title, 'fr'));
  }

  /** All projects of a cohort with their partners, for admins and its instructors: two queries. */
  async overview(viewer: Viewer, cohortId: string): Promise<CohortProjectsOverviewDto> {
    const manageable = cohortManageable(viewer, 'c.id');
    const cohort = await this.db
      .createQueryBuilder()
      .select(['c.id AS id', 'c.name AS name'])
      .addSelect(
        `(SELECT coalesce(json_object_agg(s.state, s.n), '{}') FROM
           (SELECT state, count(*)::int AS n FROM projects WHERE cohort_id = c.id GROUP BY state) s)`,
        'by_state',
      )
      .addSelect(
        `(SELECT coalesce(json_agg(json_build_object('id', x.id, 'name', x.name, 'sector', x.sector, 'projects', x.n)
                                   ORDER BY x.name), '[]')
            FROM (SELECT po.id, po.name, po.sector, count(*)::int AS n FROM projects pj
                    JOIN partner_organisations po ON po.id = pj.partner_id
                   WHERE pj.cohort_id = c.id GROUP BY po.id) x)`,
        'partners',
      )
      .addSelect(
        `(SELECT count(*)::int FROM enrolments e WHERE e.cohort_id = c.id AND ${enrolmentCountsSql('e', 'acts')}
            AND NOT EXISTS (SELECT 1 FROM project_members m WHERE m.cohort_id = c.id
                              AND m.student_id = e.student_id AND m.project_open AND m.left_at IS NULL))`,
        'without_project',
      )
      .from('cohorts', 'c')
      .where('c.id = :cohortId', { cohortId })
      .andWhere(manageable.sql, manageable.params)
      .getRawOne<
        ProjectNamedRefDto & {
          by_state: Partial<Record<ProjectState, number>>;
          partners: ProjectPartnerCountDto[];
          without_project: number;
        }
      >();
    if (!cohort) throw notFound('cohort');
    const rows = await this.withSummary(this.base().where('p.cohort_id = :cohortId', { cohortId }))
      .orderBy('po.name', 'ASC')
      .addOrderBy('p.title', 'ASC')
      .getRawMany<SummaryRow>();
    return {
      cohort: { id: cohort.id, name: cohort.name },
      byState: cohort.by_state,
      partners: cohort.partners,
      studentsWithoutProject: cohort.without_project,
      projects: rows.map(toSummary),
    };
  }

  private base(): SelectQueryBuilder<ProjectEntity> {
    return this.db
      .getRepository(ProjectEntity)
      .createQueryBuilder('p')
      .innerJoin('cohorts', 'c', 'c.id = p.cohort_id')
      .innerJoin('programmes', 'prg', 'prg.id = c.programme_id')
      .innerJoin('partner_organisations', 'po', 'po.id = p.partner_id')
      .leftJoin('partner_contacts', 'mc', 'mc.id = p.mentor_contact_id')
      .leftJoin('users', 't', 't.id = p.tutor_id');
  }

  private scoped(viewer: Viewer): SelectQueryBuilder<ProjectEntity> {
    return this.where(projectReadable(viewer, 'p'));
  }

  private where(predicate: SqlPredicate): SelectQueryBuilder<ProjectEntity> {
    return this.base().where(predicate.sql, predicate.params);
  }

  private withSummary(qb: SelectQueryBuilder<ProjectEntity>): SelectQueryBuilder<ProjectEntity> {
    return qb
      .select([
        'p.id AS id',
        'p.title AS title',
        'p.state AS state',
        'p.state_changed_at AS state_changed_at',
        'p.created_at AS created_at',
        'c.id AS cohort_id',
        'c.name AS cohort_name',
        'prg.time_zone AS time_zone',
        'po.id AS partner_id',
        'po.name AS partner_name',
        'mc.id AS mentor_id',
        'mc.name AS mentor_name',
      ])
      .addSelect(`CASE WHEN t.id IS NULL THEN NULL ELSE ${person('t')} END`, 'tutor')
      .addSelect(
        `(SELECT coalesce(json_agg(${person('u')} ORDER BY u.display_name), '[]')
            FROM project_members m JOIN users u ON u.id = m.student_id
           WHERE m.project_id = p.id AND m.left_at IS NULL)`,
        'team',
      )
      .addSelect(
        `CASE WHEN p.state IN ('rejected', 'abandoned', 'graded') THEN NULL ELSE
           (SELECT json_build_object('id', ms.id, 'title', ms.title, 'dueAt', ms.due_at)
              FROM project_milestones ms
             WHERE ms.project_id = p.id
               AND NOT EXISTS (SELECT 1 FROM project_submissions s WHERE s.milestone_id = ms.id)
             ORDER BY ms.due_at, ms.position LIMIT 1) END`,
        'next_milestone',
      )
      .addSelect(
        `(SELECT count(*)::int FROM project_milestones ms
           WHERE ms.project_id = p.id
             AND EXISTS (SELECT 1 FROM project_submissions s
                          WHERE s.milestone_id = ms.id
                            AND NOT EXISTS (SELECT 1 FROM project_feedback f
                                             WHERE f.milestone_id = ms.id AND f.author_role IN ('tutor', 'admin')
                                               AND f.created_at >= s.submitted_at)))`,
        'new_submissions',
      )
      .addSelect(
        `CASE WHEN p.state IN ('approved', 'in_progress') THEN
           (SELECT count(*)::int FROM project_milestones ms
             WHERE ms.project_id = p.id AND ms.kind <> 'defence' AND ms.due_at < now()
               AND NOT EXISTS (SELECT 1 FROM project_submissions s WHERE s.milestone_id = ms.id))
         ELSE 0 END`,
        'overdue_milestones',
      );
  }
}
