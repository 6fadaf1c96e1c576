import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager, type SelectQueryBuilder } from 'typeorm';
import { programmeReadable, type Viewer } from '../common/access';
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
import { badRequest, conflict, type FieldError, notFound } from '../common/problem';
import { CourseModulesService } from './course-modules.service';
import type {
  CreateProgrammeDto,
  ProgrammeDetailDto,
  PROGRAMME_SORTS,
  ProgrammeDto,
  ProgrammeQueryDto,
  UpdateProgrammeDto,
} from './dto/programmes.dto';
import { type GradingScale, onScale, SCALES } from './grading-scale';
import { ProgrammeEntity } from './programme.entity';

const SORTS: SortColumns<(typeof PROGRAMME_SORTS)[number]> = {
  code: collated('p.code'),
  title: collated('p.title'),
  createdAt: 'p.created_at',
  ectsTotal: 'p.ects_total',
};

interface ProgrammeRow {
  id: string;
  code: string;
  title: string;
  description: string;
  grading_scale: GradingScale;
  ects_total: string;
  time_zone: ProgrammeDto['timeZone'];
  min_attendance_percent: number;
  min_module_grade: string | null;
  min_project_grade: string | null;
  compensation: boolean;
  archived_at: Date | null;
  created_at: Date;
  updated_at: Date;
  module_count: number;
  cohort_count: number;
}

const toNumber = (v: string | null) => (v === null ? null : Number(v));

const toProgramme = (r: ProgrammeRow): ProgrammeDto => ({
  id: r.id,
  code: r.code,
  title: r.title,
  description: r.description,
  gradingScale: r.grading_scale,
  passGrade: SCALES[r.grading_scale].pass,
  ectsTotal: Number(r.ects_total),
  timeZone: r.time_zone,
  minAttendancePercent: r.min_attendance_percent,
  minModuleGrade: toNumber(r.min_module_grade),
  minProjectGrade: toNumber(r.min_project_grade),
  compensation: r.compensation,
  archivedAt: r.archived_at?.toISOString() ?? null,
  moduleCount: Number(r.module_count),
  cohortCount: Number(r.cohort_count),
  createdAt: r.created_at.toISOString(),
  updatedAt: r.updated_at.toISOString(),
});

/** Refuses minimum grades that are not on the programme's scale (the database checks it too). */
function assertRulesOnScale(
  scale: GradingScale,
  p: Pick<ProgrammeEntity, 'minModuleGrade' | 'minProjectGrade'>,
): void {
  const rule = SCALES[scale];
  const errors: FieldError[] = [];
  for (const field of ['minModuleGrade', 'minProjectGrade'] as const) {
    const value = p[field];
    if (value !== null && !onScale(scale, value)) {
      errors.push({
        field,
        code: 'onScale',
        message: `${field} must lie on the ${scale} scale (${rule.min} to ${rule.max} by ${rule.step})`,
      });
    }
  }
  if (errors.length)
    throw badRequest('validation', 'The diploma rules do not fit the grading scale.', errors);
}

@Injectable()
export class ProgrammesService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly modules: CourseModulesService,
  ) {}

  /** Programmes the viewer may see, with their counts: two queries whatever the page size. */
  async list(viewer: Viewer, query: ProgrammeQueryDto): Promise<Page<ProgrammeDto>> {
    const qb = this.scoped(viewer);
    if (!query.includeArchived) qb.andWhere('p.archived_at IS NULL');
    if (query.q) qb.andWhere(matchesAny(['p.code', 'p.title']), searchParams(query.q));
    const order = pageOrder(query.sort, SORTS, 'code', 'p.id');
    const { rows, total } = await pageOfQuery(qb, query, order, (page) =>
      this.withCounts(page).getRawMany<ProgrammeRow>(),
    );
    return toPage(rows.map(toProgramme), total, query);
  }

  /** The programme with its modules in order; 404 when the viewer may not see it. */
  async get(viewer: Viewer | undefined, id: string): Promise<ProgrammeDetailDto> {
    const programme = await this.summary(viewer, id);
    const modules = await this.modules.listOf(programme.id);
    return { ...programme, modules };
  }

  async create(dto: CreateProgrammeDto): Promise<ProgrammeDetailDto> {
    const scale = SCALES[dto.gradingScale];
    const entity = this.db.getRepository(ProgrammeEntity).create({
      ...dto,
      description: dto.description ?? '',
      minModuleGrade: dto.minModuleGrade === undefined ? scale.pass : dto.minModuleGrade,
      minProjectGrade: dto.minProjectGrade === undefined ? scale.pass : dto.minProjectGrade,
    });
    assertRulesOnScale(entity.gradingScale, entity);
    const saved = await this.write(
      () => this.db.getRepository(ProgrammeEntity).save(entity),
      dto.code,
    );
    return this.getAsAdmin(saved.id);
  }

  async update(id: string, dto: UpdateProgrammeDto): Promise<ProgrammeDetailDto> {
    await this.db.transaction(async (manager) => {
      const repo = manager.getRepository(ProgrammeEntity);
      const programme = await repo.findOne({ where: { id }, lock: { mode: 'pessimistic_write' } });
      if (!programme) throw notFound('programme');
      if (
        dto.gradingScale &&
        dto.gradingScale !== programme.gradingScale &&
        (await this.hasCohorts(manager, id))
      ) {
        throw conflict(
          'programme.scale_locked',
          'The grading scale cannot change once the programme has a cohort.',
        );
      }
      Object.assign(programme, dto);
      assertRulesOnScale(programme.gradingScale, programme);
      await this.write(() => repo.save(programme), dto.code ?? programme.code);
    });
    return this.getAsAdmin(id);
  }

  async setArchived(id: string, archived: boolean): Promise<ProgrammeDetailDto> {
    const result = await this.db
      .getRepository(ProgrammeEntity)
      .createQueryBuilder()
      .update()
      .set({ archivedAt: archived ? () => 'coalesce(archived_at, now())' : null })
      .where('id = :id', { id })
      .execute();
    if (!result.affected) throw notFound('programme');
    return this.getAsAdmin(id);
  }

  /** Deletes a programme that never had a cohort (its modules go with it); otherwise 409. */
  async remove(id: string): Promise<void> {
    try {
      const result = await this.db.getRepository(ProgrammeEntity).delete({ id });
      if (!result.affected) throw notFound('programme');
    } catch (error) {
      if (pgError(error, FOREIGN_KEY_VIOLATION)) {
        throw conflict(
          'programme.in_use',
          'This programme has cohorts (or recorded work): archive it instead.',
        );
      }
      throw error;
    }
  }

  /** After a write by an admin: the programme, unscoped. */
  private getAsAdmin(id: string): Promise<ProgrammeDetailDto> {
    return this.get(undefined, id);
  }

  private async summary(viewer: Viewer | undefined, id: string): Promise<ProgrammeDto> {
    const row = await this.withCounts(
      this.scoped(viewer).andWhere('p.id = :id', { id }),
    ).getRawOne<ProgrammeRow>();
    if (!row) throw notFound('programme');
    return toProgramme(row);
  }

  /** Programmes the viewer may see (all without a viewer: internal use after a write). */
  private scoped(viewer?: Viewer): SelectQueryBuilder<ProgrammeEntity> {
    const qb = this.db.getRepository(ProgrammeEntity).createQueryBuilder('p');
    if (!viewer) return qb.where('TRUE');
    const readable = programmeReadable(viewer, 'p.id');
    return qb.where(readable.sql, readable.params);
  }

  private withCounts(qb: SelectQueryBuilder<ProgrammeEntity>): SelectQueryBuilder<ProgrammeEntity> {
    return qb
      .select([
        'p.id AS id',
        'p.code AS code',
        'p.title AS title',
        'p.description AS description',
        'p.grading_scale AS grading_scale',
        'p.ects_total AS ects_total',
        'p.time_zone AS time_zone',
        'p.min_attendance_percent AS min_attendance_percent',
        'p.min_module_grade AS min_module_grade',
        'p.min_project_grade AS min_project_grade',
        'p.compensation AS compensation',
        'p.archived_at AS archived_at',
        'p.created_at AS created_at',
        'p.updated_at AS updated_at',
      ])
      .addSelect(
        '(SELECT count(*) FROM course_modules m WHERE m.programme_id = p.id)::int',
        'module_count',
      )
      .addSelect(
        '(SELECT count(*) FROM cohorts c WHERE c.programme_id = p.id)::int',
        'cohort_count',
      );
  }

  private async hasCohorts(manager: EntityManager, id: string): Promise<boolean> {
    const rows: unknown[] = await manager.query(
      'SELECT 1 FROM cohorts WHERE programme_id = $1 LIMIT 1',
      [id],
    );
    return rows.length > 0;
  }

  /** Runs a write and maps the constraints a client can break to 409 / 400. */
  private async write<T>(run: () => Promise<T>, code: string): Promise<T> {
    try {
      return await run();
    } catch (error) {
      if (pgError(error, UNIQUE_VIOLATION, 'uq_programmes_code')) {
        throw conflict('programme.code_taken', `A programme with the code ${code} already exists.`);
      }
      if (pgError(error, CHECK_VIOLATION, 'ck_programmes_min_grades_on_scale')) {
        throw badRequest('validation', 'The diploma rules do not fit the grading scale.', [
          {
            field: 'minModuleGrade',
            code: 'onScale',
            message: 'minimum grades must lie on the grading scale',
          },
        ]);
      }
      throw error;
    }
  }
}
