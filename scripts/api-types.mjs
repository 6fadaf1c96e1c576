#!/usr/bin/env node
// Generates the frontend's API types from the backend's OpenAPI document:
//   node scripts/api-types.mjs          writes frontend/src/app/core/api/schema.d.ts and
//                                       error-codes.ts (the ErrorCode enum as a value, for tests)
//   node scripts/api-types.mjs --check  fails if either file is stale (npm test runs this)
// Needs the built backend (npx nx run backend:build). The app boots on an in-memory embedded
// PostgreSQL; nothing listens on a port.
import { readFileSync, writeFileSync, existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import openapiTS, { astToString } from 'openapi-typescript';
import * as prettier from 'prettier';

const require = createRequire(import.meta.url);
const target = 'frontend/src/app/core/api/schema.d.ts';
const errorCodesTarget = 'frontend/src/app/core/api/error-codes.ts';
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
  preparedStatements: false,
  bufferLogs: false,
});
// As main.ts does: the schema first (the job queue starts with the app and needs its tables).
await app.get(require('typeorm').DataSource).runMigrations({ transaction: 'each' });
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
const format = async (source, filepath) =>
  prettier.format(source, { ...(await prettier.resolveConfig(filepath)), filepath });
const errorCodes = document.components?.schemas?.ErrorCode?.enum;
if (!Array.isArray(errorCodes)) {
  console.error(
    'The OpenAPI document has no ErrorCode enum (see backend/src/common/problem.dto.ts).',
  );
  process.exit(1);
}
const outputs = [
  [
    target,
    await format(banner + astToString(await openapiTS(document, { alphabetize: true })), target),
  ],
  [errorCodesTarget, await format(errorCodesSource(errorCodes), errorCodesTarget)],
];

if (check) {
  let stale = false;
  for (const [file, formatted] of outputs) {
    const current = existsSync(file) ? readFileSync(file, 'utf8') : '';
    if (current !== formatted) {
      console.error(`${file} is stale: run \`npm run api:types\` and commit the result.`);
      stale = true;
    } else {
      console.log(`${file} matches the API.`);
    }
  }
  if (stale) process.exit(1);
} else {
  for (const [file, formatted] of outputs) {
    writeFileSync(file, formatted);
    console.log(`Wrote ${file}.`);
  }
}

/** The codes as a value: the frontend's translation test walks them. */
function errorCodesSource(codes) {
  return (
    banner +
    '/** Every `code` the API may answer with (the `ErrorCode` enum of its OpenAPI document). */\n' +
    `export const ERROR_CODES = ${JSON.stringify(codes)} as const;\n\n` +
    'export type ErrorCode = (typeof ERROR_CODES)[number];\n'
  );
}
