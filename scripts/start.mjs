#!/usr/bin/env node
// `npm start`: builds the API and the Angular app, then serves both from one process on
// http://localhost:3000 (PORT changes it). With DATABASE_URL unset, data lives in an embedded
// PostgreSQL (PGlite) under ./.data.
import { spawn, spawnSync } from 'node:child_process';

const env = { ...process.env, NX_NO_CLOUD: 'true', NX_DAEMON: 'false', NX_TUI: 'false' };
const started = Date.now();
console.log('Building the API and the web app (the first build takes a minute or two)…');
const build = spawnSync(
  'npx',
  ['nx', 'run-many', '-t', 'build', '-p', 'backend', 'frontend', '--outputStyle=static'],
  {
    stdio: 'inherit',
    env,
  },
);
if (build.status !== 0) {
  console.error('The build failed: see the messages above.');
  process.exit(build.status ?? 1);
}
console.log(`Built in ${((Date.now() - started) / 1000).toFixed(1)} s. Starting Clique…`);

const server = spawn(process.execPath, ['--enable-source-maps', 'dist/backend/main.js'], {
  stdio: 'inherit',
  env: process.env,
});
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => server.kill(signal));
server.on('exit', (code, signal) => process.exit(code ?? (signal ? 0 : 1)));
