import type { DataSource } from 'typeorm';
import { AssessmentEntity } from '../assessments/assessment.entity';
import type { AssessmentKind } from '../assessments/assessment-kinds';
import { GradeEntity } from '../assessments/grade.entity';
import type { CohortEntity } from '../cohorts/cohort.entity';
import type { CourseModuleEntity } from '../programmes/course-module.entity';
import type { GradingScale } from '../programmes/grading-scale';
import type { ProgrammeEntity } from '../programmes/programme.entity';
import { type BuiltUser, buildUser } from './factories';
import { buildCohort, buildEnrolment, buildModule, buildProgramme } from './programme-factories';

/** A cohort to grade in: its programme (scale, step), a module, an instructor and students. */
export interface GradingWorld {
  programme: ProgrammeEntity;
  cohort: CohortEntity;
  module: CourseModuleEntity;
  instructor: BuiltUser;
  students: BuiltUser[];
}

export async function buildGradingWorld(
  db: DataSource,
  options: { scale?: GradingScale; gradeStep?: number; students?: number } = {},
): Promise<GradingWorld> {
  const programme = await buildProgramme(db, { gradingScale: options.scale ?? 'CH_6' });
  if (options.gradeStep !== undefined) {
    await db.query('UPDATE programmes SET grade_step = $2 WHERE id = $1', [
      programme.id,
      options.gradeStep,
    ]);
  }
  const instructor = await buildUser(db, { role: 'instructor' });
  const cohort = await buildCohort(db, {
    programmeId: programme.id,
    instructorIds: [instructor.id],
  });
  const module = await buildModule(db, programme.id);
  const students: BuiltUser[] = [];
  for (let i = 0; i < (options.students ?? 2); i++) {
    const student = await buildUser(db, { role: 'student' });
    await buildEnrolment(db, cohort.id, student.id);
    students.push(student);
  }
  return { programme, cohort, module, instructor, students };
}

/** An assessment of the world's module, with the programme's current scale and step. */
export async function buildAssessment(
  db: DataSource,
  world: GradingWorld,
  overrides: Partial<{
    title: string;
    kind: AssessmentKind;
    coefficient: number;
    moduleId: string;
    fromProjectGrades: boolean;
    released: boolean;
    sessionId: string | null;
  }> = {},
): Promise<AssessmentEntity> {
  const [p] = await db.query<{ grading_scale: GradingScale; grade_step: string }[]>(
    'SELECT grading_scale, grade_step FROM programmes WHERE id = $1',
    [world.programme.id],
  );
  return db.getRepository(AssessmentEntity).save({
    cohortId: world.cohort.id,
    moduleId: overrides.moduleId ?? world.module.id,
    sessionId: overrides.sessionId ?? null,
    programmeId: world.programme.id,
    scale: p.grading_scale,
    gradeStep: Number(p.grade_step),
    title: overrides.title ?? 'Examen écrit',
    kind: overrides.kind ?? 'exam',
    coefficient: overrides.coefficient ?? 1,
    fromProjectGrades: overrides.fromProjectGrades ?? false,
    releasedAt: overrides.released ? new Date() : null,
    releasedById: overrides.released ? world.instructor.id : null,
    createdById: world.instructor.id,
  });
}

/** A grade written straight to the table (the audit trigger records it). */
export async function buildGrade(
  db: DataSource,
  assessment: AssessmentEntity,
  studentId: string,
  score: number,
  gradedById: string,
  attempt: 1 | 2 = 1,
): Promise<void> {
  await db.getRepository(GradeEntity).insert({
    assessmentId: assessment.id,
    studentId,
    attempt,
    cohortId: assessment.cohortId,
    scale: assessment.scale,
    gradeStep: assessment.gradeStep,
    score,
    gradedById,
  });
}
