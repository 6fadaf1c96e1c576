import { Client } from 'pg';

export default async function globalTeardown(): Promise<void> {
  const name = process.env['CLIQUE_IT_DATABASE_NAME'];
  if (!name || process.env['KEEP_TEST_DATABASE']) return;
  const admin = new Client({ connectionString: process.env['CLIQUE_IT_SERVER_URL'] });
  await admin.connect();
  await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
  await admin.end();
}
