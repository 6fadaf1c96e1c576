import 'reflect-metadata';
import { Client } from 'pg';
import { DataSource } from 'typeorm';
import { typeormOptions } from '../typeorm-options';
import { loadDemoData } from './demo-data';

/** The demo cohort's veille, on a database of its own. */
describe('demo veille', () => {
  const server =
    process.env['CLIQUE_IT_SERVER_URL'] ?? 'postgres://postgres@127.0.0.1:5432/postgres';
  const name = `clique_demo_veille_${Date.now()}_${process.pid}`;
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

  it('has topics, a team of four with specialties, previewed posts in the past, debates and a pinned question', async () => {
    const [c] = await db.query(
      `SELECT s.public_feed, s.public_key,
              (SELECT count(*)::int FROM veille_topics t WHERE t.cohort_id = s.cohort_id) AS topics,
              (SELECT count(*)::int FROM veille_team_members m WHERE m.cohort_id = s.cohort_id
                  AND m.specialty_topic_id IS NOT NULL) AS members,
              (SELECT count(*)::int FROM veille_posts p WHERE p.cohort_id = s.cohort_id
                  AND p.kind = 'link' AND p.preview_status = 'ok' AND p.created_at < now()) AS links,
              (SELECT count(*)::int FROM veille_posts p WHERE p.cohort_id = s.cohort_id
                  AND p.kind = 'question' AND p.pinned_at IS NOT NULL) AS pinned_questions,
              (SELECT count(*)::int FROM veille_posts p WHERE p.cohort_id = s.cohort_id
                  AND p.hidden_reason IS NOT NULL) AS hidden,
              (SELECT count(*)::int FROM veille_comments vc JOIN veille_posts p ON p.id = vc.post_id
                 WHERE p.cohort_id = s.cohort_id AND vc.created_at >= p.created_at) AS comments,
              (SELECT count(*)::int FROM veille_comments vc WHERE vc.parent_id IS NOT NULL) AS replies
         FROM veille_settings s`,
    );
    expect(c).toMatchObject({
      public_feed: true,
      public_key: 'mcms-veille-demo',
      topics: 6,
      members: 4,
      pinned_questions: 1,
      hidden: 1,
    });
    expect(c.links).toBeGreaterThanOrEqual(13);
    expect(c.comments).toBeGreaterThanOrEqual(15);
    expect(c.replies).toBeGreaterThanOrEqual(5);
    // Every reaction and comment comes from someone of the cohort.
    const [{ strangers }] = await db.query(
      `SELECT count(*)::int AS strangers FROM (
         SELECT r.user_id AS who, p.cohort_id FROM veille_reactions r JOIN veille_posts p ON p.id = r.post_id
         UNION ALL SELECT vc.author_id, p.cohort_id FROM veille_comments vc JOIN veille_posts p ON p.id = vc.post_id) x
        WHERE NOT EXISTS (SELECT 1 FROM enrolments e WHERE e.cohort_id = x.cohort_id AND e.student_id = x.who)
          AND NOT EXISTS (SELECT 1 FROM cohort_instructors ci WHERE ci.cohort_id = x.cohort_id AND ci.instructor_id = x.who)`,
    );
    expect(strangers).toBe(0);
  });
});
