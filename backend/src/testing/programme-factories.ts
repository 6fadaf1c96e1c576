import { randomUUID } from 'node:crypto';
import type { DataSource } from 'typeorm';
import { CohortInstructorEntity } from '../cohorts/cohort-instructor.entity';
import { CohortEntity, type CohortStatus } from '../cohorts/cohort.entity';
import { EnrolmentEntity, type EnrolmentStatus } from '../cohorts/enrolment.entity';
import { PartnerOrganisationEntity } from '../partners/partner-organisation.entity';
import { CourseModuleEntity } from '../programmes/course-module.entity';
import { GRADE_STEPS } from '../programmes/diploma-rules';
import { DiplomaRuleEntity } from '../programmes/diploma-rule.entity';
import type { GradingScale } from '../programmes/grading-scale';
import { ModuleGroupEntity } from '../programmes/module-group.entity';
import { ProgrammePeriodEntity } from '../programmes/programme-period.entity';
import { ProgrammeEntity } from '../programmes/programme.entity';

const tag = () => randomUUID().slice(0, 8);

/**
 * A programme with a unique code (CH_6 by halves, Europe/Zurich unless told) and no diploma
 * rule (`buildRule` adds them).
 */
export async function buildProgramme(
  db: DataSource,
  overrides: Partial<
    Pick<
      ProgrammeEntity,
      | 'code'
      | 'title'
      | 'gradingScale'
      | 'gradeStep'
      | 'archivedAt'
      | 'timeZone'
      | 'averageWeighting'
      | 'finalRounding'
      | 'resitPolicy'
      | 'projectWeightTutor'
      | 'projectWeightMentor'
      | 'projectWeightJury'
      | 'signingOpensBeforeMinutes'
      | 'signingClosesAfterMinutes'
      | 'keepPassedModules'
      | 'compensation'
    >
  > = {},
): Promise<ProgrammeEntity> {
  const scale: GradingScale = overrides.gradingScale ?? 'CH_6';
  return db.getRepository(ProgrammeEntity).save({
    code: `P${tag()}`.toUpperCase(),
    title: 'Programme de test',
    gradingScale: scale,
    gradeStep: GRADE_STEPS[scale][0],
    ectsTotal: 30,
    ...overrides,
  });
}

/** A diploma rule appended at the end of the programme's list (its scale copied). */
export async function buildRule(
  db: DataSource,
  programme: Pick<ProgrammeEntity, 'id' | 'gradingScale'>,
  rule: Pick<DiplomaRuleEntity, 'kind'> &
    Partial<Pick<DiplomaRuleEntity, 'threshold' | 'groupId' | 'maxCount' | 'excusedCountAsAbsent'>>,
): Promise<DiplomaRuleEntity> {
  const [{ next }] = await db.query<{ next: number }[]>(
    'SELECT coalesce(max(position), 0) + 1 AS next FROM diploma_rules WHERE programme_id = $1',
    [programme.id],
  );
  return db.getRepository(DiplomaRuleEntity).save({
    programmeId: programme.id,
    scale: programme.gradingScale,
    position: next,
    threshold: null,
    groupId: null,
    maxCount: null,
    excusedCountAsAbsent: rule.kind === 'attendance' ? false : null,
    ...rule,
  });
}

/** A period (semester) appended at the end of the programme's list. */
export async function buildPeriod(
  db: DataSource,
  programmeId: string,
  overrides: Partial<Pick<ProgrammePeriodEntity, 'title' | 'compensation'>> = {},
): Promise<ProgrammePeriodEntity> {
  const [{ next }] = await db.query<{ next: number }[]>(
    'SELECT coalesce(max(position), 0) + 1 AS next FROM programme_periods WHERE programme_id = $1',
    [programmeId],
  );
  return db.getRepository(ProgrammePeriodEntity).save({
    programmeId,
    position: next,
    title: `Semestre ${next}`,
    compensation: null,
    ...overrides,
  });
}

/** A rule group of a programme's modules. */
export async function buildGroup(
  db: DataSource,
  programmeId: string,
  overrides: Partial<Pick<ModuleGroupEntity, 'code' | 'title'>> = {},
): Promise<ModuleGroupEntity> {
  return db.getRepository(ModuleGroupEntity).save({
    programmeId,
    code: `G${tag()}`,
    title: 'Projet + stage',
    ...overrides,
  });
}

/** A module appended at the end of its programme. */
export async function buildModule(
  db: DataSource,
  programmeId: string,
  overrides: Partial<
    Pick<
      CourseModuleEntity,
      | 'code'
      | 'title'
      | 'learningOutcomes'
      | 'position'
      | 'archivedAt'
      | 'ects'
      | 'coefficient'
      | 'kind'
      | 'periodId'
      | 'groupId'
    >
  > = {},
): Promise<CourseModuleEntity> {
  const [{ next }] = await db.query<{ next: number }[]>(
    'SELECT coalesce(max(position), 0) + 1 AS next FROM course_modules WHERE programme_id = $1',
    [programmeId],
  );
  return db.getRepository(CourseModuleEntity).save({
    programmeId,
    position: next,
    code: `M${tag()}`,
    title: 'Module de test',
    learningOutcomes: ['Comprendre', 'Appliquer'],
    ects: 5,
    ...overrides,
  });
}

/** A cohort (of a new programme unless told), with the given instructors. */
export async function buildCohort(
  db: DataSource,
  overrides: Partial<{
    programmeId: string;
    name: string;
    startsOn: string;
    endsOn: string;
    status: CohortStatus;
    instructorIds: string[];
  }> = {},
): Promise<CohortEntity> {
  const programmeId = overrides.programmeId ?? (await buildProgramme(db)).id;
  const cohort = await db.getRepository(CohortEntity).save({
    programmeId,
    name: overrides.name ?? `Volée ${tag()}`,
    startsOn: overrides.startsOn ?? '2026-09-01',
    endsOn: overrides.endsOn ?? '2027-06-30',
    status: overrides.status ?? 'running',
  });
  if (overrides.instructorIds?.length) {
    await db
      .getRepository(CohortInstructorEntity)
      .insert(
        overrides.instructorIds.map((instructorId) => ({ cohortId: cohort.id, instructorId })),
      );
  }
  return cohort;
}

export async function buildEnrolment(
  db: DataSource,
  cohortId: string,
  studentId: string,
  overrides: Partial<{ status: EnrolmentStatus; employerId: string | null }> = {},
): Promise<EnrolmentEntity> {
  const status = overrides.status ?? 'active';
  return db.getRepository(EnrolmentEntity).save({
    cohortId,
    studentId,
    status,
    employerId: overrides.employerId ?? null,
    ...(status === 'withdrawn' ? { withdrawnAt: new Date(), withdrawalReason: 'test' } : {}),
  });
}

export async function buildPartner(
  db: DataSource,
  overrides: Partial<
    Pick<PartnerOrganisationEntity, 'name' | 'sector' | 'website' | 'address'>
  > = {},
): Promise<PartnerOrganisationEntity> {
  return db.getRepository(PartnerOrganisationEntity).save({
    name: `Partenaire ${tag()}`,
    sector: 'Communication',
    ...overrides,
  });
}
