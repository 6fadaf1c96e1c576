#!/usr/bin/env node
// How long a big JSON reply takes to write: JSON.stringify against the serializer compiled from
// the route's response DTO (`@CompiledResponse()`, common/compiled-response.ts), on a calendar
// of 100 sessions shaped as `GET /api/sessions` answers (SessionListDto, about 110 KB, as a
// student's year). In this process, no HTTP; prints the median and p95 per call of each.
// Build first: npx nx run backend:build. The OpenAPI document is the app's own (booted on an
// in-memory embedded PostgreSQL, as scripts/api-types.mjs does).
//   node scripts/bench-serialize.mjs        (BENCH_SESSIONS, BENCH_RUNS to change them)
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { PerformanceObserver, performance } from 'node:perf_hooks';

const require = createRequire(import.meta.url);
const SESSIONS = Number(process.env.BENCH_SESSIONS ?? 100);
const RUNS = Number(process.env.BENCH_RUNS ?? 2000);

if (!existsSync('dist/backend/common/compiled-response.js')) {
  console.error('Build the backend first: npx nx run backend:build');
  process.exit(1);
}
require('reflect-metadata');
const { createApp } = require('../dist/backend/app.factory.js');
const { loadConfig } = require('../dist/backend/config/config.js');
const { startEmbeddedPostgres } = require('../dist/backend/database/embedded-postgres.js');
const {
  compileResponseSerializer,
  serializationDrift,
} = require('../dist/backend/common/compiled-response.js');

async function openApiDocument() {
  const pg = await startEmbeddedPostgres(undefined);
  const app = await createApp({
    config: loadConfig({ NODE_ENV: 'test', LOG_LEVEL: 'silent', STATIC_DIR: '/nonexistent' }),
    databaseUrl: pg.url,
    poolSize: 1,
    bufferLogs: false,
  });
  await app.get(require('typeorm').DataSource).runMigrations({ transaction: 'each' });
  await app.init();
  const response = await app
    .getHttpAdapter()
    .getInstance()
    .inject({ method: 'GET', url: '/api/docs-json' });
  await app.close();
  await pg.stop();
  return response.json();
}

const uuid = (i) => `0b6f3c1e-4a55-4a8e-9f0e-${String(i).padStart(12, '0')}`;
const person = (i) => ({ id: uuid(1000 + i), displayName: `Formatrice ${i} Dupont-Müller` });

/** A session as SessionReadsService writes one: ISO strings, nulls, a speaker now and then. */
function session(i) {
  const start = new Date(Date.UTC(2026, 8, 1 + i * 3, 7));
  const iso = (d) => d.toISOString();
  return {
    id: uuid(i),
    cohort: { id: uuid(1), name: 'Volée 2026–2027 Lausanne' },
    programme: {
      id: uuid(2),
      code: 'CAS-CM',
      title: 'Certificat en community management et médias sociaux',
      timeZone: 'Europe/Zurich',
    },
    module:
      i % 4 ? { id: uuid(3 + (i % 3)), code: `M${i % 6}`, title: 'Stratégie de contenu' } : null,
    title: `Séance ${i} : stratégie éditoriale « social media »`,
    description:
      i % 3 ? 'Lire le chapitre 2 avant la séance ; apporter un exemple de campagne.' : '',
    kind: i % 7 === 3 ? 'guest_talk' : 'lecture',
    startsAt: iso(start),
    endsAt: iso(new Date(start.getTime() + 3 * 3600_000)),
    timeZone: 'Europe/Zurich',
    room:
      i % 3
        ? {
            id: uuid(9),
            name: 'Salle B-204',
            address: 'Avenue de Rhodanie 2, 1007 Lausanne',
            capacity: 24,
          }
        : null,
    onlineUrl: i % 3 ? null : 'https://meet.example.org/cas-cm-2026',
    materials: i % 2 ? [{ label: 'Slides', url: 'https://files.example.org/slides.pdf' }] : [],
    status: i % 17 === 5 ? 'cancelled' : 'scheduled',
    cancelledAt: i % 17 === 5 ? iso(start) : null,
    cancellationReason: i % 17 === 5 ? 'Grève des transports' : null,
    sequence: i % 3,
    seriesId: i % 2 ? uuid(500) : null,
    instructors: i % 5 ? [person(1)] : [person(1), person(2)],
    speakers:
      i % 7 === 3
        ? [
            {
              invitationId: uuid(700 + i),
              speakerId: uuid(800 + i),
              fullName: 'Lucie Martin',
              organisation: 'La Poste',
              jobTitle: 'Responsable des réseaux sociaux',
              talkTitle: 'Un métier en mouvement',
              status: 'confirmed',
            },
          ]
        : [],
    canManage: false,
    createdAt: iso(new Date(Date.UTC(2026, 5, 1))),
    updatedAt: iso(new Date(Date.UTC(2026, 6, 1))),
  };
}

const gcPauses = [];
new PerformanceObserver((list) =>
  gcPauses.push(...list.getEntries().map((e) => e.duration)),
).observe({
  entryTypes: ['gc'],
});
const tick = () => new Promise((resolve) => setTimeout(resolve, 20));

/**
 * Times `fn` RUNS times, in rounds alternating with the other variants (so a busy machine
 * weighs on both alike), and counts the GC pauses during its runs. `encode` also writes the
 * string out as UTF-8, as the socket does: a string built by concatenation is flattened then.
 */
async function bench(variants) {
  const stats = variants.map(() => ({ samples: [], gcCount: 0, gcMs: 0, bytes: 0 }));
  for (const [, fn] of variants) for (let i = 0; i < 200; i++) fn(); // warm up, let V8 optimise
  const rounds = 10;
  for (let round = 0; round < rounds; round++) {
    for (const [index, [, fn]] of variants.entries()) {
      await tick();
      gcPauses.length = 0;
      const s = stats[index];
      for (let i = 0; i < RUNS / rounds; i++) {
        const t0 = performance.now();
        s.bytes = fn();
        s.samples.push(performance.now() - t0);
      }
      await tick();
      s.gcCount += gcPauses.length;
      s.gcMs += gcPauses.reduce((a, b) => a + b, 0);
    }
  }
  return stats.map((s, index) => {
    s.samples.sort((a, b) => a - b);
    const at = (q) => s.samples[Math.min(s.samples.length - 1, Math.floor(q * s.samples.length))];
    return { label: variants[index][0], bytes: s.bytes, median: at(0.5), p95: at(0.95), ...s };
  });
}

const document = await openApiDocument();
const { serialize } = compileResponseSerializer(document, 'get', '/api/sessions');
const list = {
  items: Array.from({ length: SESSIONS }, (_, i) => session(i)),
  from: '2026-08-31T22:00:00.000Z',
  to: '2027-07-31T22:00:00.000Z',
};
const drift = serializationDrift(serialize, list);
if (drift.length) {
  console.error('The compiled serializer does not write what JSON.stringify writes:', drift);
  process.exit(1);
}
const results = await bench([
  ['JSON.stringify', () => JSON.stringify(list).length],
  ['compiled', () => serialize(list).length],
  ['JSON.stringify+encode', () => Buffer.byteLength(JSON.stringify(list))],
  ['compiled+encode', () => Buffer.byteLength(serialize(list))],
]);
console.log(
  `SessionListDto, ${SESSIONS} sessions, ${RUNS} runs each (ms per reply; GC during the runs)`,
);
for (const r of results)
  console.log(
    `  ${r.label.padEnd(22)} ${(r.bytes / 1024).toFixed(1)} KB  median ${r.median.toFixed(3)}  ` +
      `p95 ${r.p95.toFixed(3)}  GC ${r.gcCount} pauses, ${r.gcMs.toFixed(1)} ms`,
  );
const ratio = (a, b) => (results[a].median / results[b].median).toFixed(2);
console.log(`  compiled / JSON.stringify (median): ${ratio(1, 0)}; with encoding: ${ratio(3, 2)}`);
