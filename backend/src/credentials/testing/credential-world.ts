import { randomBytes } from 'node:crypto';
import type { DataSource } from 'typeorm';
// Test support only (outside the domain graph): the jury rows a diploma stands on, as D2 builds them.
// eslint-disable-next-line no-restricted-imports
import { buildDiplomaWorld } from '../../diplomas/testing/diploma-world';
import type { CredentialInput } from '../credential-input';

/**
 * `count` diplomas as D2 would have written them (rows in `diplomas`, after a signed jury),
 * each with the input D2 hands to CredentialsService.issue.
 */
export async function buildDiplomas(db: DataSource, count: number): Promise<CredentialInput[]> {
  const world = await buildDiplomaWorld(db, { students: count });
  const decisions = await db.query<
    Array<{ id: string; enrolment_id: string; student_id: string; programme_id: string }>
  >(
    `SELECT d.id, d.enrolment_id, d.student_id, c.programme_id
       FROM jury_decisions d JOIN cohorts c ON c.id = $2
      WHERE d.jury_id = $1 ORDER BY d.student_id`,
    [world.juryId, world.cohortId],
  );
  const inputs: CredentialInput[] = [];
  for (const [i, d] of decisions.entries()) {
    const student = world.students.find((s) => s.id === d.student_id)!;
    const number = `${world.programmeCode}-2027-${String(i + 1).padStart(4, '0')}`;
    const code = randomBytes(12).toString('hex');
    const [{ id, issued_at }] = await db.query<Array<{ id: string; issued_at: Date }>>(
      `INSERT INTO diplomas (number, verification_code, student_id, cohort_id, enrolment_id,
              programme_id, jury_decision_id, holder_name, programme_code, programme_title,
              cohort_name, grading_scale, final_grade, honours, awarded_on, issued_by_id,
              signatory_name, language)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, 'Volée Lausanne 2027', 'CH_6', 5.5,
               'bien', $11, $12, 'Présidente du jury', 'fr')
       RETURNING id, issued_at`,
      [
        number,
        code,
        student.id,
        world.cohortId,
        d.enrolment_id,
        d.programme_id,
        d.id,
        student.displayName,
        world.programmeCode,
        world.programmeTitle,
        world.heldOn,
        world.admin.id,
      ],
    );
    inputs.push({
      diplomaId: id,
      number,
      verificationUrl: `http://localhost:3000/verify/${number}?code=${code}`,
      holderName: student.displayName,
      holderEmail: student.email,
      achievementName: world.programmeTitle,
      achievementDescription: 'Le diplôme de spécialiste en médias sociaux.',
      criteriaNarrative: 'Toutes les règles du diplôme remplies, jury du 25 juin 2027.',
      cohortName: 'Volée Lausanne 2027',
      awardedOn: world.heldOn,
      issuedAt: issued_at,
      finalGrade: '5.5',
      honours: 'bien',
    });
  }
  return inputs;
}
