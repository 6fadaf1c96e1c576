import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import { parseSignaturePng } from '../attendance';
import {
  ALWAYS,
  enrolmentCountsSql,
  juryDecidable,
  juryReadable,
  type Viewer,
} from '../common/access';
import { pgError, UNIQUE_VIOLATION } from '../common/db-errors';
import { badRequest, conflict, notFound } from '../common/problem';
import { namedQuery } from '../common/sql';
import { ProgressService } from '../progress';
import { SCALES } from '../programmes';
import type {
  CreateJuryDto,
  JuryBoardDto,
  JuryBoardStudentDto,
  JuryListDto,
  JuryMemberDto,
  SignJuryDto,
} from './dto/juries.dto';
import { suggestHonours } from './honours';
import { juryOutcome } from './jury-outcome';
import {
  enrolmentsOf,
  type JuryHead,
  listJuryHeads,
  loadDecisions,
  loadJuryHead,
} from './jury-rows';

/**
 * Juries: create one for a cohort, list them, the board (every student's outcome from the
 * progress computation and the decision in force, in one snapshot and a fixed number of
 * statements), the president's sign-off (once, under the jury row's lock).
 */
@Injectable()
export class JuriesService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly progress: ProgressService,
  ) {}

  async list(viewer: Viewer, cohortId?: string): Promise<JuryListDto> {
    return {
      items: await listJuryHeads(this.db.manager, juryReadable(viewer, 'j.cohort_id'), cohortId),
    };
  }

  async create(viewer: Viewer, dto: CreateJuryDto): Promise<JuryBoardDto> {
    const id = await this.db.transaction(async (m) => {
      const access = juryDecidable(viewer);
      const [cohort] = await namedQuery<{ id: string }>(
        m,
        `SELECT c.id FROM cohorts c WHERE c.id = :cohortId AND ${access.sql}`,
        { ...access.params, cohortId: dto.cohortId },
      );
      if (!cohort) throw notFound('cohort');
      const members = await this.resolveMembers(m, dto.members);
      let juryId: string;
      try {
        [{ id: juryId }] = await namedQuery<{ id: string }>(
          m,
          `INSERT INTO juries (cohort_id, held_on, created_by_id) VALUES (:cohortId, :heldOn, :me) RETURNING id`,
          { cohortId: dto.cohortId, heldOn: dto.heldOn, me: viewer.id },
        );
      } catch (error) {
        if (pgError(error, UNIQUE_VIOLATION, 'uq_juries_open_cohort'))
          throw conflict('jury.open_exists', 'This cohort already has an open jury.');
        throw error;
      }
      await namedQuery(
        m,
        `INSERT INTO jury_members (jury_id, position, user_id, name, role)
         SELECT :juryId, x.position, x.user_id, x.name, x.role
           FROM jsonb_to_recordset(CAST(:members AS jsonb)) AS x(position int, user_id uuid, name text, role text)`,
        { juryId, members: JSON.stringify(members) },
      );
      return juryId;
    });
    return this.board(viewer, id);
  }

  /** Internal members must be active instructors or admins; their name defaults to theirs. */
  private async resolveMembers(m: EntityManager, input: CreateJuryDto['members']) {
    const ids = input.flatMap((x) => (x.userId ? [x.userId] : []));
    const invalid = (i: number, message: string) =>
      badRequest('jury.member_invalid', message, [
        { field: `members.${i}`, code: 'jury.member_invalid', message },
      ]);
    if (new Set(ids).size !== ids.length) throw invalid(0, 'a member appears twice');
    const users = ids.length
      ? await namedQuery<{ id: string; display_name: string }>(
          m,
          `SELECT id, display_name FROM users WHERE id IN (:...ids) AND active AND role IN ('admin', 'instructor')`,
          { ids },
        )
      : [];
    const names = new Map(users.map((u) => [u.id, u.display_name]));
    return input.map((x, i) => {
      if (x.userId && !names.has(x.userId)) throw invalid(i, 'not an instructor or admin');
      const name = x.name ?? (x.userId ? names.get(x.userId) : undefined);
      if (!name) throw invalid(i, 'an external member needs a name');
      return { position: i + 1, user_id: x.userId ?? null, name, role: x.role ?? null };
    });
  }

  /** The board, in one snapshot: the jury, members, progress of every student, decisions. */
  async board(viewer: Viewer, juryId: string): Promise<JuryBoardDto> {
    return this.db.transaction('REPEATABLE READ', async (m) => {
      await m.query('SET LOCAL max_parallel_workers_per_gather = 0');
      const head = await loadJuryHead(m, juryId, juryReadable(viewer, 'j.cohort_id'));
      if (!head) throw notFound('jury');
      const cohortId = head.summary.cohort.id;
      // One after the other: a transaction's connection runs one statement at a time.
      const members = await this.members(m, juryId);
      const computation = await this.progress.compute(m, cohortId, null, ALWAYS, ALWAYS, true);
      const enrolmentOf = await enrolmentsOf(m, cohortId);
      const decisions = await loadDecisions(m, juryId);
      const students: JuryBoardStudentDto[] = (computation?.students ?? []).map((s) => {
        const outcome = juryOutcome(s);
        const own = decisions.filter((d) => d.studentId === s.studentId);
        const current = own.find((d) => d.current) ?? null;
        return {
          studentId: s.studentId,
          enrolmentId: enrolmentOf.get(s.studentId) ?? '',
          displayName: s.displayName,
          outcome: outcome.outcome,
          rulesMet: outcome.rulesMet,
          unmetRules: outcome.unmetRules,
          finalGrade: outcome.finalGrade,
          attendanceRate: outcome.attendanceRate,
          suggestedHonours: suggestHonours(head.honours, outcome.finalGrade)?.key ?? null,
          decision: current ? strip(current) : null,
          history: own.filter((d) => d !== current).map(strip),
        };
      });
      const scale = SCALES[head.scale];
      return {
        jury: head.summary,
        members,
        honoursLevels: head.honours,
        pass: scale.pass,
        max: scale.max,
        mayDecide: juryDecidable(viewer) === ALWAYS && head.summary.status === 'open',
        students,
      };
    });
  }

  private async members(m: EntityManager, juryId: string): Promise<JuryMemberDto[]> {
    const rows = await namedQuery<Record<string, unknown>>(
      m,
      `SELECT id, user_id, name, role FROM jury_members WHERE jury_id = :juryId ORDER BY position, id`,
      { juryId },
    );
    return rows.map((r) => ({
      id: String(r['id']),
      userId: (r['user_id'] as string | null) ?? null,
      name: String(r['name']),
      role: (r['role'] as string | null) ?? null,
    }));
  }

  /**
   * The president signs off: once (two at once sign once: the jury row is locked, the second
   * finds it signed), with a decision for every student, a drawn PNG signature.
   */
  async sign(viewer: Viewer, juryId: string, dto: SignJuryDto): Promise<JuryBoardDto> {
    const png = parseSignaturePng(dto.signature);
    if (!png) {
      throw badRequest(
        'jury.signature_invalid',
        'The signature must be a PNG image (at most 256 KiB).',
        [{ field: 'signature', code: 'jury.signature_invalid', message: 'a PNG data URL' }],
      );
    }
    await this.db.transaction(async (m) => {
      const head = await this.lockOpen(m, viewer, juryId, true);
      if (dto.presidentId) {
        const [member] = await namedQuery(
          m,
          `SELECT 1 FROM jury_members WHERE jury_id = :juryId AND user_id = :presidentId`,
          { juryId, presidentId: dto.presidentId },
        );
        if (!member)
          throw badRequest('jury.president_invalid', 'The president must be one of the members.', [
            { field: 'presidentId', code: 'jury.president_invalid', message: 'not a member' },
          ]);
      }
      const [{ missing }] = await namedQuery<{ missing: number }>(
        m,
        `SELECT count(*)::int AS missing FROM enrolments e
          WHERE e.cohort_id = :cohortId AND ${enrolmentCountsSql('e', 'reads')}
            AND NOT EXISTS (SELECT 1 FROM jury_decisions d WHERE d.jury_id = :juryId AND d.enrolment_id = e.id)`,
        { cohortId: head.summary.cohort.id, juryId },
      );
      if (missing > 0)
        throw conflict('jury.decisions_missing', `${missing} student(s) have no decision yet.`, {
          missing,
        });
      await namedQuery(
        m,
        `UPDATE juries SET status = 'signed', president_name = :name, president_id = :presidentId,
                signed_at = now(), signature_png = :png, signed_by_id = :me, updated_at = now()
          WHERE id = :juryId`,
        {
          name: dto.presidentName,
          presidentId: dto.presidentId ?? null,
          png,
          me: viewer.id,
          juryId,
        },
      );
    });
    return this.board(viewer, juryId);
  }

  /** The jury locked for a change by an admin; 409 when signed and `open` is required. */
  async lockOpen(
    m: EntityManager,
    viewer: Viewer,
    juryId: string,
    open: boolean,
  ): Promise<JuryHead> {
    const head = await loadJuryHead(m, juryId, juryDecidable(viewer), true);
    if (!head) throw notFound('jury');
    if (open && head.summary.status === 'signed')
      throw conflict(
        'jury.already_signed',
        'The president has already signed this jury’s minutes.',
      );
    return head;
  }
}

function strip<T extends { current: boolean; enrolmentId: string }>(d: T) {
  const { current: _c, enrolmentId: _e, ...rest } = d;
  return rest;
}
