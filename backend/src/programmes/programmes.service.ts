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
import { DiplomaRuleEntity } from './diploma-rule.entity';
import { GRADE_STEPS } from './diploma-rules';
import { DiplomaRulesService, programmeHasGrades } from './diploma-rules.service';
import { type GradingScale, SCALES } from './grading-scale';
import { ProgrammeStructureService } from './programme-structure.service';
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
  grade_step: string;
  average_weighting: ProgrammeDto['averageWeighting'];
  final_rounding: string | null;
  resit_policy: ProgrammeDto['resitPolicy'];
  project_weight_tutor: number;
  project_weight_mentor: number;
  project_weight_jury: number;
  signing_opens_before_minutes: number;
  signing_closes_after_minutes: number;
  keep_passed_modules: boolean;
  preset: ProgrammeDto['preset'];
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
  gradeStep: Number(r.grade_step),
  minGrade: SCALES[r.grading_scale].min,
  maxGrade: SCALES[r.grading_scale].max,
  averageWeighting: r.average_weighting,
  finalRounding: toNumber(r.final_rounding),
  resitPolicy: r.resit_policy,
  projectWeightTutor: r.project_weight_tutor,
  projectWeightMentor: r.project_weight_mentor,
  projectWeightJury: r.project_weight_jury,
  signingOpensBeforeMinutes: r.signing_opens_before_minutes,
  signingClosesAfterMinutes: r.signing_closes_after_minutes,
  keepPassedModules: r.keep_passed_modules,
  preset: r.preset,
  compensation: r.compensation,
  archivedAt: r.archived_at?.toISOString() ?? null,
  moduleCount: Number(r.module_count),
  cohortCount: Number(r.cohort_count),
  createdAt: r.created_at.toISOString(),
  updatedAt: r.updated_at.toISOString(),
});

/** Refuses settings that do not fit together (the database checks the same). */
function assertSettings(
  p: Pick<
    ProgrammeEntity,
    | 'gradingScale'
    | 'gradeStep'
    | 'projectWeightTutor'
    | 'projectWeightMentor'
    | 'projectWeightJury'
  >,
): void {
  const errors: FieldError[] = [];
  const steps: readonly number[] = GRADE_STEPS[p.gradingScale];
  if (!steps.includes(Number(p.gradeStep))) {
    errors.push({
      field: 'gradeStep',
      code: 'onScale',
      message: `gradeStep must be one of ${steps.join(', ')} on the ${p.gradingScale} scale`,
    });
  }
  if (p.projectWeightTutor + p.projectWeightMentor + p.projectWeightJury !== 100) {
    errors.push({
      field: 'projectWeightJury',
      code: 'sum',
      message: 'the tutor, mentor and jury weights must sum to 100',
    });
  }
  if (errors.length)
    throw badRequest('validation', 'The programme settings do not fit together.', errors);
}

@Injectable()
export class ProgrammesService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly modules: CourseModulesService,
    private readonly structure: ProgrammeStructureService,
    private readonly rules: DiplomaRulesService,
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
    const [modules, periods, groups, rules] = await Promise.all([
      this.modules.listOf(programme.id),
      this.structure.periodsOf(programme.id),
      this.structure.groupsOf(programme.id),
      this.rules.listOf(programme.id),
    ]);
    return { ...programme, modules, periods, groups, rules };
  }

  /**
   * A new programme, with the default step of its scale and two rules to start from: the
   * overall average at least the pass grade, and 80 % attendance (an excused absence neutral).
   */
  async create(dto: CreateProgrammeDto): Promise<ProgrammeDetailDto> {
    const scale = SCALES[dto.gradingScale];
    const saved = await this.db.transaction(async (manager) => {
      const repo = manager.getRepository(ProgrammeEntity);
      const entity = repo.create({
        ...dto,
        description: dto.description ?? '',
        gradeStep: dto.gradeStep ?? GRADE_STEPS[dto.gradingScale][0],
        projectWeightTutor: dto.projectWeightTutor ?? 0,
        projectWeightMentor: dto.projectWeightMentor ?? 0,
        projectWeightJury: dto.projectWeightJury ?? 100,
      });
      assertSettings(entity);
      const programme = await this.write(() => repo.save(entity), dto.code);
      await manager.getRepository(DiplomaRuleEntity).insert([
        {
          programmeId: programme.id,
          scale: programme.gradingScale,
          position: 1,
          kind: 'overall_average',
          threshold: scale.pass,
        },
        {
          programmeId: programme.id,
          scale: programme.gradingScale,
          position: 2,
          kind: 'attendance',
          threshold: 80,
          excusedCountAsAbsent: false,
        },
      ]);
      return programme;
    });
    return this.getAsAdmin(saved.id);
  }

  /**
   * Changes the settings. The scale changes only while the programme has no cohort (its step
   * then goes to the new scale's default unless given, and its rules must fit the new scale);
   * the step only while no grade was entered.
   */
  async update(id: string, dto: UpdateProgrammeDto): Promise<ProgrammeDetailDto> {
    await this.db.transaction(async (manager) => {
      const repo = manager.getRepository(ProgrammeEntity);
      const programme = await repo.findOne({ where: { id }, lock: { mode: 'pessimistic_write' } });
      if (!programme) throw notFound('programme');
      const scaleChanges = dto.gradingScale && dto.gradingScale !== programme.gradingScale;
      if (scaleChanges && (await this.hasCohorts(manager, id))) {
        throw conflict(
          'programme.scale_locked',
          'The grading scale cannot change once the programme has a cohort.',
        );
      }
      const step = Number(programme.gradeStep);
      Object.assign(programme, dto);
      if (scaleChanges && dto.gradeStep === undefined)
        programme.gradeStep = GRADE_STEPS[programme.gradingScale][0];
      assertSettings(programme);
      if (Number(programme.gradeStep) !== step && (await programmeHasGrades(manager, id))) {
        throw conflict(
          'programme.step_locked',
          `Grades exist: the grade step cannot change from ${step} to ${programme.gradeStep}.`,
        );
      }
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
        'p.grade_step AS grade_step',
        'p.average_weighting AS average_weighting',
        'p.final_rounding AS final_rounding',
        'p.resit_policy AS resit_policy',
        'p.project_weight_tutor AS project_weight_tutor',
        'p.project_weight_mentor AS project_weight_mentor',
        'p.project_weight_jury AS project_weight_jury',
        'p.signing_opens_before_minutes AS signing_opens_before_minutes',
        'p.signing_closes_after_minutes AS signing_closes_after_minutes',
        'p.keep_passed_modules AS keep_passed_modules',
        'p.preset AS preset',
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
      if (pgError(error, CHECK_VIOLATION, 'ck_programmes_time_zone')) {
        // A zone the API's database knows but PostgreSQL's (a newer zone, an older server) does not.
        throw badRequest('validation', 'The database does not know this time zone.', [
          {
            field: 'timeZone',
            code: 'isProgrammeTimeZone',
            message: 'timeZone must be a time zone the database knows',
          },
        ]);
      }
      if (pgError(error, CHECK_VIOLATION, 'ck_diploma_rules_threshold_on_scale')) {
        throw conflict(
          'programme.rules_off_scale',
          'Some diploma rules have a threshold outside the new scale: change them first.',
        );
      }
      if (
        pgError(error, CHECK_VIOLATION) &&
        (error as { driverError?: { table?: string } }).driverError?.table !== 'programmes'
      ) {
        // A grade that no longer fits the step (assessments' checks, through the cascade).
        throw conflict('programme.step_locked', 'Grades entered no longer fit the new grade step.');
      }
      throw error;
    }
  }
}
