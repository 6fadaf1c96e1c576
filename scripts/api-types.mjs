#!/usr/bin/env node
// Generates the frontend's API types from the backend's OpenAPI document:
//   node scripts/api-types.mjs          writes frontend/src/app/core/api/schema.d.ts
//   node scripts/api-types.mjs --check  fails if that file is stale (npm test runs this)
// Needs the built backend (npx nx run backend:build). The app boots on an in-memory embedded
// PostgreSQL; nothing listens on a port.
import { readFileSync, writeFileSync, existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import openapiTS, { astToString } from 'openapi-typescript';
import * as prettier from 'prettier';

const require = createRequire(import.meta.url);
const target = 'frontend/src/app/core/api/schema.d.ts';
const check = process.argv.includes('--check');

if (!existsSync('dist/backend/app.factory.js')) {
  console.error('Build the backend first: npx nx run backend:build');
  process.exit(1);
}
require('reflect-metadata');
const { createApp } = require('../dist/backend/app.factory.js');
const { loadConfig } = require('../dist/backend/config/config.js');
const { startEmbeddedPostgres } = require('../dist/backend/database/embedded-postgres.js');

const pg = await startEmbeddedPostgres(undefined);
const app = await createApp({
  config: loadConfig({ NODE_ENV: 'test', LOG_LEVEL: 'silent', STATIC_DIR: '/nonexistent' }),
  databaseUrl: pg.url,
  poolSize: 1,
  bufferLogs: false,
});
await app.init();
const response = await app
  .getHttpAdapter()
  .getInstance()
  .inject({ method: 'GET', url: '/api/docs-json' });
await app.close();
await pg.stop();

const document = JSON.parse(response.body);
const banner =
  "// Generated from the backend's OpenAPI document by scripts/api-types.mjs. Do not edit.\n";
const source = banner + astToString(await openapiTS(document, { alphabetize: true }));
const formatted = await prettier.format(source, {
  ...(await prettier.resolveConfig(target)),
  filepath: target,
});

if (check) {
  const current = existsSync(target) ? readFileSync(target, 'utf8') : '';
  if (current !== formatted) {
    console.error(`${target} is stale: run \`npm run api:types\` and commit the result.`);
    process.exit(1);
  }
  console.log(`${target} matches the API.`);
} else {
  writeFileSync(target, formatted);
  console.log(`Wrote ${target}.`);
}
