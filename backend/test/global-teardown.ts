import { Client } from 'pg';

export async function dropDatabase(serverUrl: string, name: string): Promise<void> {
  const admin = new Client({ connectionString: serverUrl });
  await admin.connect();
  try {
    await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
  } finally {
    await admin.end();
  }
}

export default async function globalTeardown(): Promise<void> {
  const name = process.env['CLIQUE_IT_DATABASE_NAME'];
  const server = process.env['CLIQUE_IT_SERVER_URL'];
  if (!name || !server || process.env['KEEP_TEST_DATABASE']) return;
  await dropDatabase(server, name);
}
