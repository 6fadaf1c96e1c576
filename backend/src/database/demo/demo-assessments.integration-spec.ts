import 'reflect-metadata';
import { Client } from 'pg';
import { DataSource } from 'typeorm';
import { typeormOptions } from '../typeorm-options';
import { DemoCalendar } from './demo-calendar';
import { loadDemoData } from './demo-data';
import { demoCohortName } from './demo-programme';

/** On a database of its own: the demo loads only into an empty one. */
describe('demo data: assessments', () => {
  const server =
    process.env['CLIQUE_IT_SERVER_URL'] ?? 'postgres://postgres@127.0.0.1:5432/postgres';
  const name = `clique_demo_assess_${Date.now()}_${process.pid}`;
  let db: DataSource;
  const calendar = new DemoCalendar(new Date());

  beforeAll(async () => {
    const admin = new Client({ connectionString: server });
    await admin.connect();
    await admin.query(`CREATE DATABASE ${name}`);
    await admin.end();
    const url = new URL(server);
    url.pathname = `/${name}`;
    db = new DataSource(typeormOptions({ url: url.toString(), poolSize: 2 }));
    await db.initialize();
    await db.runMigrations({ transaction: 'each' });
    expect(await loadDemoData(db)).toBe(true);
  });

  afterAll(async () => {
    await db.destroy();
    const admin = new Client({ connectionString: server });
    await admin.connect();
    await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    await admin.end();
  });

  it('grades every active student in each course module held so far, released a fortnight after its last session', async () => {
    const rows = await db.query<
      {
        code: string;
        kind: string;
        released: boolean;
        due_passed_fortnight: boolean;
        graded: number;
        students: number;
      }[]
    >(
      `SELECT m.code, a.kind, a.released_at IS NOT NULL AS released,
              a.due_on + 14 <= CAST($2 AS date) AS due_passed_fortnight,
              (SELECT count(*)::int FROM grades g WHERE g.assessment_id = a.id) AS graded,
              (SELECT count(*)::int FROM enrolments e WHERE e.cohort_id = c.id AND e.status = 'active') AS students
         FROM assessments a JOIN cohorts c ON c.id = a.cohort_id JOIN course_modules m ON m.id = a.module_id
        WHERE c.name = $1 AND a.kind IN ('exam', 'assignment') ORDER BY m.position`,
      [demoCohortName(calendar), calendar.now.toISODate()],
    );
    const held = await db.query<{ code: string }[]>(
      `SELECT DISTINCT m.code, m.position FROM sessions s JOIN cohorts c ON c.id = s.cohort_id
         JOIN course_modules m ON m.id = s.module_id
        WHERE c.name = $1 AND m.kind = 'course' AND s.status <> 'cancelled' AND s.ends_at <= $2
        ORDER BY m.position`,
      [demoCohortName(calendar), calendar.now.toJSDate()],
    );
    expect(rows.map((r) => r.code)).toEqual(held.map((h) => h.code));
    for (const r of rows) {
      expect(r.graded).toBe(r.students);
      expect(r.released).toBe(r.due_passed_fortnight);
    }
  });

  it('defines the study project’s assessment from the project’s grades, and every grade is in the audit log', async () => {
    const [project] = await db.query<{ n: number }[]>(
      `SELECT count(*)::int AS n FROM assessments a JOIN cohorts c ON c.id = a.cohort_id
        WHERE c.name = $1 AND a.kind = 'project' AND a.from_project_grades`,
      [demoCohortName(calendar)],
    );
    expect(project.n).toBe(1);
    const [counts] = await db.query<{ grades: number; audit: number }[]>(
      `SELECT (SELECT count(*)::int FROM grades) AS grades,
              (SELECT count(*)::int FROM grade_audit WHERE operation = 'insert') AS audit`,
    );
    expect(counts.audit).toBe(counts.grades);
  });

  it('grades the synthesis of a held talk for every synthesis handed in', async () => {
    const rows = await db.query<{ handed_in: number; graded: number }[]>(
      `SELECT (SELECT count(*)::int FROM syntheses y WHERE y.session_id = a.session_id AND y.submitted_at IS NOT NULL) AS handed_in,
              (SELECT count(*)::int FROM grades g WHERE g.assessment_id = a.id) AS graded
         FROM assessments a JOIN cohorts c ON c.id = a.cohort_id
        WHERE c.name = $1 AND a.kind = 'synthesis'`,
      [demoCohortName(calendar)],
    );
    for (const r of rows) expect(r.graded).toBe(r.handed_in);
  });
});
