import 'reflect-metadata';
import { Client } from 'pg';
import { DataSource } from 'typeorm';
import { typeormOptions } from '../typeorm-options';
import { DEMO_PEOPLE, loadDemoData } from './demo-data';
import { DemoCalendar } from './demo-calendar';
import { demoLicenceCohortName, LICENCE_STUDENT_EMAILS } from './demo-licence';
import { demoCohortName } from './demo-programme';

/** On a database of its own: the demo loads only into an empty one. */
describe('demo data', () => {
  const server =
    process.env['CLIQUE_IT_SERVER_URL'] ?? 'postgres://postgres@127.0.0.1:5432/postgres';
  const name = `clique_demo_${Date.now()}_${process.pid}`;
  let db: DataSource;

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
  });

  afterAll(async () => {
    await db.destroy();
    const admin = new Client({ connectionString: server });
    await admin.connect();
    await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    await admin.end();
  });

  it('loads the MCMS programme: four modules, this academic year’s cohort with its instructors and students', async () => {
    expect(await loadDemoData(db)).toBe(true);
    const [programme] = await db.query(
      `SELECT code, grading_scale, time_zone FROM programmes WHERE code = 'MCMS'`,
    );
    expect(programme).toEqual({ code: 'MCMS', grading_scale: 'CH_6', time_zone: 'Europe/Zurich' });
    const modules = await db.query(
      `SELECT m.code, cardinality(m.learning_outcomes) AS outcomes FROM course_modules m
        JOIN programmes p ON p.id = m.programme_id WHERE p.code = 'MCMS' ORDER BY m.position`,
    );
    expect(modules.map((m: { code: string }) => m.code)).toEqual(['I', 'II', 'III', 'IV']);
    expect(modules.every((m: { outcomes: number }) => m.outcomes >= 3)).toBe(true);
    const [cohort] = await db.query(
      `SELECT c.name, c.status,
              (SELECT count(*)::int FROM cohort_instructors ci WHERE ci.cohort_id = c.id) AS instructors,
              (SELECT count(*)::int FROM enrolments e WHERE e.cohort_id = c.id) AS students,
              (SELECT count(*)::int FROM enrolments e WHERE e.cohort_id = c.id AND e.employer_id IS NOT NULL) AS work_study
         FROM cohorts c WHERE c.name LIKE 'MCMS %'`,
    );
    const calendar = new DemoCalendar(new Date());
    expect(cohort).toEqual({
      name: demoCohortName(calendar),
      status: calendar.cohortStatus,
      instructors: 2,
      students: DEMO_PEOPLE.filter(
        (p) => p.role === 'student' && !LICENCE_STUDENT_EMAILS.has(p.email),
      ).length,
      work_study: 3,
    });
    const [{ partners }] = await db.query(
      `SELECT count(*)::int AS partners FROM partner_organisations`,
    );
    expect(partners).toBe(7);
  });

  it('gives MCMS the Swiss diploma’s rules, its module IV holding the project', async () => {
    const rules = await db.query(
      `SELECT r.kind, coalesce(r.threshold, r.max_count)::float8 AS value
         FROM diploma_rules r JOIN programmes p ON p.id = r.programme_id
        WHERE p.code = 'MCMS' ORDER BY r.position`,
    );
    expect(rules).toEqual([
      { kind: 'overall_average', value: 4 },
      { kind: 'max_below_pass', value: 1 },
      { kind: 'module_minimum', value: 3 },
      { kind: 'attendance', value: 80 },
      { kind: 'project_grade', value: 4 },
    ]);
    const [mcms] = await db.query(
      `SELECT preset, grade_step::float8 AS step, final_rounding::float8 AS rounding,
              (SELECT code FROM course_modules m WHERE m.programme_id = p.id AND m.kind = 'project') AS project
         FROM programmes p WHERE code = 'MCMS'`,
    );
    expect(mcms).toEqual({ preset: 'ch_diploma', step: 0.5, rounding: 0.5, project: 'IV' });
  });

  it('loads the Licence pro TIC ARC: two semesters, six units of 60 ECTS, UE 5 projet + stage, its cohort', async () => {
    const [programme] = await db.query(
      `SELECT p.grading_scale, p.time_zone, p.preset, p.average_weighting, p.keep_passed_modules,
              (SELECT sum(m.ects)::float8 FROM course_modules m WHERE m.programme_id = p.id) AS ects,
              (SELECT array_agg(title ORDER BY position) FROM programme_periods pp WHERE pp.programme_id = p.id) AS periods
         FROM programmes p WHERE p.code = 'LP-TIC-ARC'`,
    );
    expect(programme).toEqual({
      grading_scale: 'FR_20',
      time_zone: 'Europe/Paris',
      preset: 'fr_licence_pro',
      average_weighting: 'ects',
      keep_passed_modules: true,
      ects: 60,
      periods: ['Semestre 1', 'Semestre 2'],
    });
    const grouped = await db.query(
      `SELECT m.kind, g.title FROM course_modules m JOIN module_groups g ON g.id = m.group_id
         JOIN programmes p ON p.id = m.programme_id WHERE p.code = 'LP-TIC-ARC' ORDER BY m.position`,
    );
    expect(grouped).toEqual([
      { kind: 'project', title: 'UE 5 projet + stage' },
      { kind: 'work_period', title: 'UE 5 projet + stage' },
    ]);
    const rules = await db.query(
      `SELECT r.kind, r.threshold::float8 AS threshold, g.title AS "group"
         FROM diploma_rules r JOIN programmes p ON p.id = r.programme_id
         LEFT JOIN module_groups g ON g.id = r.group_id
        WHERE p.code = 'LP-TIC-ARC' ORDER BY r.position`,
    );
    expect(rules).toEqual([
      { kind: 'overall_average', threshold: 10, group: null },
      { kind: 'group_average', threshold: 10, group: 'UE 5 projet + stage' },
      { kind: 'attendance', threshold: 80, group: null },
    ]);
    const [cohort] = await db.query(
      `SELECT c.name,
              (SELECT count(*)::int FROM cohort_instructors ci WHERE ci.cohort_id = c.id) AS instructors,
              (SELECT count(*)::int FROM enrolments e WHERE e.cohort_id = c.id) AS students,
              (SELECT count(*)::int FROM enrolments e WHERE e.cohort_id = c.id AND e.employer_id IS NOT NULL) AS work_study
         FROM cohorts c JOIN programmes p ON p.id = c.programme_id WHERE p.code = 'LP-TIC-ARC'`,
    );
    expect(cohort).toEqual({
      name: demoLicenceCohortName(new DemoCalendar(new Date())),
      instructors: 1,
      students: 10,
      work_study: 4,
    });
  });

  it('dates its academic year around today: sessions held and ahead, talks held only once given', async () => {
    const [cohort] = await db.query(
      `SELECT starts_on <= current_date AS started, ends_on > current_date AS not_over,
              extract(isodow FROM starts_on)::int AS opening_weekday FROM cohorts
        WHERE name LIKE 'MCMS %'`,
    );
    expect(cohort).toEqual({ started: expect.any(Boolean), not_over: true, opening_weekday: 3 });
    const [sessions] = await db.query(
      `SELECT count(*) FILTER (WHERE ends_at <= now())::int AS held,
              count(*) FILTER (WHERE starts_at > now())::int AS ahead FROM sessions`,
    );
    expect(sessions.ahead).toBeGreaterThan(0);
    if (cohort.started) expect(sessions.held).toBeGreaterThan(0);
    const stale = await db.query(
      `SELECT i.status, s.title FROM invitations i JOIN sessions s ON s.id = i.session_id
        WHERE (i.status = 'held' AND s.ends_at > now())
           OR (i.status IN ('draft', 'invited') AND s.starts_at <= now())`,
    );
    expect(stale).toEqual([]);
    const [{ future }] = await db.query(
      `SELECT ((SELECT count(*) FROM invitation_events WHERE occurred_at > now())
             + (SELECT count(*) FROM project_events WHERE created_at > now())
             + (SELECT count(*) FROM project_feedback WHERE created_at > now())
             + (SELECT count(*) FROM syntheses WHERE submitted_at > now()))::int AS future`,
    );
    expect(future).toBe(0);
  });

  it('loads nothing into a database that has users', async () => {
    expect(await loadDemoData(db)).toBe(false);
    const [{ n }] = await db.query(`SELECT count(*)::int AS n FROM programmes`);
    expect(n).toBe(2);
  });
});
