import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import { badRequest, conflict, notFound } from '../common/problem';
import { DiplomaRuleEntity } from './diploma-rule.entity';
import type { DiplomaPreset } from './diploma-rules';
import type { DiplomaRuleDto, ReplaceDiplomaRulesDto } from './dto/diploma-rules.dto';
import { ModuleGroupEntity } from './module-group.entity';
import { PRESETS, presetRules, PROJECT_AND_WORK_GROUP } from './presets';
import { ProgrammeEntity } from './programme.entity';
import { type RuleInput, validateRules } from './rule-validation';

export const toRule = (r: DiplomaRuleEntity): DiplomaRuleDto => ({
  id: r.id,
  position: r.position,
  kind: r.kind,
  threshold: r.threshold,
  groupId: r.groupId,
  maxCount: r.maxCount,
  excusedCountAsAbsent: r.excusedCountAsAbsent,
});

/** Whether any grade was entered in an assessment of the programme (assessments' tables). */
export async function programmeHasGrades(
  manager: EntityManager,
  programmeId: string,
): Promise<boolean> {
  const rows: unknown[] = await manager.query(
    `SELECT 1 FROM grades g JOIN assessments a ON a.id = g.assessment_id
      WHERE a.programme_id = $1 LIMIT 1`,
    [programmeId],
  );
  return rows.length > 0;
}

/** A programme's diploma rules: an ordered list replaced as a whole, and the presets. */
@Injectable()
export class DiplomaRulesService {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  async listOf(
    programmeId: string,
    manager: EntityManager = this.db.manager,
  ): Promise<DiplomaRuleDto[]> {
    const rules = await manager
      .getRepository(DiplomaRuleEntity)
      .find({ where: { programmeId }, order: { position: 'ASC' } });
    return rules.map(toRule);
  }

  /** Replaces the whole list in one transaction; 400 names `rules.<i>.<field>` of a bad rule. */
  async replace(programmeId: string, dto: ReplaceDiplomaRulesDto): Promise<DiplomaRuleDto[]> {
    return this.db.transaction(async (manager) => {
      const programme = await lockProgramme(manager, programmeId);
      await writeRules(manager, programme, dto.rules);
      return this.listOf(programmeId, manager);
    });
  }

  /**
   * Applies a preset: its settings and its rules (the list is replaced). 409 when the preset is
   * made for another scale, or when grades exist and the grade step would change.
   */
  async applyPreset(programmeId: string, preset: DiplomaPreset): Promise<void> {
    await this.db.transaction((manager) => applyPresetIn(manager, programmeId, preset));
  }
}

async function writeRules(
  manager: EntityManager,
  programme: ProgrammeEntity,
  input: RuleInput[],
): Promise<void> {
  const groups = await manager
    .getRepository(ModuleGroupEntity)
    .find({ where: { programmeId: programme.id }, select: { id: true } });
  const { rules, errors } = validateRules(
    programme.gradingScale,
    input,
    new Set(groups.map((g) => g.id)),
  );
  if (errors.length) throw badRequest('validation', 'Some diploma rules are not valid.', errors);
  const repo = manager.getRepository(DiplomaRuleEntity);
  await repo.delete({ programmeId: programme.id });
  if (rules.length) {
    await repo.insert(
      rules.map((rule, i) => ({
        ...rule,
        programmeId: programme.id,
        scale: programme.gradingScale,
        position: i + 1,
      })),
    );
  }
}

/** The group of the project and the work period, made (with those modules) when missing. */
async function projectAndWorkGroup(manager: EntityManager, programmeId: string): Promise<string> {
  const [existing] = await manager.query<{ id: string }[]>(
    `SELECT g.id FROM module_groups g
        WHERE g.programme_id = $1
          AND (lower(g.code) = lower($2)
               OR EXISTS (SELECT 1 FROM course_modules m
                           WHERE m.group_id = g.id AND m.kind IN ('project', 'work_period')))
        ORDER BY lower(g.code) = lower($2) DESC, g.code LIMIT 1`,
    [programmeId, PROJECT_AND_WORK_GROUP.code],
  );
  if (existing) return existing.id;
  const group = await manager.getRepository(ModuleGroupEntity).save({
    programmeId,
    code: PROJECT_AND_WORK_GROUP.code,
    title: PROJECT_AND_WORK_GROUP.title,
  });
  await manager.query(
    `UPDATE course_modules SET group_id = $1, updated_at = now()
        WHERE programme_id = $2 AND kind IN ('project', 'work_period') AND group_id IS NULL`,
    [group.id, programmeId],
  );
  return group.id;
}

async function lockProgramme(
  manager: EntityManager,
  programmeId: string,
): Promise<ProgrammeEntity> {
  const programme = await manager
    .getRepository(ProgrammeEntity)
    .findOne({ where: { id: programmeId }, lock: { mode: 'pessimistic_write' } });
  if (!programme) throw notFound('programme');
  return programme;
}

/**
 * Applies a preset inside the caller's transaction (the demo loader uses it too). The French
 * preset's group rule averages the group of the project and the work period: an existing group
 * holding a project or work-period module (or coded PROJET-STAGE), else one made for them.
 */
export async function applyPresetIn(
  manager: EntityManager,
  programmeId: string,
  preset: DiplomaPreset,
): Promise<void> {
  const definition = PRESETS[preset];
  const programme = await lockProgramme(manager, programmeId);
  if (programme.gradingScale !== definition.scale) {
    throw conflict(
      'programme.preset_scale',
      `The preset ${preset} is made for the ${definition.scale} scale; this programme uses ${programme.gradingScale}.`,
      { presetScale: definition.scale, programmeScale: programme.gradingScale },
    );
  }
  const { settings } = definition;
  if (
    Number(programme.gradeStep) !== settings.gradeStep &&
    (await programmeHasGrades(manager, programmeId))
  ) {
    throw conflict(
      'programme.step_locked',
      `Grades exist: the grade step cannot change from ${programme.gradeStep} to ${settings.gradeStep}.`,
    );
  }
  const needsGroup = definition.rules.some((r) => r.group);
  const groupId = needsGroup ? await projectAndWorkGroup(manager, programmeId) : null;
  await manager.getRepository(ProgrammeEntity).update({ id: programmeId }, { ...settings, preset });
  await writeRules(manager, programme, presetRules(preset, groupId));
}
