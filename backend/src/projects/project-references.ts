import type { EntityManager } from 'typeorm';
import { enrolmentCountsSql } from '../common/access';
import { pgError, UNIQUE_VIOLATION } from '../common/db-errors';
import { badRequest, conflict } from '../common/problem';
import { addPartnerContact, ensurePartnerOrganisation } from '../partners';
import type { ProposedMentorDto, ProposedPartnerDto } from './dto/projects.dto';

/**
 * Checks and resolves what a proposal points at (partner, mentor, tutor, team), inside the
 * caller's transaction. A reference that names nothing usable is a 400 on that field.
 */

const invalid = (field: string, message: string) =>
  badRequest('validation', `Invalid input: ${field}.`, [
    { field, code: 'isValidReference', message },
  ]);

/** The partner's id: a known one, or one created (or found by name) from `newPartner`. */
export async function resolvePartner(
  manager: EntityManager,
  partnerId: string | undefined,
  newPartner: ProposedPartnerDto | undefined,
): Promise<string> {
  if ((partnerId === undefined) === (newPartner === undefined)) {
    throw invalid('partnerId', 'give either partnerId or newPartner');
  }
  if (partnerId) {
    const rows = await manager.query<unknown[]>(
      'SELECT 1 FROM partner_organisations WHERE id = $1',
      [partnerId],
    );
    if (!rows.length) throw invalid('partnerId', 'partnerId names no partner organisation');
    return partnerId;
  }
  // Names are unique whatever their case: a partner typed again is the same partner.
  return ensurePartnerOrganisation(manager, newPartner as ProposedPartnerDto);
}

/** The mentor's contact id (a contact of the partner, or a new one), or null. */
export async function resolveMentor(
  manager: EntityManager,
  partnerId: string,
  mentorContactId: string | null | undefined,
  newMentor: ProposedMentorDto | undefined,
): Promise<string | null> {
  if (mentorContactId && newMentor)
    throw invalid('mentorContactId', 'give either mentorContactId or newMentor');
  if (newMentor) return addPartnerContact(manager, partnerId, newMentor);
  if (!mentorContactId) return null;
  const rows = await manager.query<unknown[]>(
    'SELECT 1 FROM partner_contacts WHERE id = $1 AND partner_id = $2',
    [mentorContactId, partnerId],
  );
  if (!rows.length)
    throw invalid(
      'mentorContactId',
      'mentorContactId is not a contact of the partner organisation',
    );
  return mentorContactId;
}

/** An active instructor's id, or null. */
export async function resolveTutor(
  manager: EntityManager,
  tutorId: string | null | undefined,
): Promise<string | null> {
  if (!tutorId) return null;
  const rows = await manager.query<unknown[]>(
    `SELECT 1 FROM users WHERE id = $1 AND role = 'instructor' AND active`,
    [tutorId],
  );
  if (!rows.length) throw invalid('tutorId', 'tutorId must be an active instructor');
  return tutorId;
}

/** Refuses students who are not actively enrolled in the cohort, naming them. */
export async function assertEnrolled(
  manager: EntityManager,
  cohortId: string,
  studentIds: string[],
  field: string,
): Promise<void> {
  const rows = await manager.query<{ student_id: string }[]>(
    `SELECT e.student_id FROM enrolments e
      WHERE e.cohort_id = $1 AND e.student_id = ANY($2::uuid[]) AND ${enrolmentCountsSql('e', 'acts')}`,
    [cohortId, studentIds],
  );
  const enrolled = new Set(rows.map((r) => r.student_id));
  const missing = studentIds.filter((id) => !enrolled.has(id));
  if (missing.length) {
    throw badRequest('validation', `Invalid input: ${field}.`, [
      {
        field,
        code: 'isEnrolled',
        message: `not active students of the cohort: ${missing.join(', ')}`,
      },
    ]);
  }
}

/**
 * Adds students to a team. The database refuses a student already in an open project of the
 * cohort (`uq_project_members_cohort_student`): a 409 naming the student.
 */
export async function addMembers(
  manager: EntityManager,
  projectId: string,
  cohortId: string,
  studentIds: string[],
): Promise<void> {
  if (!studentIds.length) return;
  try {
    await manager.query(
      `INSERT INTO project_members (project_id, cohort_id, project_open, student_id)
       SELECT $1, $2, true, unnest($3::uuid[])`,
      [projectId, cohortId, studentIds],
    );
  } catch (error) {
    const violation = pgError(error, UNIQUE_VIOLATION, 'uq_project_members_cohort_student');
    if (violation) {
      const studentId = /\(cohort_id, student_id\)=\([^,]+, ([^)]+)\)/.exec(
        violation.detail ?? '',
      )?.[1];
      throw conflict(
        'project.student_taken',
        'A student of this team is already in another project of the cohort.',
        {
          studentId: studentId ?? null,
        },
      );
    }
    throw error;
  }
}
