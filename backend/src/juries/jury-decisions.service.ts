import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import { ALWAYS, type Viewer } from '../common/access';
import { CHECK_VIOLATION, pgError, UNIQUE_VIOLATION } from '../common/db-errors';
import { badRequest, conflict, notFound } from '../common/problem';
import { namedQuery } from '../common/sql';
import { ProgressService } from '../progress';
import type { AwardEligibleResultDto, JuryDecisionDto, RecordDecisionDto } from './dto/juries.dto';
import { suggestHonours } from './honours';
import { juryOutcome } from './jury-outcome';
import { enrolmentsOf, type JuryHead, loadDecisions } from './jury-rows';
import { JuriesService } from './juries.service';

interface DecisionRow {
  jury_id: string;
  enrolment_id: string;
  student_id: string;
  decision: string;
  honours: string | null;
  honours_label_fr: string | null;
  honours_label_en: string | null;
  final_grade: number | null;
  rules_met: boolean;
  unmet_rules: unknown[];
  exemption_reason: string | null;
  remaining: string | null;
  remaining_items: string[];
  supersedes_id: string | null;
  correction_reason: string | null;
  decided_by_id: string;
}

const field = (name: string, code: Parameters<typeof badRequest>[0], message: string) =>
  badRequest(code, message, [{ field: name, code, message }]);

/**
 * The jury's decisions, appended (never edited): one per student, a later one supersedes the
 * earlier; after the sign-off only a correction with its reason. Each runs under the jury
 * row's lock, with the student's outcome computed in the same transaction.
 */
@Injectable()
export class JuryDecisionsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly juries: JuriesService,
    private readonly progress: ProgressService,
  ) {}

  async record(viewer: Viewer, juryId: string, dto: RecordDecisionDto): Promise<JuryDecisionDto> {
    return this.db.transaction(async (m) => {
      const head = await this.juries.lockOpen(m, viewer, juryId, false);
      const signed = head.summary.status === 'signed';
      const computation = await this.progress.compute(
        m,
        head.summary.cohort.id,
        dto.studentId,
        ALWAYS,
        ALWAYS,
        true,
      );
      const student = computation?.students[0];
      if (!student) throw notFound('enrolment');
      const outcome = juryOutcome(student);
      const [previous] = (await loadDecisions(m, juryId, dto.studentId)).filter((d) => d.current);
      if (signed && (!dto.correctionReason || !previous)) {
        throw conflict(
          'jury.locked',
          'The minutes are signed: a decision can only be corrected, with the reason for it.',
        );
      }
      const [enrolment] = await namedQuery<{ id: string }>(
        m,
        `SELECT id FROM enrolments WHERE cohort_id = :cohortId AND student_id = :studentId`,
        { cohortId: head.summary.cohort.id, studentId: dto.studentId },
      );
      const row = this.validate(head, dto, outcome);
      const inserted = await this.insert(m, [
        {
          ...row,
          jury_id: juryId,
          enrolment_id: enrolment.id,
          student_id: dto.studentId,
          supersedes_id: previous?.id ?? null,
          correction_reason: previous ? (dto.correctionReason ?? null) : null,
          decided_by_id: viewer.id,
        },
      ]);
      const [saved] = (await loadDecisions(m, juryId, dto.studentId)).filter(
        (d) => d.id === inserted[0],
      );
      const { current: _c, enrolmentId: _e, ...decision } = saved;
      return decision;
    });
  }

  /** Awards, in one statement, every student who meets every rule and has no decision yet. */
  async awardEligible(
    viewer: Viewer,
    juryId: string,
    withHonours = true,
  ): Promise<AwardEligibleResultDto> {
    return this.db.transaction(async (m) => {
      const head = await this.juries.lockOpen(m, viewer, juryId, true);
      const cohortId = head.summary.cohort.id;
      const computation = await this.progress.compute(m, cohortId, null, ALWAYS, ALWAYS, true);
      const decided = await namedQuery<{ student_id: string }>(
        m,
        `SELECT DISTINCT student_id FROM jury_decisions WHERE jury_id = :juryId`,
        { juryId },
      );
      const enrolmentOf = await enrolmentsOf(m, cohortId);
      const done = new Set(decided.map((d) => d.student_id));
      const rows: DecisionRow[] = (computation?.students ?? [])
        .filter((s) => s.outcome === 'met' && !done.has(s.studentId))
        .map((s) => {
          const outcome = juryOutcome(s);
          const honours = withHonours ? suggestHonours(head.honours, outcome.finalGrade) : null;
          return {
            jury_id: juryId,
            enrolment_id: enrolmentOf.get(s.studentId) as string,
            student_id: s.studentId,
            decision: 'awarded',
            honours: honours?.key ?? null,
            honours_label_fr: honours?.labelFr ?? null,
            honours_label_en: honours?.labelEn ?? null,
            final_grade: outcome.finalGrade,
            rules_met: true,
            unmet_rules: [],
            exemption_reason: null,
            remaining: null,
            remaining_items: [],
            supersedes_id: null,
            correction_reason: null,
            decided_by_id: viewer.id,
          };
        });
      if (rows.length) await this.insert(m, rows);
      return { awarded: rows.length };
    });
  }

  /** The row's decision part, or the 400 that says what is wrong with it. */
  private validate(
    head: JuryHead,
    dto: RecordDecisionDto,
    outcome: ReturnType<typeof juryOutcome>,
  ) {
    const awarded = dto.decision === 'awarded';
    let level = null;
    if (dto.honours) {
      level = head.honours.find((h) => h.key === dto.honours) ?? null;
      if (!awarded || !level)
        throw field(
          'honours',
          'jury.honours_invalid',
          'Honours go with an award, from the programme’s levels.',
        );
    }
    const exemption = dto.exemptionReason ?? null;
    if (awarded && !outcome.rulesMet && !exemption)
      throw field(
        'exemptionReason',
        'jury.exemption_required',
        'Awarding a student whose rules are not all met needs an exemption with its reason.',
      );
    if (exemption && !(awarded && !outcome.rulesMet))
      throw field(
        'exemptionReason',
        'jury.exemption_not_needed',
        'An exemption is only for an award without every rule met.',
      );
    const items = dto.remainingItems ?? [];
    const remaining = dto.remaining ?? null;
    if (dto.decision === 'deferred' && !remaining && items.length === 0)
      throw field(
        'remaining',
        'jury.remaining_required',
        'Say what remains for a deferred student.',
      );
    if (dto.decision !== 'deferred' && (remaining || items.length))
      throw field(
        'remaining',
        'jury.remaining_required',
        'Only a deferred student has work remaining.',
      );
    return {
      decision: dto.decision,
      honours: level?.key ?? null,
      honours_label_fr: level?.labelFr ?? null,
      honours_label_en: level?.labelEn ?? null,
      final_grade: outcome.finalGrade,
      rules_met: outcome.rulesMet,
      unmet_rules: outcome.unmetRules,
      exemption_reason: exemption,
      remaining,
      remaining_items: items,
    };
  }

  private async insert(m: EntityManager, rows: DecisionRow[]): Promise<string[]> {
    try {
      const saved = await namedQuery<{ id: string }>(
        m,
        `INSERT INTO jury_decisions (jury_id, enrolment_id, student_id, decision, honours, honours_label_fr,
                                     honours_label_en, final_grade, rules_met, unmet_rules, exemption_reason,
                                     remaining, remaining_items, supersedes_id, correction_reason, decided_by_id)
         SELECT x.jury_id, x.enrolment_id, x.student_id, x.decision, x.honours, x.honours_label_fr,
                x.honours_label_en, x.final_grade, x.rules_met, x.unmet_rules, x.exemption_reason,
                x.remaining, ARRAY(SELECT jsonb_array_elements_text(x.remaining_items)), x.supersedes_id,
                x.correction_reason, x.decided_by_id
           FROM jsonb_to_recordset(CAST(:rows AS jsonb)) AS x(
                  jury_id uuid, enrolment_id uuid, student_id uuid, decision text, honours text,
                  honours_label_fr text, honours_label_en text, final_grade numeric, rules_met boolean,
                  unmet_rules jsonb, exemption_reason text, remaining text, remaining_items jsonb,
                  supersedes_id uuid, correction_reason text, decided_by_id uuid)
         RETURNING id`,
        { rows: JSON.stringify(rows) },
      );
      return saved.map((r) => r.id);
    } catch (error) {
      if (pgError(error, UNIQUE_VIOLATION))
        throw conflict(
          'jury.decision_stale',
          'Another decision was just recorded for this student: reload.',
        );
      if (pgError(error, CHECK_VIOLATION, 'ck_jury_decisions_locked'))
        throw conflict('jury.locked', 'The minutes are signed: a decision can only be corrected.');
      throw error;
    }
  }
}
