import type { DataSource } from 'typeorm';
import { buildAssessment, buildGradingWorld } from '../testing/assessment-factories';
import { onOwnDatabase } from '../testing/own-database';
import { startTestApp, type TestApp } from '../testing/test-app';

/** What the database itself refuses and records, whatever the application sends. */
describe('assessments: the database rules', () => {
  let t: TestApp;
  let db: DataSource;
  beforeAll(async () => {
    t = await startTestApp();
    db = t.db;
  });
  afterAll(() => t.close());

  /** Inserts a grade with raw SQL and returns the SQLSTATE, or 'ok'. */
  async function insert(
    assessment: { id: string },
    studentId: string,
    score: number,
    by: string,
    attempt = 1,
  ): Promise<string> {
    try {
      await db.query(
        `INSERT INTO grades (assessment_id, student_id, attempt, cohort_id, scale, grade_step, score, graded_by_id)
         SELECT a.id, $2, $4, a.cohort_id, a.scale, a.grade_step, $3, $5 FROM assessments a WHERE a.id = $1`,
        [assessment.id, studentId, score, attempt, by],
      );
      return 'ok';
    } catch (error) {
      return (error as { driverError?: { code?: string } }).driverError?.code ?? 'error';
    }
  }

  it.each([
    ['CH_6', 0.5, [1, 4.5, 6], [0.5, 4.25, 6.5, 7]],
    ['CH_6', 0.25, [1, 4.25, 5.75], [4.1, 6.25, 0.75]],
    ['FR_20', 0.01, [0, 12.34, 20], [-1, 20.5, 21]],
  ] as const)(
    'refuses a %s grade off the range or off the step of %s in the database itself',
    async (scale, step, accepted, refused) => {
      const world = await buildGradingWorld(db, {
        scale,
        gradeStep: step,
        students: accepted.length + refused.length,
      });
      const a = await buildAssessment(db, world);
      const results = await Promise.all(
        [...accepted, ...refused].map((score, i) =>
          insert(a, world.students[i].id, score, world.instructor.id),
        ),
      );
      expect(results).toEqual([...accepted.map(() => 'ok'), ...refused.map(() => '23514')]);
    },
  );

  it('refuses a grade for someone not enrolled in the assessment’s cohort, and a third attempt', async () => {
    const world = await buildGradingWorld(db, { students: 1 });
    const other = await buildGradingWorld(db, { students: 1 });
    const a = await buildAssessment(db, world);
    expect(await insert(a, other.students[0].id, 4, world.instructor.id)).toBe('23503');
    expect(await insert(a, world.students[0].id, 4, world.instructor.id, 3)).toBe('23514');
  });

  it('re-checks every grade when the programme’s step changes: quarters cannot become halves while a quarter is there', async () => {
    const world = await buildGradingWorld(db, { gradeStep: 0.25, students: 1 });
    const a = await buildAssessment(db, world);
    expect(await insert(a, world.students[0].id, 4.25, world.instructor.id)).toBe('ok');
    await expect(
      db.query('UPDATE programmes SET grade_step = 0.5 WHERE id = $1', [world.programme.id]),
    ).rejects.toMatchObject({ driverError: { code: '23514' } });
    await db.query('UPDATE grades SET score = 4.5 WHERE assessment_id = $1', [a.id]);
    await db.query('UPDATE programmes SET grade_step = 0.5 WHERE id = $1', [world.programme.id]);
    const [row] = await db.query<{ grade_step: string }[]>(
      'SELECT grade_step FROM grades WHERE assessment_id = $1',
      [a.id],
    );
    expect(Number(row.grade_step)).toBe(0.5);
  });

  it('records every change with who, when, the old and new values and why', async () => {
    const world = await buildGradingWorld(db, { students: 1 });
    const a = await buildAssessment(db, world);
    const student = world.students[0].id;
    const actor = world.instructor.id;
    await db.transaction(async (m) => {
      await m.query(
        `SELECT set_config('clique.actor_id', $1, true), set_config('clique.change_reason', 'saisie', true)`,
        [actor],
      );
      await m.query(
        `INSERT INTO grades (assessment_id, student_id, attempt, cohort_id, scale, grade_step, score, comment, graded_by_id)
         VALUES ($1, $2, 1, $3, 'CH_6', 0.5, 4, 'Bien', $4)`,
        [a.id, student, world.cohort.id, actor],
      );
    });
    await db.transaction(async (m) => {
      await m.query(
        `SELECT set_config('clique.actor_id', $1, true), set_config('clique.change_reason', 'erreur de saisie', true)`,
        [actor],
      );
      await m.query('UPDATE grades SET score = 4.5 WHERE assessment_id = $1', [a.id]);
    });
    await db.transaction(async (m) => {
      await m.query(`SELECT set_config('clique.actor_id', $1, true)`, [actor]);
      await m.query('DELETE FROM grades WHERE assessment_id = $1', [a.id]);
    });
    const rows = await db.query<Record<string, unknown>[]>(
      `SELECT operation, old_score::float AS old_score, new_score::float AS new_score, old_comment,
              new_comment, changed_by_id, reason, changed_at
         FROM grade_audit WHERE assessment_id = $1 ORDER BY id`,
      [a.id],
    );
    expect(rows).toEqual([
      expect.objectContaining({
        operation: 'insert',
        old_score: null,
        new_score: 4,
        new_comment: 'Bien',
        changed_by_id: actor,
        reason: 'saisie',
      }),
      expect.objectContaining({
        operation: 'update',
        old_score: 4,
        new_score: 4.5,
        old_comment: 'Bien',
        new_comment: 'Bien',
        reason: 'erreur de saisie',
      }),
      expect.objectContaining({
        operation: 'delete',
        old_score: 4.5,
        new_score: null,
        changed_by_id: actor,
        reason: null,
      }),
    ]);
    for (const row of rows) expect(row['changed_at']).toBeInstanceOf(Date);
  });

  it('keeps the audit append-only: UPDATE, DELETE and TRUNCATE are refused', async () => {
    const world = await buildGradingWorld(db, { students: 1 });
    const a = await buildAssessment(db, world);
    expect(await insert(a, world.students[0].id, 5, world.instructor.id)).toBe('ok');
    for (const sql of [
      `UPDATE grade_audit SET new_score = 6 WHERE assessment_id = '${a.id}'`,
      `DELETE FROM grade_audit WHERE assessment_id = '${a.id}'`,
    ]) {
      await expect(db.query(sql)).rejects.toMatchObject({ driverError: { code: '42501' } });
    }
    // TRUNCATE locks the table before its trigger refuses: on a database of its own, so that
    // no other spec's grading waits on it (or deadlocks with it).
    await onOwnDatabase('audit_truncate', (db) =>
      expect(db.query('TRUNCATE grade_audit')).rejects.toMatchObject({
        driverError: { code: '42501' },
      }),
    );
    const [{ n }] = await db.query<{ n: number }[]>(
      'SELECT count(*)::int AS n FROM grade_audit WHERE assessment_id = $1',
      [a.id],
    );
    expect(n).toBe(1);
  });

  it('gives effective_grades the best or the latest attempt as the programme says', async () => {
    const world = await buildGradingWorld(db, { students: 2 });
    const a = await buildAssessment(db, world);
    const [s1, s2] = world.students.map((s) => s.id);
    await insert(a, s1, 3, world.instructor.id, 1);
    await insert(a, s1, 3.5, world.instructor.id, 2);
    await insert(a, s2, 4.5, world.instructor.id, 1);
    await insert(a, s2, 3.5, world.instructor.id, 2);
    const scores = async () =>
      (
        await db.query<{ student_id: string; score: string }[]>(
          'SELECT student_id, score FROM effective_grades WHERE assessment_id = $1',
          [a.id],
        )
      ).reduce<Record<string, number>>(
        (acc, r) => ({ ...acc, [r.student_id]: Number(r.score) }),
        {},
      );
    expect(await scores()).toEqual({ [s1]: 3.5, [s2]: 4.5 });
    await db.query(`UPDATE programmes SET resit_policy = 'latest' WHERE id = $1`, [
      world.programme.id,
    ]);
    expect(await scores()).toEqual({ [s1]: 3.5, [s2]: 3.5 });
  });
});
