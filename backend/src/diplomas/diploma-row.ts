import type { EntityManager } from 'typeorm';
import type { SqlPredicate } from '../common/access';
import type { Language } from '../common/role';
import { namedQuery } from '../common/sql';
import { printedCode, verificationUrl } from './diploma-number';
import type { DiplomaDto } from './dto/diplomas.dto';

/** A diploma as read for its DTO (`d` the diplomas row). */
export interface DiplomaRow {
  id: string;
  number: string;
  verification_code: string;
  student_id: string;
  cohort_id: string;
  holder_name: string;
  holder_email: string;
  programme_title: string;
  cohort_name: string;
  grading_scale: string;
  final_grade: string | null;
  honours: string | null;
  honours_label_fr: string | null;
  honours_label_en: string | null;
  awarded_on: string;
  issued_at: Date;
  signatory_name: string;
  language: Language;
  show_grade: boolean;
  show_honours: boolean;
  revoked_at: Date | null;
  revoked_reason: string | null;
}

export const DIPLOMA_COLUMNS = `d.id, d.number, d.verification_code, d.student_id, d.cohort_id,
  d.holder_name, hu.email AS holder_email, d.programme_title, d.cohort_name, d.grading_scale,
  d.final_grade::text AS final_grade, d.honours, d.honours_label_fr, d.honours_label_en,
  d.awarded_on::text AS awarded_on, d.issued_at, d.signatory_name, d.language, d.show_grade,
  d.show_honours, d.revoked_at, d.revoked_reason`;

/** One diploma the viewer may read (`readable` over `d`), or none. */
export async function readDiploma(
  manager: EntityManager,
  where: string,
  params: Record<string, unknown>,
  readable: SqlPredicate,
): Promise<DiplomaRow[]> {
  return namedQuery<DiplomaRow>(
    manager,
    `SELECT ${DIPLOMA_COLUMNS}
       FROM diplomas d JOIN users hu ON hu.id = d.student_id
      WHERE ${where} AND ${readable.sql}
      ORDER BY d.issued_at DESC, d.id`,
    { ...params, ...readable.params },
  );
}

/** The DTO; the revocation's reason only for admins (`withReason`). */
export function toDiploma(r: DiplomaRow, publicUrl: string, withReason: boolean): DiplomaDto {
  return {
    id: r.id,
    number: r.number,
    status: r.revoked_at ? 'revoked' : 'valid',
    studentId: r.student_id,
    cohortId: r.cohort_id,
    holderName: r.holder_name,
    programmeTitle: r.programme_title,
    cohortName: r.cohort_name,
    gradingScale: r.grading_scale,
    finalGrade: r.final_grade === null ? null : Number(r.final_grade),
    honours: r.honours,
    honoursLabelFr: r.honours_label_fr,
    honoursLabelEn: r.honours_label_en,
    awardedOn: r.awarded_on,
    issuedAt: r.issued_at.toISOString(),
    signatoryName: r.signatory_name,
    language: r.language,
    showGrade: r.show_grade,
    showHonours: r.show_honours,
    revokedAt: r.revoked_at?.toISOString() ?? null,
    revokedReason: withReason ? r.revoked_reason : null,
    verificationUrl: verificationUrl(publicUrl, r.number, r.verification_code),
    verificationCode: printedCode(r.verification_code),
  };
}
