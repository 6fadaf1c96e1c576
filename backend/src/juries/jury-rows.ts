import type { EntityManager } from 'typeorm';
import { enrolmentCountsSql, type SqlPredicate } from '../common/access';
import { namedQuery } from '../common/sql';
import type { GradingScale } from '../programmes';
import { DEFAULT_HONOURS } from './honours';
import type { JuryDecisionDto, JurySummaryDto } from './dto/juries.dto';
import type { Decision, RemainingItem } from './jury-decision.entity';
import type { JuryStatus } from './jury.entity';
import type { HonoursLevel } from './programme-honours.entity';

/** The SQL the jury services share: the jury's head (with access), its decisions. */

export interface JuryHead {
  summary: JurySummaryDto;
  scale: GradingScale;
  honours: HonoursLevel[];
  customHonours: boolean;
}

const iso = (v: unknown) =>
  v === null || v === undefined ? null : new Date(v as string).toISOString();

/**
 * The jury, its cohort and programme, the counts and the honours levels, when the predicate
 * (over `j`) holds; `lock` takes the jury row FOR UPDATE (decisions and the sign-off queue on it).
 */
export async function loadJuryHead(
  manager: EntityManager,
  juryId: string,
  access: SqlPredicate,
  lock = false,
): Promise<JuryHead | undefined> {
  const [row] = await namedQuery<Record<string, unknown>>(
    manager,
    `${SUMMARY_SQL} WHERE j.id = :juryId AND ${access.sql} ${lock ? 'FOR UPDATE OF j' : ''}`,
    { ...access.params, juryId },
  );
  return row ? toHead(row) : undefined;
}

export async function listJuryHeads(
  manager: EntityManager,
  access: SqlPredicate,
  cohortId: string | undefined,
): Promise<JurySummaryDto[]> {
  const rows = await namedQuery<Record<string, unknown>>(
    manager,
    `${SUMMARY_SQL} WHERE ${access.sql} AND (CAST(:cohortId AS uuid) IS NULL OR j.cohort_id = CAST(:cohortId AS uuid))
      ORDER BY j.held_on DESC, j.created_at DESC, j.id`,
    { ...access.params, cohortId: cohortId ?? null },
  );
  return rows.map((r) => toHead(r).summary);
}

const SUMMARY_SQL = `
  SELECT j.id, j.held_on::text AS held_on, j.status, j.president_name, j.signed_at,
         c.id AS cohort_id, c.name AS cohort_name, p.id AS programme_id, p.code AS programme_code,
         p.title AS programme_title, p.grading_scale AS scale, ph.levels AS honours,
         (SELECT count(DISTINCT d.enrolment_id)::int FROM jury_decisions d WHERE d.jury_id = j.id) AS decisions,
         (SELECT count(*)::int FROM enrolments e
           WHERE e.cohort_id = c.id AND ${enrolmentCountsSql('e', 'reads')}) AS students
    FROM juries j
    JOIN cohorts c ON c.id = j.cohort_id
    JOIN programmes p ON p.id = c.programme_id
    LEFT JOIN programme_honours ph ON ph.programme_id = p.id`;

function toHead(r: Record<string, unknown>): JuryHead {
  const scale = r['scale'] as GradingScale;
  const custom = r['honours'] !== null && r['honours'] !== undefined;
  return {
    scale,
    customHonours: custom,
    honours: custom ? (r['honours'] as HonoursLevel[]) : DEFAULT_HONOURS[scale],
    summary: {
      id: String(r['id']),
      cohort: {
        id: String(r['cohort_id']),
        name: String(r['cohort_name']),
        programmeId: String(r['programme_id']),
        programmeCode: String(r['programme_code']),
        programmeTitle: String(r['programme_title']),
        scale,
      },
      heldOn: String(r['held_on']),
      status: r['status'] as JuryStatus,
      presidentName: (r['president_name'] as string | null) ?? null,
      signedAt: iso(r['signed_at']),
      decisions: Number(r['decisions']),
      students: Number(r['students']),
    },
  };
}

/** Every decision of a jury (or of one student in it), newest first, with who decided. */
export async function loadDecisions(
  manager: EntityManager,
  juryId: string,
  studentId: string | null = null,
): Promise<Array<JuryDecisionDto & { current: boolean; enrolmentId: string }>> {
  const rows = await namedQuery<Record<string, unknown>>(
    manager,
    `SELECT d.*, u.display_name AS decided_by,
            NOT EXISTS (SELECT 1 FROM jury_decisions n WHERE n.supersedes_id = d.id) AS current
       FROM jury_decisions d JOIN users u ON u.id = d.decided_by_id
      WHERE d.jury_id = :juryId AND (CAST(:studentId AS uuid) IS NULL OR d.student_id = CAST(:studentId AS uuid))
      ORDER BY d.decided_at DESC, d.id`,
    { juryId, studentId },
  );
  return rows.map((r) => ({
    ...toDecision(r),
    current: Boolean(r['current']),
    enrolmentId: String(r['enrolment_id']),
  }));
}

export function toDecision(r: Record<string, unknown>): JuryDecisionDto {
  return {
    id: String(r['id']),
    studentId: String(r['student_id']),
    decision: r['decision'] as Decision,
    honours: (r['honours'] as string | null) ?? null,
    honoursLabelFr: (r['honours_label_fr'] as string | null) ?? null,
    honoursLabelEn: (r['honours_label_en'] as string | null) ?? null,
    finalGrade:
      r['final_grade'] === null || r['final_grade'] === undefined ? null : Number(r['final_grade']),
    rulesMet: Boolean(r['rules_met']),
    exemptionReason: (r['exemption_reason'] as string | null) ?? null,
    remaining: (r['remaining'] as string | null) ?? null,
    remainingItems: (r['remaining_items'] as RemainingItem[]) ?? [],
    supersedesId: (r['supersedes_id'] as string | null) ?? null,
    correctionReason: (r['correction_reason'] as string | null) ?? null,
    decidedBy: String(r['decided_by'] ?? ''),
    decidedAt: new Date(r['decided_at'] as string).toISOString(),
  };
}

/** The enrolment of each student of the cohort (a decision names it). */
export async function enrolmentsOf(
  manager: EntityManager,
  cohortId: string,
): Promise<Map<string, string>> {
  const rows = await namedQuery<{ id: string; student_id: string }>(
    manager,
    `SELECT e.id, e.student_id FROM enrolments e WHERE e.cohort_id = :cohortId`,
    { cohortId },
  );
  return new Map(rows.map((e) => [e.student_id, e.id]));
}
