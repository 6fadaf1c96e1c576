import 'reflect-metadata';
import { Client } from 'pg';
import { DataSource } from 'typeorm';
import { DemoCalendar, on } from './demo-calendar';
import { loadDemoData } from './demo-data';
import { typeormOptions } from '../typeorm-options';

/**
 * On a database of its own: the demo loads only into an empty one. Loaded as it stands in early
 * December of the current academic year (day 90 of its story), whatever today is, so the states
 * checked here do not change with the date the test runs; demo-data's spec checks today's load.
 */
describe('demo scheduling', () => {
  const server =
    process.env['CLIQUE_IT_SERVER_URL'] ?? 'postgres://postgres@127.0.0.1:5432/postgres';
  const name = `clique_demo_scheduling_${Date.now()}_${process.pid}`;
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
    const early = new DemoCalendar(new Date()).at(on(90, '10:00'));
    expect(await loadDemoData(db, early)).toBe(true);
  });

  afterAll(async () => {
    await db.destroy();
    const admin = new Client({ connectionString: server });
    await admin.connect();
    await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    await admin.end();
  });

  it('plans about twenty course days over the four modules, in rooms of the Maison de la Communication', async () => {
    const rooms = await db.query(`SELECT name, address FROM rooms ORDER BY name`);
    expect(rooms).toHaveLength(4);
    expect(rooms.every((r: { address: string }) => r.address.includes('Lausanne'))).toBe(true);
    const [days] = await db.query(
      `SELECT count(DISTINCT (s.starts_at AT TIME ZONE 'Europe/Zurich')::date)::int AS days,
              count(*)::int AS sessions,
              count(DISTINCT s.module_id)::int AS modules,
              count(*) FILTER (WHERE s.kind = 'guest_talk')::int AS talks,
              bool_and(EXISTS (SELECT 1 FROM session_instructors si WHERE si.session_id = s.id)) AS taught
         FROM sessions s JOIN cohorts c ON c.id = s.cohort_id
        WHERE c.name LIKE 'MCMS %' AND s.parent_id IS NULL`,
    );
    expect(days.days).toBeGreaterThanOrEqual(18);
    expect(days.days).toBeLessThanOrEqual(22);
    expect(days).toMatchObject({ modules: 4, talks: 6, taught: true });
    const opening = await db.query(
      `SELECT DISTINCT to_char(starts_at AT TIME ZONE 'Europe/Zurich', 'Dy HH24:MI') AS at
         FROM sessions s JOIN course_modules m ON m.id = s.module_id
        WHERE m.code = 'I' AND s.kind = 'guest_talk' ORDER BY 1`,
    );
    expect(opening.map((o: { at: string }) => o.at)).toEqual([
      'Fri 13:30',
      'Sat 09:00',
      'Thu 13:30',
      'Wed 13:30',
    ]);
  });

  it('gives a module IV workshop day its agenda, breaks included, in its room unless a slot names another', async () => {
    const agenda = await db.query(
      `SELECT to_char(s.starts_at AT TIME ZONE 'Europe/Zurich', 'HH24:MI') AS at, s.kind,
              COALESCE(r.name, dr.name) AS room,
              (SELECT count(*)::int FROM session_instructors si WHERE si.session_id = s.id) AS instructors
         FROM sessions s JOIN sessions d ON d.id = s.parent_id
         LEFT JOIN rooms r ON r.id = s.room_id LEFT JOIN rooms dr ON dr.id = d.room_id
        WHERE d.title = 'Atelier : mise en pratique' ORDER BY s.starts_at`,
    );
    expect(agenda.map((a: { at: string; kind: string }) => `${a.at} ${a.kind}`)).toEqual([
      '09:00 workshop',
      '10:30 break',
      '10:45 workshop',
      '12:00 break',
      '13:15 workshop',
      '15:45 exam',
    ]);
    expect(agenda.map((a: { room: string }) => a.room)).toEqual([
      'Atelier numérique',
      'Atelier numérique',
      'Atelier numérique',
      'Atelier numérique',
      'Salle Marconi',
      'Atelier numérique',
    ]);
    // Breaks are nobody's teaching; every other slot has its instructors.
    for (const a of agenda as { kind: string; instructors: number }[])
      expect(a.instructors > 0).toBe(a.kind !== 'break');
  });

  it('has the module I speakers, with invitations in every state and a dated timeline', async () => {
    const speakers = await db.query(`SELECT full_name FROM speakers ORDER BY full_name`);
    expect(speakers.map((s: { full_name: string }) => s.full_name)).toEqual([
      'Bernard Barut',
      'Sébastien Fanti',
      'Thierry Crouzet',
      'Xavier Comtesse',
    ]);
    const statuses = await db.query(
      `SELECT status, count(*)::int AS n FROM invitations GROUP BY status ORDER BY status`,
    );
    expect(statuses.map((s: { status: string }) => s.status)).toEqual([
      'confirmed',
      'declined',
      'draft',
      'held',
      'invited',
    ]);
    const [timeline] = await db.query(
      `SELECT array_agg(e.type || ':' || coalesce(e.to_status, '') ORDER BY e.occurred_at) AS steps
         FROM invitation_events e JOIN invitations i ON i.id = e.invitation_id
         JOIN speakers sp ON sp.id = i.speaker_id
        WHERE sp.full_name = 'Thierry Crouzet' AND i.status = 'held'`,
    );
    expect(timeline.steps).toEqual([
      'created:',
      'status_changed:invited',
      'link_issued:',
      'status_changed:confirmed',
      'status_changed:held',
    ]);
    const [syntheses] = await db.query(
      `SELECT count(*)::int AS n, count(submitted_at)::int AS submitted FROM syntheses`,
    );
    expect(syntheses).toEqual({ n: 2, submitted: 1 });
  });
});
