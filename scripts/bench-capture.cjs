// Preloaded into the API by `npm run bench` (node --require scripts/bench-capture.cjs main.js):
// records the SQL each request marked `x-bench-capture: <label>` runs, so that
// scripts/bench-bare.mjs can answer the same URL with the same statements and no framework.
// Unmarked requests and the background (job queue, timers) are not recorded: the label travels
// with the request's asynchronous context, from the HTTP server's `request` event to the
// driver's `Client.query`. Each statement becomes one JSON line in BENCH_CAPTURE_FILE:
// { label, seq, checkout, text, values, name, start, end } (times in ms since the process
// started), `checkout` naming one pool checkout (the statements that ran on one client between
// taking it from the pool and giving it back, say a transaction).
'use strict';
const { AsyncLocalStorage } = require('node:async_hooks');
const { appendFileSync } = require('node:fs');
const http = require('node:http');
const path = require('node:path');

const file = process.env.BENCH_CAPTURE_FILE;
if (!file) throw new Error('bench-capture: set BENCH_CAPTURE_FILE');
const als = new AsyncLocalStorage();

// The `pg` the API's TypeORM loads (from the checkout it runs in), and the one at its root.
const root = process.cwd();
const pgPaths = new Set();
for (const from of [root, 'typeorm']) {
  try {
    const dir = from === root ? root : path.dirname(require.resolve(from, { paths: [root] }));
    pgPaths.add(require.resolve('pg', { paths: [dir] }));
  } catch {
    /* not resolvable from there */
  }
}
if (pgPaths.size === 0) throw new Error(`bench-capture: no pg resolvable from ${root}`);

let checkouts = 0;
let seq = 0;
for (const p of pgPaths) {
  const pg = require(p);
  // The values as the driver sends them (a Date as its text, say), so the replay sends the same.
  const { prepareValue } = require(path.join(path.dirname(p), 'utils'));
  const wire = (v) => {
    const x = prepareValue(v);
    return Buffer.isBuffer(x) ? { base64: x.toString('base64') } : x;
  };
  const connect = pg.Pool.prototype.connect;
  pg.Pool.prototype.connect = function (cb) {
    const mark = (client) => {
      if (client) client.__benchCheckout = ++checkouts;
      return client;
    };
    if (typeof cb !== 'function') return connect.call(this).then(mark);
    return connect.call(this, (err, client, release) => cb(err, mark(client), release));
  };
  const query = pg.Client.prototype.query;
  pg.Client.prototype.query = function (...args) {
    const label = als.getStore();
    if (label === undefined) return query.apply(this, args);
    const [config, values] = args;
    const isObject = config !== null && typeof config === 'object';
    const entry = {
      label,
      seq: ++seq,
      checkout: this.__benchCheckout ?? 0,
      text: isObject ? config.text : config,
      values: ((isObject ? config.values : undefined) ?? (Array.isArray(values) ? values : [])).map(
        wire,
      ),
      name: isObject && config.name ? config.name : null,
      start: performance.now(),
    };
    const done = () => {
      entry.end = performance.now();
      appendFileSync(file, JSON.stringify(entry) + '\n');
    };
    const cbIndex = args.findIndex((a) => typeof a === 'function');
    if (cbIndex >= 0) {
      const cb = args[cbIndex];
      args[cbIndex] = function (...r) {
        done();
        return cb.apply(this, r);
      };
      return query.apply(this, args);
    }
    const result = query.apply(this, args);
    if (result && typeof result.then === 'function') result.then(done, done);
    else done(); // a submittable (a stream): recorded as issued
    return result;
  };
}

// The label enters with the request: everything the handler does after inherits it.
const emit = http.Server.prototype.emit;
http.Server.prototype.emit = function (event, req, ...rest) {
  const label = event === 'request' ? req.headers['x-bench-capture'] : undefined;
  if (typeof label !== 'string') return emit.call(this, event, req, ...rest);
  return als.run(label, () => emit.call(this, event, req, ...rest));
};
