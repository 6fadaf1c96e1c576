import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager, type SelectQueryBuilder } from 'typeorm';
import {
  CHECK_VIOLATION,
  FOREIGN_KEY_VIOLATION,
  pgError,
  UNIQUE_VIOLATION,
} from '../common/db-errors';
import {
  collated,
  type Page,
  pageOfQuery,
  pageOrder,
  type SortColumns,
  toPage,
} from '../common/paging';
import { matchesAny, searchParams } from '../common/search';
import { badRequest, conflict, notFound } from '../common/problem';
import { ProgrammeEntity } from '../programmes';
import { cohortReadable, type Viewer } from '../common/access';
import { CohortInstructorEntity } from './cohort-instructor.entity';
import { CohortEntity, type CohortStatus } from './cohort.entity';
import type {
  COHORT_SORTS,
  CohortDto,
  CohortQueryDto,
  CreateCohortDto,
  PersonRefDto,
  UpdateCohortDto,
} from './dto/cohorts.dto';

const SORTS: SortColumns<(typeof COHORT_SORTS)[number]> = {
  name: collated('c.name'),
  startsOn: 'c.starts_on',
  endsOn: 'c.ends_on',
  status: 'c.status',
  programme: collated('p.code'),
  createdAt: 'c.created_at',
};

interface CohortRow {
  id: string;
  name: string;
  starts_on: string;
  ends_on: string;
  status: CohortStatus;
  created_at: Date;
  updated_at: Date;
  programme_id: string;
  programme_code: string;
  programme_title: string;
  programme_archived_at: Date | null;
  student_count: number;
  instructors: PersonRefDto[];
}

const toCohort = (r: CohortRow): CohortDto => ({
  id: r.id,
  name: r.name,
  programme: {
    id: r.programme_id,
    code: r.programme_code,
    title: r.programme_title,
    archivedAt: r.programme_archived_at?.toISOString() ?? null,
  },
  startsOn: r.starts_on,
  endsOn: r.ends_on,
  status: r.status,
  studentCount: Number(r.student_count),
  instructors: r.instructors,
  createdAt: r.created_at.toISOString(),
  updatedAt: r.updated_at.toISOString(),
});

/**
 * New dates keep every scheduled session inside them (read in the programme's zone; a session
 * ending at midnight belongs to its day): else 409 `cohort.sessions_outside` with how many and
 * the first and last dates left out, to move or cancel first.
 */
async function refuseSessionsOutside(manager: EntityManager, cohort: CohortEntity): Promise<void> {
  const [row] = await manager.query<{ n: number; first: string | null; last: string | null }[]>(
    `SELECT count(*)::int AS n, min(d.day)::text AS first, max(d.day)::text AS last
       FROM sessions s
       JOIN cohorts c ON c.id = s.cohort_id
       JOIN programmes p ON p.id = c.programme_id
      CROSS JOIN LATERAL (
        SELECT (s.starts_at AT TIME ZONE p.time_zone)::date AS starts_on,
               ((s.ends_at - interval '1 microsecond') AT TIME ZONE p.time_zone)::date AS ends_on
      ) l
      CROSS JOIN LATERAL (SELECT CASE WHEN l.starts_on < $2::date THEN l.starts_on ELSE l.ends_on END AS day) d
      WHERE s.cohort_id = $1 AND s.status = 'scheduled' AND s.parent_id IS NULL
        AND (l.starts_on < $2::date OR l.ends_on > $3::date)`,
    [cohort.id, cohort.startsOn, cohort.endsOn],
  );
  if (!row?.n) return;
  throw conflict(
    'cohort.sessions_outside',
    `${row.n} scheduled session(s) would fall outside ${cohort.startsOn} – ${cohort.endsOn} ` +
      `(from ${row.first} to ${row.last}): move or cancel them first.`,
    { count: row.n, first: row.first, last: row.last },
  );
}

const datesBackwards = () =>
  badRequest('validation', 'The cohort must end after it starts.', [
    { field: 'endsOn', code: 'afterStartsOn', message: 'endsOn must be after startsOn' },
  ]);

@Injectable()
export class CohortsService {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /** Cohorts the viewer may see, with programme, head count and instructors: two queries. */
  async list(viewer: Viewer, query: CohortQueryDto): Promise<Page<CohortDto>> {
    const qb = this.scoped(viewer);
    if (query.programmeId)
      qb.andWhere('c.programme_id = :programmeId', { programmeId: query.programmeId });
    if (query.status) qb.andWhere('c.status = :status', { status: query.status });
    if (query.q) qb.andWhere(matchesAny(['c.name', 'p.code', 'p.title']), searchParams(query.q));
    const order = pageOrder(query.sort, SORTS, '-startsOn', 'c.id');
    const { rows, total } = await pageOfQuery(qb, query, order, (page) =>
      this.withDetails(page).getRawMany<CohortRow>(),
    );
    return toPage(rows.map(toCohort), total, query);
  }

  /** The cohorts an instructor teaches, latest first (one query). */
  async taughtBy(instructorId: string): Promise<CohortDto[]> {
    const rows = await this.withDetails(this.scoped({ id: instructorId, role: 'instructor' }))
      .orderBy('c.starts_on', 'DESC')
      .addOrderBy('c.id', 'ASC')
      .getRawMany<CohortRow>();
    return rows.map(toCohort);
  }

  /** 404 when the viewer may not see it. */
  async get(viewer: Viewer | undefined, id: string): Promise<CohortDto> {
    const row = await this.withDetails(
      this.scoped(viewer).andWhere('c.id = :id', { id }),
    ).getRawOne<CohortRow>();
    if (!row) throw notFound('cohort');
    return toCohort(row);
  }

  /** Throws 404 unless the viewer may see the cohort; for the routes under /cohorts/:id. */
  async assertVisible(viewer: Viewer, id: string): Promise<void> {
    if (!(await this.scoped(viewer).andWhere('c.id = :id', { id }).getExists()))
      throw notFound('cohort');
  }

  async create(dto: CreateCohortDto): Promise<CohortDto> {
    if (dto.endsOn <= dto.startsOn) throw datesBackwards();
    const id = await this.db.transaction(async (manager) => {
      const programme = await manager
        .getRepository(ProgrammeEntity)
        .findOne({ where: { id: dto.programmeId }, lock: { mode: 'pessimistic_read' } });
      if (!programme) {
        throw badRequest('validation', 'No such programme.', [
          { field: 'programmeId', code: 'exists', message: 'programmeId must name a programme' },
        ]);
      }
      if (programme.archivedAt)
        throw conflict('programme.archived', 'An archived programme gets no new cohort.');
      const repo = manager.getRepository(CohortEntity);
      const { instructorIds = [], ...fields } = dto;
      const cohort = await this.write(() => repo.save(repo.create(fields)), dto.name);
      await this.replaceInstructors(manager, cohort.id, instructorIds);
      return cohort.id;
    });
    return this.get(undefined, id);
  }

  async update(id: string, dto: UpdateCohortDto): Promise<CohortDto> {
    await this.db.transaction(async (manager) => {
      const repo = manager.getRepository(CohortEntity);
      // Locked: a session being planned holds the cohort's row (FOR SHARE) while it checks the
      // dates, so new dates and a new session cannot pass each other. NO KEY: rows that only
      // refer to the cohort (enrolments, sessions) are not held up.
      const cohort = await repo.findOne({ where: { id }, lock: { mode: 'for_no_key_update' } });
      if (!cohort) throw notFound('cohort');
      const moved =
        (dto.startsOn ?? cohort.startsOn) !== cohort.startsOn ||
        (dto.endsOn ?? cohort.endsOn) !== cohort.endsOn;
      Object.assign(cohort, dto);
      if (cohort.endsOn <= cohort.startsOn) throw datesBackwards();
      if (moved) await refuseSessionsOutside(manager, cohort);
      await this.write(() => repo.save(cohort), cohort.name);
    });
    return this.get(undefined, id);
  }

  async setInstructors(id: string, instructorIds: string[]): Promise<CohortDto> {
    await this.db.transaction(async (manager) => {
      const cohort = await manager
        .getRepository(CohortEntity)
        .findOne({ where: { id }, lock: { mode: 'pessimistic_write' } });
      if (!cohort) throw notFound('cohort');
      await this.replaceInstructors(manager, id, instructorIds);
    });
    return this.get(undefined, id);
  }

  /** Deletes a cohort without enrolments (or sessions); otherwise 409. */
  async remove(id: string): Promise<void> {
    try {
      const result = await this.db.getRepository(CohortEntity).delete({ id });
      if (!result.affected) throw notFound('cohort');
    } catch (error) {
      if (pgError(error, FOREIGN_KEY_VIOLATION)) {
        throw conflict(
          'cohort.in_use',
          'This cohort has enrolments or sessions: close it instead.',
        );
      }
      throw error;
    }
  }

  /** Replaces the instructor list; every id must be an active instructor (else 400). */
  private async replaceInstructors(
    manager: EntityManager,
    cohortId: string,
    instructorIds: string[],
  ): Promise<void> {
    if (instructorIds.length) {
      const found = await manager.query<{ id: string }[]>(
        `SELECT id FROM users WHERE id = ANY($1::uuid[]) AND role = 'instructor' AND active`,
        [instructorIds],
      );
      const ok = new Set(found.map((r) => r.id));
      const errors = instructorIds
        .map((id, i) => ({ id, i }))
        .filter(({ id }) => !ok.has(id))
        .map(({ i }) => ({
          field: `instructorIds.${i}`,
          code: 'isInstructor',
          message: 'must be an active instructor',
        }));
      if (errors.length)
        throw badRequest('validation', 'Only active instructors can teach in a cohort.', errors);
    }
    await manager
      .createQueryBuilder()
      .delete()
      .from(CohortInstructorEntity)
      .where('cohort_id = :cohortId', { cohortId })
      .andWhere(instructorIds.length ? 'NOT (instructor_id = ANY(:ids))' : 'TRUE', {
        ids: instructorIds,
      })
      .execute();
    if (instructorIds.length) {
      await manager.query(
        `INSERT INTO cohort_instructors (cohort_id, instructor_id)
         SELECT $1, i FROM unnest($2::uuid[]) AS i ON CONFLICT DO NOTHING`,
        [cohortId, instructorIds],
      );
    }
  }

  private scoped(viewer?: Viewer): SelectQueryBuilder<CohortEntity> {
    const qb = this.db
      .getRepository(CohortEntity)
      .createQueryBuilder('c')
      .innerJoin('c.programme', 'p');
    if (!viewer) return qb.where('TRUE');
    const readable = cohortReadable(viewer, 'c.id');
    return qb.where(readable.sql, readable.params);
  }

  private withDetails(qb: SelectQueryBuilder<CohortEntity>): SelectQueryBuilder<CohortEntity> {
    return qb
      .select([
        'c.id AS id',
        'c.name AS name',
        'c.starts_on::text AS starts_on',
        'c.ends_on::text AS ends_on',
        'c.status AS status',
        'c.created_at AS created_at',
        'c.updated_at AS updated_at',
        'p.id AS programme_id',
        'p.code AS programme_code',
        'p.title AS programme_title',
        'p.archived_at AS programme_archived_at',
      ])
      .addSelect(
        `(SELECT count(*) FROM enrolments e WHERE e.cohort_id = c.id AND e.status = 'active')::int`,
        'student_count',
      )
      .addSelect(
        `(SELECT coalesce(json_agg(json_build_object('id', u.id, 'displayName', u.display_name) ORDER BY u.display_name, u.id), '[]'::json)
          FROM cohort_instructors ci JOIN users u ON u.id = ci.instructor_id WHERE ci.cohort_id = c.id)`,
        'instructors',
      );
  }

  private async write<T>(run: () => Promise<T>, name: string): Promise<T> {
    try {
      return await run();
    } catch (error) {
      if (pgError(error, UNIQUE_VIOLATION, 'uq_cohorts_programme_name')) {
        throw conflict('cohort.name_taken', `This programme already has a cohort named ${name}.`);
      }
      if (pgError(error, CHECK_VIOLATION, 'ck_cohorts_dates')) throw datesBackwards();
      throw error;
    }
  }
}
