#!/usr/bin/env node
// Runs after the Angular build (`nx run frontend:build`): writes a brotli (.br) and a gzip (.gz)
// copy beside every compressible file of the built app, which the API serves by content
// negotiation (@fastify/static's preCompressed), and preloads in index.html every module of
// main.js's static import closure, so the browser fetches them at once instead of discovering
// them one level at a time. Idempotent: running it twice changes nothing.
// Usage: node scripts/compress-static.mjs [dir]   (default dist/frontend/browser)
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { fileURLToPath } from 'node:url';

const COMPRESSIBLE = /\.(js|mjs|css|html|json|svg|txt|xml|webmanifest|map|ico)$/;
/** Below this size a compressed copy saves less than the request's own overhead. */
const MIN_BYTES = 512;

function walk(dir) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? walk(path) : [path];
  });
}

/** The modules main.js imports statically, transitively (not the lazy `import()` chunks). */
export function staticImportClosure(dir, entry) {
  const seen = new Set();
  const visit = (file) => {
    if (seen.has(file)) return;
    seen.add(file);
    const source = readFileSync(join(dir, file), 'utf8');
    // `import{a as b}from"./chunk-X.js"`, `import"./chunk-Y.js"`, `export*from"./z.js"`:
    // a static import or re-export names its module right after `from` or `import`, never
    // after `import(`.
    const pattern = /(?:\bimport|\bfrom|\bexport\s*\*\s*from)\s*["'](\.\/[^"']+\.js)["']/g;
    for (const match of source.matchAll(pattern)) visit(match[1].slice(2));
  };
  visit(entry);
  seen.delete(entry);
  return [...seen].sort();
}

/** index.html with a modulepreload link for each file of the closure it does not preload yet. */
export function addModulePreloads(html, files) {
  const missing = files.filter((file) => !html.includes(`href="${file}"`));
  if (missing.length === 0) return { html, added: [] };
  const links = missing.map((file) => `<link rel="modulepreload" href="${file}">`).join('');
  return { html: html.replace('</head>', `${links}</head>`), added: missing };
}

export function compressDirectory(dir) {
  const indexPath = join(dir, 'index.html');
  const index = readFileSync(indexPath, 'utf8');
  const main = /<script src="(main-[A-Z0-9]+\.js)" type="module"><\/script>/.exec(index)?.[1];
  let added = [];
  if (main) {
    const result = addModulePreloads(index, staticImportClosure(dir, main));
    added = result.added;
    if (added.length) writeFileSync(indexPath, result.html);
  }
  let raw = 0;
  let brotli = 0;
  let gzip = 0;
  const files = walk(dir).filter((path) => COMPRESSIBLE.test(path));
  for (const path of files) {
    const content = readFileSync(path);
    raw += content.length;
    if (content.length < MIN_BYTES) {
      brotli += content.length;
      gzip += content.length;
      continue;
    }
    const br = brotliCompressSync(content, {
      params: {
        [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY,
        [constants.BROTLI_PARAM_SIZE_HINT]: content.length,
      },
    });
    const gz = gzipSync(content, { level: 9 });
    writeFileSync(`${path}.br`, br);
    writeFileSync(`${path}.gz`, gz);
    brotli += br.length;
    gzip += gz.length;
  }
  return { files: files.length, raw, brotli, gzip, preloaded: added, main };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const dir = process.argv[2] ?? 'dist/frontend/browser';
  const result = compressDirectory(dir);
  const kb = (n) => `${(n / 1024).toFixed(0)} KB`;
  console.log(
    `Compressed ${result.files} files in ${relative(process.cwd(), dir) || dir}: ${kb(result.raw)} → brotli ${kb(result.brotli)}, gzip ${kb(result.gzip)}; ${result.preloaded.length} module(s) of ${result.main ?? 'main.js'} added to the preloads.`,
  );
}
