import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import { programmeReadable, type Viewer } from '../common/access';
import { FOREIGN_KEY_VIOLATION, pgError, UNIQUE_VIOLATION } from '../common/db-errors';
import { badRequest, conflict, type FieldError, notFound } from '../common/problem';
import { CourseModuleEntity } from './course-module.entity';
import type {
  CourseModuleDto,
  CreateCourseModuleDto,
  ReorderCourseModulesDto,
  UpdateCourseModuleDto,
} from './dto/course-modules.dto';
import { ProgrammeEntity } from './programme.entity';

export const toCourseModule = (m: CourseModuleEntity): CourseModuleDto => ({
  id: m.id,
  programmeId: m.programmeId,
  position: m.position,
  code: m.code,
  title: m.title,
  description: m.description,
  learningOutcomes: m.learningOutcomes,
  ects: m.ects,
  coefficient: m.coefficient,
  kind: m.kind,
  periodId: m.periodId,
  groupId: m.groupId,
  archivedAt: m.archivedAt?.toISOString() ?? null,
});

const codeTaken = (code: string) =>
  conflict('module.code_taken', `This programme already has a module ${code}.`);

@Injectable()
export class CourseModulesService {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /** The modules of a programme in order (one query). */
  async listOf(
    programmeId: string,
    manager: EntityManager = this.db.manager,
  ): Promise<CourseModuleDto[]> {
    const modules = await manager
      .getRepository(CourseModuleEntity)
      .find({ where: { programmeId }, order: { position: 'ASC' } });
    return modules.map(toCourseModule);
  }

  /** The modules of a programme the viewer may see; 404 otherwise. */
  async listVisible(viewer: Viewer, programmeId: string): Promise<CourseModuleDto[]> {
    await this.visibleProgramme(viewer, programmeId);
    return this.listOf(programmeId);
  }

  async get(viewer: Viewer, id: string): Promise<CourseModuleDto> {
    const readable = programmeReadable(viewer, 'm.programme_id');
    const module = await this.db
      .getRepository(CourseModuleEntity)
      .createQueryBuilder('m')
      .where('m.id = :id', { id })
      .andWhere(readable.sql, readable.params)
      .getOne();
    if (!module) throw notFound('module');
    return toCourseModule(module);
  }

  /** Appends a module at the end of its programme. */
  async create(programmeId: string, dto: CreateCourseModuleDto): Promise<CourseModuleDto> {
    return this.db.transaction(async (manager) => {
      const programme = await this.lockProgramme(manager, programmeId);
      if (programme.archivedAt)
        throw conflict('programme.archived', 'An archived programme gets no new module.');
      const [{ next }] = await manager.query<{ next: number }[]>(
        'SELECT coalesce(max(position), 0) + 1 AS next FROM course_modules WHERE programme_id = $1',
        [programmeId],
      );
      await this.assertStructure(manager, programmeId, dto);
      const repo = manager.getRepository(CourseModuleEntity);
      const module = repo.create({
        ...dto,
        programmeId,
        position: next,
        description: dto.description ?? '',
      });
      await this.write(() => repo.save(module), dto.code);
      return toCourseModule(module);
    });
  }

  async update(id: string, dto: UpdateCourseModuleDto): Promise<CourseModuleDto> {
    const repo = this.db.getRepository(CourseModuleEntity);
    const module = await repo.findOneBy({ id });
    if (!module) throw notFound('module');
    await this.assertStructure(this.db.manager, module.programmeId, dto);
    Object.assign(module, dto);
    await this.write(() => repo.save(module), dto.code ?? module.code);
    return toCourseModule(module);
  }

  async setArchived(id: string, archived: boolean): Promise<CourseModuleDto> {
    const repo = this.db.getRepository(CourseModuleEntity);
    const result = await repo
      .createQueryBuilder()
      .update()
      .set({ archivedAt: archived ? () => 'coalesce(archived_at, now())' : null })
      .where('id = :id', { id })
      .execute();
    if (!result.affected) throw notFound('module');
    return toCourseModule(await repo.findOneByOrFail({ id }));
  }

  /**
   * Deletes a module nothing refers to and closes the gap in the order. Sessions and
   * assessments refer to modules by foreign keys: their violation means "archive it instead".
   */
  async remove(id: string): Promise<void> {
    try {
      await this.db.transaction(async (manager) => {
        const module = await manager.getRepository(CourseModuleEntity).findOneBy({ id });
        if (!module) throw notFound('module');
        await this.lockProgramme(manager, module.programmeId);
        await manager.getRepository(CourseModuleEntity).delete({ id });
        await manager.query(
          'UPDATE course_modules SET position = position - 1 WHERE programme_id = $1 AND position > $2',
          [module.programmeId, module.position],
        );
      });
    } catch (error) {
      if (pgError(error, FOREIGN_KEY_VIOLATION)) {
        throw conflict(
          'module.in_use',
          'Sessions or assessments use this module: archive it instead.',
        );
      }
      throw error;
    }
  }

  /**
   * Puts the modules in the given order: the list must hold every module of the programme
   * exactly once. One UPDATE; the unique (programme, position) is checked at commit.
   */
  async reorder(programmeId: string, dto: ReorderCourseModulesDto): Promise<CourseModuleDto[]> {
    return this.db.transaction(async (manager) => {
      await this.lockProgramme(manager, programmeId);
      const current = await manager
        .getRepository(CourseModuleEntity)
        .find({ where: { programmeId }, select: { id: true } });
      const known = new Set(current.map((m) => m.id));
      if (current.length !== dto.moduleIds.length || dto.moduleIds.some((id) => !known.has(id))) {
        throw badRequest(
          'module.order_mismatch',
          'Send every module of the programme exactly once.',
          [
            {
              field: 'moduleIds',
              code: 'orderMismatch',
              message: `moduleIds must list the ${current.length} modules of the programme`,
            },
          ],
        );
      }
      await manager.query(
        `UPDATE course_modules m SET position = o.position, updated_at = now()
         FROM unnest($1::uuid[]) WITH ORDINALITY AS o(id, position)
         WHERE m.id = o.id AND m.programme_id = $2 AND m.position <> o.position`,
        [dto.moduleIds, programmeId],
      );
      return this.listOf(programmeId, manager);
    });
  }

  /** A module's period and group must be its programme's (400 naming the field otherwise). */
  private async assertStructure(
    manager: EntityManager,
    programmeId: string,
    dto: Pick<CreateCourseModuleDto, 'periodId' | 'groupId'>,
  ): Promise<void> {
    const errors: FieldError[] = [];
    const checks = [
      ['periodId', 'programme_periods', dto.periodId],
      ['groupId', 'module_groups', dto.groupId],
    ] as const;
    for (const [field, table, value] of checks) {
      if (!value) continue;
      const rows: unknown[] = await manager.query(
        `SELECT 1 FROM ${table} WHERE id = $1 AND programme_id = $2`,
        [value, programmeId],
      );
      if (!rows.length)
        errors.push({
          field,
          code: 'unknown',
          message: `${field} must be one of this programme's`,
        });
    }
    if (errors.length)
      throw badRequest('validation', 'The module does not fit its programme.', errors);
  }

  private async visibleProgramme(viewer: Viewer, programmeId: string): Promise<void> {
    const readable = programmeReadable(viewer, 'p.id');
    const found = await this.db
      .getRepository(ProgrammeEntity)
      .createQueryBuilder('p')
      .where('p.id = :programmeId', { programmeId })
      .andWhere(readable.sql, readable.params)
      .getExists();
    if (!found) throw notFound('programme');
  }

  /** Serialises the writes that number a programme's modules. */
  private async lockProgramme(
    manager: EntityManager,
    programmeId: string,
  ): Promise<ProgrammeEntity> {
    const programme = await manager
      .getRepository(ProgrammeEntity)
      .findOne({ where: { id: programmeId }, lock: { mode: 'pessimistic_write' } });
    if (!programme) throw notFound('programme');
    return programme;
  }

  private async write<T>(run: () => Promise<T>, code: string): Promise<T> {
    try {
      return await run();
    } catch (error) {
      if (pgError(error, UNIQUE_VIOLATION, 'uq_course_modules_programme_code'))
        throw codeTaken(code);
      throw error;
    }
  }
}
