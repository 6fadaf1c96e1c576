import 'reflect-metadata';
import { Client } from 'pg';
import { DataSource } from 'typeorm';
import { attendanceRate } from '../../attendance/attendance-rate';
import { typeormOptions } from '../typeorm-options';
import { loadDemoData } from './demo-data';

/** The demo's attendance, on a database of its own, as of a day in the autumn term. */
describe('demo attendance', () => {
  const server =
    process.env['CLIQUE_IT_SERVER_URL'] ?? 'postgres://postgres@127.0.0.1:5432/postgres';
  const name = `clique_demo_att_${Date.now()}_${process.pid}`;
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
    await loadDemoData(db);
  }, 60_000);

  afterAll(async () => {
    await db.destroy();
    const admin = new Client({ connectionString: server });
    await admin.connect();
    await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    await admin.end();
  });

  async function rates(): Promise<Map<string, number | null>> {
    const rows = await db.query<{ email: string; status: 'present'; minutes: number }[]>(
      `SELECT u.email, o.status, o.minutes FROM attendance_outcomes o
         JOIN users u ON u.id = o.student_id`,
    );
    const by = new Map<string, { status: 'present'; minutes: number }[]>();
    for (const r of rows) by.set(r.email, [...(by.get(r.email) ?? []), r]);
    return new Map([...by].map(([email, lines]) => [email, attendanceRate(lines, false).rate]));
  }

  it('takes attendance at every held session: realistic rates, one student near the 80 % limit', async () => {
    const [{ held }] = await db.query(
      `SELECT count(*)::int AS held FROM attendance_parts WHERE held`,
    );
    const [{ records }] = await db.query(`SELECT count(*)::int AS records FROM attendance_records`);
    if (held < 6) {
      // Early in the year (or in the summer before it): too little has been held for a story.
      expect(records).toBeGreaterThanOrEqual(0);
      return;
    }
    const r = await rates();
    expect(r.get('camille.rochat@clique.test')).toBe(100);
    const theo = r.get('theo.girard@clique.test') ?? 0;
    expect(theo).toBeGreaterThanOrEqual(80);
    expect(theo).toBeLessThan(90);
    const [excused] = await db.query(
      `SELECT excuse_reason FROM attendance_records WHERE status = 'excused'`,
    );
    expect(excused.excuse_reason).toMatch(/médical/);
    const [{ absent, late, drawn }] = await db.query(
      `SELECT count(*) FILTER (WHERE status = 'absent')::int AS absent,
              count(*) FILTER (WHERE status = 'late')::int AS late,
              count(*) FILTER (WHERE signature_method = 'drawn')::int AS drawn
         FROM attendance_records`,
    );
    expect(absent).toBeGreaterThan(0);
    expect(late).toBeGreaterThan(0);
    expect(drawn).toBeGreaterThan(0);
  });

  it('signs nothing in the future and certifies the held sheets', async () => {
    const [{ future }] = await db.query(
      `SELECT count(*)::int AS future FROM attendance_records WHERE signed_at > now()`,
    );
    expect(future).toBe(0);
    const [{ uncertified }] = await db.query(
      `SELECT count(*)::int AS uncertified FROM attendance_parts ap
        WHERE ap.held AND EXISTS (SELECT 1 FROM attendance_records r WHERE r.session_id = ap.session_id)
          AND NOT EXISTS (SELECT 1 FROM attendance_certifications ac
                           WHERE ac.session_id = ap.session_id AND ac.part = ap.part)`,
    );
    expect(uncertified).toBe(0);
  });
});
