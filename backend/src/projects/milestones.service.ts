import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import { cohortManageable, cohortReadable, type Viewer } from '../common/access';
import { FOREIGN_KEY_VIOLATION, pgError } from '../common/db-errors';
import { badRequest, conflict, forbidden, notFound } from '../common/problem';
import { namedQuery } from '../common/sql';
import type {
  CreateMilestoneDto,
  MilestoneExtensionDto,
  GrantMilestoneExtensionDto,
  MilestoneDetailDto,
  MilestoneDto,
  MilestoneTemplateDto,
  SetMilestoneTemplateDto,
  UpdateMilestoneDto,
} from './dto/milestones.dto';
import { MilestoneExtensionEntity } from './milestone-extension.entity';
import { type MilestoneKind } from './milestone-kinds';
import { milestoneDoneByStateSql } from './milestone-state';
import { defaultTemplate, type TemplateItem } from './milestone-template';
import { MilestoneTemplateEntity } from './milestone-template.entity';
import { MilestoneEntity } from './milestone.entity';
import { type ProjectAccess, ProjectAccessService } from './project-access';
import { loadFeedback, loadSubmissions, submissionUrl } from './project-reads';
import { FINAL_STATES, type ProjectState } from './project-states';

/** States in which due dates may still be moved freely (the work has not started). */
const PLANNING_STATES: readonly ProjectState[] = ['proposed', 'sent_back', 'approved'];

interface MilestoneRow {
  id: string;
  project_id: string;
  position: number;
  kind: MilestoneKind;
  title: string;
  expectations: string;
  due_at: Date;
  original_due_at: Date;
  extended: boolean;
  submission_count: number;
  latest_version: number | null;
  latest_submitted_at: Date | null;
  on_time: boolean | null;
  feedback_count: number;
  done_by_state: boolean;
  now: Date;
}

/** Milestones with their submission and feedback counts, in due order: one query. */
export const MILESTONES_SQL = `
  SELECT ms.id, ms.project_id, ms.position, ms.kind, ms.title, ms.expectations, ms.due_at,
         ms.original_due_at, ms.due_at <> ms.original_due_at AS extended,
         s.n AS submission_count, s.latest_version, s.latest_submitted_at, s.on_time,
         (SELECT count(*) FROM project_feedback f WHERE f.milestone_id = ms.id)::int AS feedback_count,
         ${milestoneDoneByStateSql('ms', 'ms_p')} AS done_by_state,
         now() AS now
    FROM project_milestones ms
    JOIN projects ms_p ON ms_p.id = ms.project_id
    LEFT JOIN LATERAL (
      SELECT count(*)::int AS n, max(version) AS latest_version,
             max(submitted_at) AS latest_submitted_at, bool_or(NOT late) AS on_time
        FROM project_submissions WHERE milestone_id = ms.id
    ) s ON TRUE`;

export function toMilestone(r: MilestoneRow): MilestoneDto {
  const status =
    r.submission_count === 0
      ? r.done_by_state
        ? 'done'
        : r.due_at < r.now
          ? 'overdue'
          : 'open'
      : r.on_time
        ? 'submitted'
        : 'submitted_late';
  return {
    id: r.id,
    position: r.position,
    kind: r.kind,
    title: r.title,
    expectations: r.expectations,
    dueAt: r.due_at.toISOString(),
    originalDueAt: r.original_due_at.toISOString(),
    extended: r.extended,
    status,
    latestVersion: r.latest_version,
    latestSubmittedAt: r.latest_submitted_at?.toISOString() ?? null,
    submissionCount: r.submission_count,
    feedbackCount: r.feedback_count,
  };
}

const assertStaff = (access: ProjectAccess) => {
  if (!access.isStaff) throw forbidden('Only the project’s tutor or an administrator may do this.');
};

const assertNotFinal = (access: ProjectAccess) => {
  if (FINAL_STATES.includes(access.state))
    throw conflict(
      'project.closed',
      `The project is ${access.state}: its milestones are kept as they are.`,
    );
};

/** Milestone templates per cohort, the milestones of each project, and extensions. */
@Injectable()
export class MilestonesService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly access: ProjectAccessService,
  ) {}

  /** The cohort's template, or the defaults spread over its dates. */
  async template(viewer: Viewer, cohortId: string): Promise<MilestoneTemplateDto> {
    const readable = cohortReadable(viewer, 'c.id');
    const cohort = await this.db
      .createQueryBuilder()
      .select([
        'c.starts_on::text AS starts_on',
        'c.ends_on::text AS ends_on',
        `(c.created_at AT TIME ZONE pg.time_zone)::date::text AS created_on`,
      ])
      .from('cohorts', 'c')
      .innerJoin('programmes', 'pg', 'pg.id = c.programme_id')
      .where('c.id = :cohortId', { cohortId })
      .andWhere(readable.sql, readable.params)
      .getRawOne<{ starts_on: string; ends_on: string; created_on: string }>();
    if (!cohort) throw notFound('cohort');
    const items = await this.templateItems(this.db.manager, cohortId, cohort);
    return { cohortId, isDefault: items.isDefault, items: items.items };
  }

  /**
   * Replaces the cohort's template; projects created later start from it. Its planners set it:
   * administrators, and the instructors who teach the cohort (its tutors); 404 for anyone else.
   */
  async setTemplate(
    viewer: Viewer,
    cohortId: string,
    dto: SetMilestoneTemplateDto,
  ): Promise<MilestoneTemplateDto> {
    await this.db.transaction(async (manager) => {
      const manageable = cohortManageable(viewer, 'c.id');
      const exists = await namedQuery<unknown>(
        manager,
        `SELECT 1 FROM cohorts c WHERE c.id = :cohortId AND ${manageable.sql} FOR UPDATE`,
        { cohortId, ...manageable.params },
      );
      if (!exists.length) throw notFound('cohort');
      const repo = manager.getRepository(MilestoneTemplateEntity);
      await repo.delete({ cohortId });
      await repo.insert(
        dto.items.map((item, index) => ({
          cohortId,
          position: index + 1,
          kind: item.kind,
          title: item.title,
          expectations: item.expectations ?? '',
          dueOn: item.dueOn,
        })),
      );
    });
    return this.template(viewer, cohortId);
  }

  /** Gives a new project its milestones from the cohort's template (or the defaults). */
  async createForProject(
    manager: EntityManager,
    projectId: string,
    cohortId: string,
  ): Promise<void> {
    const [cohort] = await manager.query<
      { starts_on: string; ends_on: string; created_on: string; time_zone: string }[]
    >(
      `SELECT c.starts_on::text, c.ends_on::text, p.time_zone,
              (c.created_at AT TIME ZONE p.time_zone)::date::text AS created_on FROM cohorts c
         JOIN programmes p ON p.id = c.programme_id WHERE c.id = $1`,
      [cohortId],
    );
    const { items } = await this.templateItems(manager, cohortId, cohort);
    await manager.query(
      `INSERT INTO project_milestones (project_id, position, kind, title, expectations, due_at, original_due_at)
       SELECT $1, t.position, t.kind, t.title, t.expectations, t.due, t.due
         FROM (SELECT i.ordinality AS position, i.kind, i.title, i.expectations,
                      ((i.due_on + 1)::timestamp AT TIME ZONE $2) - interval '1 second' AS due
                 FROM unnest($3::text[], $4::text[], $5::text[], $6::date[])
                      WITH ORDINALITY AS i(kind, title, expectations, due_on, ordinality)) t`,
      [
        projectId,
        cohort.time_zone,
        items.map((i) => i.kind),
        items.map((i) => i.title),
        items.map((i) => i.expectations),
        items.map((i) => i.dueOn),
      ],
    );
  }

  /** The milestones of one project, in due order. */
  async listOf(
    projectId: string,
    manager: EntityManager = this.db.manager,
  ): Promise<MilestoneDto[]> {
    const rows = await manager.query<MilestoneRow[]>(
      `${MILESTONES_SQL} WHERE ms.project_id = $1 ORDER BY ms.due_at, ms.position`,
      [projectId],
    );
    return rows.map(toMilestone);
  }

  async one(
    milestoneId: string,
    manager: EntityManager = this.db.manager,
  ): Promise<MilestoneDto & { projectId: string }> {
    const rows = await manager.query<MilestoneRow[]>(`${MILESTONES_SQL} WHERE ms.id = $1`, [
      milestoneId,
    ]);
    if (!rows[0]) throw notFound('milestone');
    return { ...toMilestone(rows[0]), projectId: rows[0].project_id };
  }

  /** A milestone with its versions (newest first), its feedback thread and its extensions. */
  async detail(viewer: Viewer, milestoneId: string): Promise<MilestoneDetailDto> {
    await this.access.loadByMilestone(viewer, milestoneId);
    const milestone = await this.one(milestoneId);
    const submissions = await loadSubmissions(
      this.db.manager,
      'milestone',
      milestoneId,
      submissionUrl,
    );
    const feedback = await loadFeedback(this.db.manager, 'milestone', milestoneId);
    const extensions = await this.extensionsOf(milestoneId);
    return { ...milestone, submissions, feedback, extensions };
  }

  async add(viewer: Viewer, projectId: string, dto: CreateMilestoneDto): Promise<MilestoneDto> {
    const id = await this.db.transaction(async (manager) => {
      const access = await this.access.load(viewer, projectId, manager, true);
      assertStaff(access);
      assertNotFinal(access);
      const dueAt = await this.resolveDue(manager, dto.dueAt, access.timeZone);
      const [{ next }] = await manager.query<{ next: number }[]>(
        'SELECT coalesce(max(position), 0) + 1 AS next FROM project_milestones WHERE project_id = $1',
        [projectId],
      );
      const saved = await manager.getRepository(MilestoneEntity).save({
        projectId,
        position: next,
        kind: dto.kind ?? 'other',
        title: dto.title,
        expectations: dto.expectations ?? '',
        dueAt,
        originalDueAt: dueAt,
      });
      return saved.id;
    });
    return this.one(id);
  }

  async update(
    viewer: Viewer,
    milestoneId: string,
    dto: UpdateMilestoneDto,
  ): Promise<MilestoneDto> {
    await this.db.transaction(async (manager) => {
      const access = await this.access.loadByMilestone(viewer, milestoneId, manager, true);
      assertStaff(access);
      assertNotFinal(access);
      const changes: Partial<MilestoneEntity> = {};
      if (dto.title !== undefined) changes.title = dto.title;
      if (dto.expectations !== undefined) changes.expectations = dto.expectations;
      if (dto.dueAt !== undefined) {
        if (!PLANNING_STATES.includes(access.state)) {
          throw conflict(
            'milestone.due_locked',
            'The work has started: grant an extension instead of moving the due date.',
          );
        }
        const dueAt = await this.resolveDue(manager, dto.dueAt, access.timeZone);
        changes.dueAt = dueAt;
        changes.originalDueAt = dueAt;
      }
      if (Object.keys(changes).length)
        await manager.getRepository(MilestoneEntity).update(milestoneId, changes);
    });
    return this.one(milestoneId);
  }

  /** Only a milestone nothing was submitted for (409 `milestone.has_submissions` otherwise). */
  async remove(viewer: Viewer, milestoneId: string): Promise<void> {
    await this.db.transaction(async (manager) => {
      const access = await this.access.loadByMilestone(viewer, milestoneId, manager, true);
      assertStaff(access);
      assertNotFinal(access);
      try {
        await manager.getRepository(MilestoneEntity).delete({ id: milestoneId });
      } catch (error) {
        if (pgError(error, FOREIGN_KEY_VIOLATION, 'fk_project_submissions_milestone')) {
          throw conflict(
            'milestone.has_submissions',
            'Versions were submitted for this milestone: it stays.',
          );
        }
        throw error;
      }
    });
  }

  /** Moves the due date later and records who, when and why. */
  async grantExtension(
    viewer: Viewer,
    milestoneId: string,
    dto: GrantMilestoneExtensionDto,
  ): Promise<MilestoneExtensionDto> {
    const id = await this.db.transaction(async (manager) => {
      const access = await this.access.loadByMilestone(viewer, milestoneId, manager, true);
      assertStaff(access);
      assertNotFinal(access);
      const [milestone] = await manager.query<{ due_at: Date }[]>(
        'SELECT due_at FROM project_milestones WHERE id = $1 FOR UPDATE',
        [milestoneId],
      );
      const newDueAt = await this.resolveDue(manager, dto.dueAt, access.timeZone);
      if (newDueAt <= milestone.due_at) {
        throw badRequest('validation', 'An extension moves the due date later.', [
          {
            field: 'dueAt',
            code: 'isAfter',
            message: `dueAt must be after ${milestone.due_at.toISOString()}`,
          },
        ]);
      }
      const saved = await manager.getRepository(MilestoneExtensionEntity).save({
        milestoneId,
        previousDueAt: milestone.due_at,
        newDueAt,
        reason: dto.reason,
        grantedById: viewer.id,
      });
      await manager.getRepository(MilestoneEntity).update(milestoneId, { dueAt: newDueAt });
      return saved.id;
    });
    const [extension] = await this.extensionsWhere('e.id = $1', id);
    return extension;
  }

  extensionsOf(
    milestoneId: string,
    manager: EntityManager = this.db.manager,
  ): Promise<MilestoneExtensionDto[]> {
    return this.extensionsWhere('e.milestone_id = $1', milestoneId, manager);
  }

  private async extensionsWhere(
    where: string,
    id: string,
    manager: EntityManager = this.db.manager,
  ): Promise<MilestoneExtensionDto[]> {
    const rows = await manager.query<
      {
        id: string;
        previous_due_at: Date;
        new_due_at: Date;
        reason: string;
        granted_by: string;
        granted_at: Date;
      }[]
    >(
      `SELECT e.id, e.previous_due_at, e.new_due_at, e.reason, u.display_name AS granted_by, e.granted_at
         FROM milestone_extensions e JOIN users u ON u.id = e.granted_by_id
        WHERE ${where} ORDER BY e.granted_at`,
      [id],
    );
    return rows.map((r) => ({
      id: r.id,
      previousDueAt: r.previous_due_at.toISOString(),
      newDueAt: r.new_due_at.toISOString(),
      reason: r.reason,
      grantedBy: r.granted_by,
      grantedAt: r.granted_at.toISOString(),
    }));
  }

  /** A date (end of that day in the programme's zone) or a date-time, as an instant. */
  private async resolveDue(manager: EntityManager, due: string, timeZone: string): Promise<Date> {
    try {
      const [{ at }] = await manager.query<{ at: Date }[]>(
        `SELECT CASE WHEN $1 ~ '^\\d{4}-\\d{2}-\\d{2}$'
                     THEN (($1::date + 1)::timestamp AT TIME ZONE $2) - interval '1 second'
                     ELSE $1::timestamptz END AS at`,
        [due, timeZone],
      );
      return at;
    } catch (error) {
      if (pgError(error, '22008') || pgError(error, '22007')) {
        throw badRequest('validation', 'Invalid input: dueAt.', [
          { field: 'dueAt', code: 'isDate', message: 'dueAt is not a real date' },
        ]);
      }
      throw error;
    }
  }

  private async templateItems(
    manager: EntityManager,
    cohortId: string,
    cohort: { starts_on: string; ends_on: string; created_on: string },
  ): Promise<{ isDefault: boolean; items: TemplateItem[] }> {
    const stored = await manager.getRepository(MilestoneTemplateEntity).find({
      where: { cohortId },
      order: { position: 'ASC' },
    });
    if (!stored.length)
      return {
        isDefault: true,
        items: defaultTemplate(cohort.starts_on, cohort.ends_on, cohort.created_on),
      };
    return {
      isDefault: false,
      items: stored.map((t) => ({
        kind: t.kind,
        title: t.title,
        expectations: t.expectations,
        dueOn: t.dueOn,
      })),
    };
  }
}
