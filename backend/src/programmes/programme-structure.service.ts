import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import { programmeReadable, type Viewer } from '../common/access';
import { FOREIGN_KEY_VIOLATION, pgError, UNIQUE_VIOLATION } from '../common/db-errors';
import { conflict, notFound } from '../common/problem';
import type {
  CreateModuleGroupDto,
  CreatePeriodDto,
  ModuleGroupDto,
  PeriodDto,
  UpdateModuleGroupDto,
  UpdatePeriodDto,
} from './dto/structure.dto';
import { ModuleGroupEntity } from './module-group.entity';
import { ProgrammePeriodEntity } from './programme-period.entity';
import { ProgrammeEntity } from './programme.entity';

export const toPeriod = (p: ProgrammePeriodEntity): PeriodDto => ({
  id: p.id,
  programmeId: p.programmeId,
  position: p.position,
  title: p.title,
  compensation: p.compensation,
});

export const toGroup = (g: ModuleGroupEntity): ModuleGroupDto => ({
  id: g.id,
  programmeId: g.programmeId,
  code: g.code,
  title: g.title,
});

const groupCodeTaken = (code: string) =>
  conflict('group.code_taken', `This programme already has a group ${code}.`);

/** A programme's periods (semesters) and rule groups: admins write, readers of it read. */
@Injectable()
export class ProgrammeStructureService {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  periodsOf(programmeId: string, manager: EntityManager = this.db.manager): Promise<PeriodDto[]> {
    return manager
      .getRepository(ProgrammePeriodEntity)
      .find({ where: { programmeId }, order: { position: 'ASC' } })
      .then((rows) => rows.map(toPeriod));
  }

  groupsOf(
    programmeId: string,
    manager: EntityManager = this.db.manager,
  ): Promise<ModuleGroupDto[]> {
    return manager
      .getRepository(ModuleGroupEntity)
      .createQueryBuilder('g')
      .where('g.programme_id = :programmeId', { programmeId })
      .orderBy('g.code', 'ASC')
      .addOrderBy('g.id', 'ASC')
      .getMany()
      .then((rows) => rows.map(toGroup));
  }

  async visiblePeriods(viewer: Viewer, programmeId: string): Promise<PeriodDto[]> {
    await this.visibleProgramme(viewer, programmeId);
    return this.periodsOf(programmeId);
  }

  async visibleGroups(viewer: Viewer, programmeId: string): Promise<ModuleGroupDto[]> {
    await this.visibleProgramme(viewer, programmeId);
    return this.groupsOf(programmeId);
  }

  /** Appends a period at the end of the programme's list. */
  async createPeriod(programmeId: string, dto: CreatePeriodDto): Promise<PeriodDto> {
    return this.db.transaction(async (manager) => {
      await this.lockProgramme(manager, programmeId);
      const [{ next }] = await manager.query<{ next: number }[]>(
        'SELECT coalesce(max(position), 0) + 1 AS next FROM programme_periods WHERE programme_id = $1',
        [programmeId],
      );
      const repo = manager.getRepository(ProgrammePeriodEntity);
      const period = await repo.save(
        repo.create({
          programmeId,
          position: next,
          title: dto.title,
          compensation: dto.compensation ?? null,
        }),
      );
      return toPeriod(period);
    });
  }

  async updatePeriod(id: string, dto: UpdatePeriodDto): Promise<PeriodDto> {
    const repo = this.db.getRepository(ProgrammePeriodEntity);
    const period = await repo.findOneBy({ id });
    if (!period) throw notFound('period');
    if (dto.title !== undefined) period.title = dto.title;
    if (dto.compensation !== undefined) period.compensation = dto.compensation;
    return toPeriod(await repo.save(period));
  }

  /** Deletes a period; its modules keep going, without a period. Closes the gap in the order. */
  async removePeriod(id: string): Promise<void> {
    await this.db.transaction(async (manager) => {
      const period = await manager.getRepository(ProgrammePeriodEntity).findOneBy({ id });
      if (!period) throw notFound('period');
      await this.lockProgramme(manager, period.programmeId);
      await manager.getRepository(ProgrammePeriodEntity).delete({ id });
      await manager.query(
        'UPDATE programme_periods SET position = position - 1 WHERE programme_id = $1 AND position > $2',
        [period.programmeId, period.position],
      );
    });
  }

  async createGroup(programmeId: string, dto: CreateModuleGroupDto): Promise<ModuleGroupDto> {
    return this.db.transaction(async (manager) => {
      await this.lockProgramme(manager, programmeId);
      const repo = manager.getRepository(ModuleGroupEntity);
      const group = repo.create({ programmeId, code: dto.code, title: dto.title });
      await this.writeGroup(() => repo.save(group), dto.code);
      return toGroup(group);
    });
  }

  async updateGroup(id: string, dto: UpdateModuleGroupDto): Promise<ModuleGroupDto> {
    const repo = this.db.getRepository(ModuleGroupEntity);
    const group = await repo.findOneBy({ id });
    if (!group) throw notFound('group');
    Object.assign(group, dto);
    await this.writeGroup(() => repo.save(group), group.code);
    return toGroup(group);
  }

  /** Deletes a group no rule uses (its modules leave it); a rule's foreign key refuses otherwise. */
  async removeGroup(id: string): Promise<void> {
    try {
      const result = await this.db.getRepository(ModuleGroupEntity).delete({ id });
      if (!result.affected) throw notFound('group');
    } catch (error) {
      if (pgError(error, FOREIGN_KEY_VIOLATION, 'fk_diploma_rules_group'))
        throw conflict('group.in_use', 'A diploma rule uses this group: remove the rule first.');
      throw error;
    }
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

  private async lockProgramme(manager: EntityManager, programmeId: string): Promise<void> {
    const programme = await manager
      .getRepository(ProgrammeEntity)
      .findOne({ where: { id: programmeId }, lock: { mode: 'pessimistic_write' } });
    if (!programme) throw notFound('programme');
  }

  private async writeGroup<T>(run: () => Promise<T>, code: string): Promise<T> {
    try {
      return await run();
    } catch (error) {
      if (pgError(error, UNIQUE_VIOLATION, 'uq_module_groups_programme_code'))
        throw groupCodeTaken(code);
      throw error;
    }
  }
}
