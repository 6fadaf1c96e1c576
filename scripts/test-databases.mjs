// The databases test runs create on TEST_DATABASE_URL's server are named
// `clique_<kind>_<time>_<pid>` (e2e: e2e/serve.mjs, it: backend/test/global-setup.ts,
// demo: the demo-data integration spec; weight, bench<n>: scripts/page-weight.mjs, bench.mjs).
// Each run drops its own; this sweeps those an interrupted run left behind: only names of that
// shape, only when the server is on this machine (so the pid is one of ours), and only when that
// process is gone.
import pg from 'pg';

const TEST_DATABASE = /^clique_(e2e|it|demo|weight|bench\d*)_\d+_(\d+)$/;
const LOOPBACK = new Set(['127.0.0.1', 'localhost', '[::1]', '::1', '']);

function alive(pid) {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return error.code === 'EPERM';
  }
}

/** Drops the test databases whose creating process has ended; returns their names. */
export async function sweepTestDatabases(serverUrl) {
  if (!LOOPBACK.has(new URL(serverUrl).hostname)) return [];
  const client = new pg.Client({ connectionString: serverUrl });
  await client.connect();
  try {
    const { rows } = await client.query(
      `SELECT datname FROM pg_database WHERE datname LIKE 'clique\\_%'`,
    );
    const stale = rows
      .map((row) => row.datname)
      .filter((name) => {
        const match = TEST_DATABASE.exec(name);
        return match && !alive(Number(match[2]));
      });
    for (const name of stale) await client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    return stale;
  } finally {
    await client.end();
  }
}
