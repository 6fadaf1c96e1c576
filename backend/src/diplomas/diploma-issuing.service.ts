import { HttpException, Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import { EnrolmentsService } from '../cohorts';
import { ALWAYS } from '../common/access';
import { pgError, UNIQUE_VIOLATION } from '../common/db-errors';
import { conflict, notFound } from '../common/problem';
import type { Language } from '../common/role';
import { namedQuery } from '../common/sql';
import { APP_CONFIG, type AppConfig } from '../config/config';
import { CredentialsService } from '../credentials';
import type { AuthUser } from '../identity';
import { NotificationsService } from '../notifications';
import { diplomaNumber, verificationCode, verificationUrl } from './diploma-number';
import { readDiploma, toDiploma } from './diploma-row';
import { DIPLOMA_TEXTS, formatDay, formatGrade } from './diploma-texts';
import type { IssueAllResultDto, IssuedDiplomaDto } from './dto/diplomas.dto';

/** A student of a cohort with the decision in force (D1's view `current_jury_decisions`). */
export interface CandidateRow {
  student_id: string;
  enrolment_id: string;
  display_name: string;
  email: string;
  preferred_language: Language;
  enrolment_status: string;
  decision_id: string | null;
  decision: 'awarded' | 'deferred' | 'refused' | null;
  honours: string | null;
  honours_label_fr: string | null;
  honours_label_en: string | null;
  final_grade: string | null;
  jury_held_on: string | null;
  jury_signed_at: Date | null;
  president_name: string | null;
  cohort_name: string;
  programme_id: string;
  programme_code: string;
  programme_title: string;
  grading_scale: string;
  diploma_id: string | null;
}

/** Every enrolled student of a cohort (or one), with the decision in force and any diploma. */
export function candidatesQuery(manager: EntityManager, cohortId: string, studentId?: string) {
  return namedQuery<CandidateRow>(
    manager,
    `SELECT e.student_id, e.id AS enrolment_id, u.display_name, u.email, u.preferred_language,
            e.status AS enrolment_status, cd.decision_id, cd.decision, cd.honours,
            cd.honours_label_fr, cd.honours_label_en, cd.final_grade::text AS final_grade,
            cd.jury_held_on::text AS jury_held_on, cd.jury_signed_at, cd.president_name,
            c.name AS cohort_name, p.id AS programme_id, p.code AS programme_code,
            p.title AS programme_title, p.grading_scale, d.id AS diploma_id
       FROM enrolments e
       JOIN users u ON u.id = e.student_id
       JOIN cohorts c ON c.id = e.cohort_id
       JOIN programmes p ON p.id = c.programme_id
       LEFT JOIN current_jury_decisions cd ON cd.cohort_id = e.cohort_id AND cd.student_id = e.student_id
       LEFT JOIN diplomas d ON d.cohort_id = e.cohort_id AND d.student_id = e.student_id
      WHERE e.cohort_id = :cohortId ${studentId ? 'AND e.student_id = :studentId' : ''}
      ORDER BY u.display_name COLLATE "und-x-icu", u.id`,
    { cohortId, studentId },
  );
}

/** Awarded by a jury whose president has signed: what issuing needs. */
export const issuable = (c: CandidateRow) =>
  c.decision === 'awarded' && c.jury_signed_at !== null && c.diploma_id === null;

/** The issue lost a race: another transaction issued the same diploma first (rolls back). */
class AlreadyIssued extends Error {}

/**
 * Issuing: one student per transaction, all or nothing (the diploma and its number, the signed
 * credential, the enrolment graduated, the holder's notification). Idempotent: the unique
 * (student, cohort) makes one diploma however many clicks; a repeat answers the same diploma.
 */
@Injectable()
export class DiplomaIssuingService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly credentials: CredentialsService,
    private readonly enrolments: EnrolmentsService,
    private readonly notifications: NotificationsService,
  ) {}

  async issue(admin: AuthUser, cohortId: string, studentId: string): Promise<IssuedDiplomaDto> {
    await this.assertCohort(cohortId);
    let created = true;
    try {
      await this.db.transaction((m) => this.issueIn(m, admin, cohortId, studentId));
    } catch (error) {
      if (
        !(error instanceof AlreadyIssued) &&
        !pgError(error, UNIQUE_VIOLATION, 'uq_diplomas_student_cohort')
      )
        throw error;
      created = false;
    }
    const [row] = await readDiploma(
      this.db.manager,
      'd.cohort_id = :cohortId AND d.student_id = :studentId',
      { cohortId, studentId },
      ALWAYS,
    );
    if (!row) throw notFound('diploma');
    return { diploma: toDiploma(row, this.config.PUBLIC_URL, true), created };
  }

  /** Every issuable student of the cohort, one transaction each; a failure stops no other. */
  async issueAll(admin: AuthUser, cohortId: string): Promise<IssueAllResultDto> {
    await this.assertCohort(cohortId);
    const candidates = await candidatesQuery(this.db.manager, cohortId);
    const result: IssueAllResultDto = { issued: 0, alreadyIssued: 0, failed: [] };
    for (const c of candidates.filter(issuable)) {
      try {
        const { created } = await this.issue(admin, cohortId, c.student_id);
        if (created) result.issued += 1;
        else result.alreadyIssued += 1;
      } catch (error) {
        if (!(error instanceof HttpException)) throw error;
        const body = error.getResponse() as { code?: string };
        result.failed.push({
          studentId: c.student_id,
          displayName: c.display_name,
          code: body.code ?? 'error',
        });
      }
    }
    return result;
  }

  private async assertCohort(cohortId: string): Promise<void> {
    const [cohort] = await this.db.query('SELECT 1 FROM cohorts WHERE id = $1', [cohortId]);
    if (!cohort) throw notFound('cohort');
  }

  private async issueIn(
    m: EntityManager,
    admin: AuthUser,
    cohortId: string,
    studentId: string,
  ): Promise<void> {
    const [c] = await candidatesQuery(m, cohortId, studentId);
    if (!c) throw notFound('enrolment');
    if (c.diploma_id) throw new AlreadyIssued();
    if (c.decision !== 'awarded' || !c.decision_id || !c.jury_held_on)
      throw conflict('diploma.not_awarded', 'The jury’s decision in force does not award it.');
    if (!c.jury_signed_at)
      throw conflict('diploma.jury_unsigned', 'The jury’s minutes are not signed yet.');

    // The counter row stays locked to the commit: concurrent issues queue here, and a
    // rollback (a lost race, a failed step) gives the number back.
    const year = Number(c.jury_held_on.slice(0, 4));
    const [{ last_value }] = await m.query<{ last_value: number }[]>(
      `INSERT INTO diploma_counters (programme_id, year, last_value) VALUES ($1, $2, 1)
       ON CONFLICT (programme_id, year) DO UPDATE SET last_value = diploma_counters.last_value + 1
       RETURNING last_value`,
      [c.programme_id, year],
    );
    const number = diplomaNumber(c.programme_code, year, last_value);
    const code = verificationCode();
    const signatory = c.president_name ?? admin.displayName;
    const inserted = await namedQuery<{ id: string; issued_at: Date }>(
      m,
      `INSERT INTO diplomas (number, verification_code, student_id, cohort_id, enrolment_id,
              programme_id, jury_decision_id, holder_name, programme_code, programme_title,
              cohort_name, grading_scale, final_grade, honours, honours_label_fr,
              honours_label_en, awarded_on, issued_by_id, signatory_name, language)
       VALUES (:number, :code, :studentId, :cohortId, :enrolmentId, :programmeId, :decisionId,
              :holderName, :programmeCode, :programmeTitle, :cohortName, :scale, :grade,
              :honours, :honoursFr, :honoursEn, :awardedOn, :adminId, :signatory, :language)
       ON CONFLICT (student_id, cohort_id) DO NOTHING
       RETURNING id, issued_at`,
      {
        number,
        code,
        studentId,
        cohortId,
        enrolmentId: c.enrolment_id,
        programmeId: c.programme_id,
        decisionId: c.decision_id,
        holderName: c.display_name,
        programmeCode: c.programme_code,
        programmeTitle: c.programme_title,
        cohortName: c.cohort_name,
        scale: c.grading_scale,
        grade: c.final_grade,
        honours: c.honours,
        honoursFr: c.honours_label_fr,
        honoursEn: c.honours_label_en,
        awardedOn: c.jury_held_on,
        adminId: admin.id,
        signatory,
        language: c.preferred_language,
      },
    );
    if (!inserted.length) throw new AlreadyIssued();
    const { id, issued_at } = inserted[0];
    const lang = c.preferred_language;
    const t = DIPLOMA_TEXTS[lang];
    const day = formatDay(c.jury_held_on, lang);
    await this.credentials.issue(m, {
      diplomaId: id,
      number,
      verificationUrl: verificationUrl(this.config.PUBLIC_URL, number, code),
      holderName: c.display_name,
      holderEmail: c.email,
      achievementName: c.programme_title,
      achievementDescription: t.achievementDescription(
        c.programme_title,
        this.config.INSTITUTION_NAME,
      ),
      criteriaNarrative: t.criteria(c.cohort_name, day),
      cohortName: c.cohort_name,
      awardedOn: c.jury_held_on,
      issuedAt: issued_at,
      finalGrade: c.final_grade === null ? null : formatGrade(c.final_grade, c.grading_scale, lang),
      honours: (lang === 'fr' ? c.honours_label_fr : c.honours_label_en) ?? c.honours,
    });
    await this.enrolments.markGraduated(m, c.enrolment_id);
    await this.notifications.notify(m, {
      userId: studentId,
      kind: 'diploma.issued',
      link: '/student/diploma',
      text: (l) => ({
        title: DIPLOMA_TEXTS[l].notificationTitle,
        body: DIPLOMA_TEXTS[l].notificationBody(c.programme_title, number),
      }),
      idempotencyKey: `diploma.issued:${id}`,
    });
  }
}
