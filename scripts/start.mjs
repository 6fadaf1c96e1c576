#!/usr/bin/env node
// `npm start`: builds the API and the Angular app, then serves both from one process on
// http://localhost:3000 (PORT changes it). With DATABASE_URL unset, data lives in an embedded
// PostgreSQL (PGlite) under ./.data.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const env = { ...process.env, NX_NO_CLOUD: 'true', NX_DAEMON: 'false', NX_TUI: 'false' };
const started = Date.now();
const built = () =>
  existsSync('dist/backend/main.js') && existsSync('dist/frontend/browser/index.html');
const buildArgs = ['nx', 'run-many', '-t', 'build', '-p', 'backend', 'frontend'];

console.log('Building the API and the web app (the first build takes a minute or two)…');
let build = spawnSync('npx', [...buildArgs, '--outputStyle=static'], { stdio: 'inherit', env });
if (build.status === 0 && !built()) {
  // Nx remembered a build whose files are gone (a cleared cache folder): build for real.
  build = spawnSync('npx', [...buildArgs, '--outputStyle=static', '--skip-nx-cache'], {
    stdio: 'inherit',
    env,
  });
}
if (build.status !== 0 || !built()) {
  console.error('The build failed: see the messages above.');
  process.exit(build.status || 1);
}
console.log(`Built in ${((Date.now() - started) / 1000).toFixed(1)} s. Starting Clique…`);

const server = spawn(process.execPath, ['--enable-source-maps', 'dist/backend/main.js'], {
  stdio: 'inherit',
  env: process.env,
});
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => server.kill(signal));
server.on('exit', (code, signal) => process.exit(code ?? (signal ? 0 : 1)));
