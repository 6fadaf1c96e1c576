import type { DataSource } from 'typeorm';
import { buildAdmin, buildStudent, type BuiltUser } from '../../testing/factories';
import { buildCohort, buildEnrolment, buildProgramme } from '../../testing/programme-factories';

export type TestDecision = 'awarded' | 'deferred' | 'refused';

export interface DiplomaWorld {
  admin: BuiltUser;
  programmeCode: string;
  programmeTitle: string;
  cohortId: string;
  students: BuiltUser[];
  juryId: string;
  heldOn: string;
}

/**
 * A programme and cohort with `students` enrolled, and a jury (held on `heldOn`) that decided
 * on each as `decide(i)` says: rows written through the juries domain's tables, as its service
 * would, so that `current_jury_decisions` answers. Signed unless `signed: false`.
 */
export async function buildDiplomaWorld(
  db: DataSource,
  options: {
    students?: number;
    decide?: (i: number) => TestDecision | null;
    signed?: boolean;
    heldOn?: string;
  } = {},
): Promise<DiplomaWorld> {
  const admin = await buildAdmin(db);
  const programme = await buildProgramme(db, { title: 'Spécialiste en médias sociaux' });
  const cohort = await buildCohort(db, { programmeId: programme.id, name: 'Volée Lausanne 2027' });
  const heldOn = options.heldOn ?? '2027-06-25';
  const students: BuiltUser[] = [];
  const [{ id: juryId }] = await db.query<{ id: string }[]>(
    `INSERT INTO juries (cohort_id, held_on, created_by_id) VALUES ($1, $2, $3) RETURNING id`,
    [cohort.id, heldOn, admin.id],
  );
  for (let i = 0; i < (options.students ?? 1); i += 1) {
    const student = await buildStudent(db);
    const enrolment = await buildEnrolment(db, cohort.id, student.id);
    students.push(student);
    const decision = options.decide ? options.decide(i) : 'awarded';
    if (decision === null) continue;
    const awarded = decision === 'awarded';
    await db.query(
      `INSERT INTO jury_decisions (jury_id, enrolment_id, student_id, decision, honours,
              honours_label_fr, honours_label_en, final_grade, rules_met, unmet_rules, remaining,
              remaining_items, decided_by_id)
       VALUES ($1, $2, $3, $4::text, $5, $6, $7, $8, $4::text <> 'refused', '[]', $9, '{}', $10)`,
      [
        juryId,
        enrolment.id,
        student.id,
        decision,
        awarded ? 'bien' : null,
        awarded ? 'Mention bien' : null,
        awarded ? 'High honours (bien)' : null,
        awarded ? 5.5 : 3.5,
        decision === 'deferred' ? 'Rattrapage du module III' : null,
        admin.id,
      ],
    );
  }
  if (options.signed !== false) await signJury(db, juryId);
  return {
    admin,
    programmeCode: programme.code,
    programmeTitle: programme.title,
    cohortId: cohort.id,
    students,
    juryId,
    heldOn,
  };
}

/** The president signs the minutes (a 1×1 PNG stands for the drawn signature). */
export async function signJury(db: DataSource, juryId: string): Promise<void> {
  await db.query(
    `UPDATE juries SET status = 'signed', signed_at = now(), president_name = 'Claire Dubois',
            signature_png = decode('89504e470d0a1a0a', 'hex')
      WHERE id = $1`,
    [juryId],
  );
}
