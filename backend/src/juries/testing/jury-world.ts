import type { DataSource } from 'typeorm';
import { buildAdmin, buildInstructor, buildStudent, type BuiltUser } from '../../testing/factories';
import {
  buildCohort,
  buildEnrolment,
  buildModule,
  buildProgramme,
  buildRule,
} from '../../testing/programme-factories';

/** A 1×1 PNG, as signature_pad would send a (tiny) drawing. */
export const SIGNATURE =
  'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==';

export interface JuryWorld {
  admin: BuiltUser;
  teacher: BuiltUser;
  cohortId: string;
  programmeId: string;
  /** One student per grade, in order. */
  students: BuiltUser[];
}

/**
 * A French cohort (FR_20) whose one rule is an overall average of at least 10, one module
 * with one released exam, and a student per grade given (e.g. 16.5, 13, 8: two meet the rule).
 */
export async function buildJuryWorld(db: DataSource, grades: number[]): Promise<JuryWorld> {
  const admin = await buildAdmin(db);
  const teacher = await buildInstructor(db);
  const programme = await buildProgramme(db, { gradingScale: 'FR_20', timeZone: 'Europe/Paris' });
  await buildRule(db, programme, { kind: 'overall_average', threshold: 10 });
  const module = await buildModule(db, programme.id, { code: 'UE1', title: 'Stratégie sociale' });
  const cohort = await buildCohort(db, { programmeId: programme.id, instructorIds: [teacher.id] });
  const [{ id: exam }] = await db.query<{ id: string }[]>(
    `INSERT INTO assessments (cohort_id, module_id, programme_id, scale, grade_step, title, kind,
                              released_at, released_by_id, created_by_id)
     VALUES ($1, $2, $3, 'FR_20', 0.01, 'Examen final', 'exam', now(), $4, $4) RETURNING id`,
    [cohort.id, module.id, programme.id, teacher.id],
  );
  const students: BuiltUser[] = [];
  for (const grade of grades) {
    const student = await buildStudent(db);
    await buildEnrolment(db, cohort.id, student.id);
    await db.query(
      `INSERT INTO grades (assessment_id, student_id, attempt, cohort_id, scale, grade_step, score, graded_by_id)
       VALUES ($1, $2, 1, $3, 'FR_20', 0.01, $4, $5)`,
      [exam, student.id, cohort.id, grade, teacher.id],
    );
    students.push(student);
  }
  return { admin, teacher, cohortId: cohort.id, programmeId: programme.id, students };
}
