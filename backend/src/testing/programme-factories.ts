import { randomUUID } from 'node:crypto';
import type { DataSource } from 'typeorm';
import { CohortInstructorEntity } from '../cohorts/cohort-instructor.entity';
import { CohortEntity, type CohortStatus } from '../cohorts/cohort.entity';
import { EnrolmentEntity, type EnrolmentStatus } from '../cohorts/enrolment.entity';
import { PartnerOrganisationEntity } from '../partners/partner-organisation.entity';
import { CourseModuleEntity } from '../programmes/course-module.entity';
import type { GradingScale } from '../programmes/grading-scale';
import { ProgrammeEntity } from '../programmes/programme.entity';

const tag = () => randomUUID().slice(0, 8);

/** A programme with a unique code (CH_6, Europe/Zurich unless told). */
export async function buildProgramme(
  db: DataSource,
  overrides: Partial<
    Pick<ProgrammeEntity, 'code' | 'title' | 'gradingScale' | 'archivedAt' | 'timeZone'>
  > = {},
): Promise<ProgrammeEntity> {
  const scale: GradingScale = overrides.gradingScale ?? 'CH_6';
  const pass = scale === 'CH_6' ? 4 : 10;
  return db.getRepository(ProgrammeEntity).save({
    code: `P${tag()}`.toUpperCase(),
    title: 'Programme de test',
    gradingScale: scale,
    ectsTotal: 30,
    minModuleGrade: pass,
    minProjectGrade: pass,
    ...overrides,
  });
}

/** A module appended at the end of its programme. */
export async function buildModule(
  db: DataSource,
  programmeId: string,
  overrides: Partial<
    Pick<CourseModuleEntity, 'code' | 'title' | 'learningOutcomes' | 'position' | 'archivedAt'>
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
