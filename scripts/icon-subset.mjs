#!/usr/bin/env node
// Builds the icon font the app ships: Material Symbols Outlined cut down to the icons the
// frontend uses. The full variable font is ~3.9 MB with 6,646 icons and is `font-display: block`,
// so every first visit waited on it; the app uses about 130 icons.
//
// 1. Collects icon names from frontend/src (templates and TS data, see collectIconNames).
// 2. Shapes each name with HarfBuzz against the FULL font: a name is an icon when its ligature
//    turns it into exactly one glyph.
// 3. Subsets with hb-subset: the letters the names are made of, plus the icon glyphs (and their
//    filled alternates), with layout closure OFF (otherwise GSUB would pull in all 6,646
//    ligatures), GSUB and the variation axes (FILL, wght, GRAD, opsz) kept.
// 4. Verifies the subset: every name still shapes to one glyph, with the full font's advance and
//    outline, at the default instance and at the extremes of the axes.
// 5. Writes frontend/src/generated/material-symbols-outlined.woff2 (Angular hashes it into
//    media/) and a stamp, so a second run with the same names and font does nothing.
//
// Usage:
//   node scripts/icon-subset.mjs                 build (skipped when up to date)
//   node scripts/icon-subset.mjs --check         fail if the built font lacks an icon in use
//   node scripts/icon-subset.mjs --list          print the names found, with where they are used
//   options: --src <dir> (default frontend/src), --out <file> (the font to write or check),
//            --force (build even when up to date)
// Names built at run time, which no scan can see, go in frontend/src/icons.extra.json:
//   { "names": ["some_icon"] }
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
// TypeScript, HarfBuzz and fontverter load lazily: an up-to-date run (every `npm start` after
// the first) reads the sources and the stamp and loads none of them.
let ts;
let hb;
let fontverter;
async function loadTools() {
  ts ??= (await import('typescript')).default;
  hb ??= await import('harfbuzzjs');
  fontverter ??= (await import('fontverter')).default;
}

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
export const FULL_FONT = join(
  root,
  'node_modules/material-symbols/material-symbols-outlined.woff2',
);
export const DEFAULT_SRC = join(root, 'frontend/src');
export const DEFAULT_OUT = join(root, 'frontend/src/generated/material-symbols-outlined.woff2');
const SUBSET_WASM = join(root, 'node_modules/harfbuzzjs/dist/harfbuzz-subset.wasm');
const EXTRA_FILE = 'icons.extra.json';

// hb-subset.h: keep the GSUB rules among the glyphs we name instead of closing the glyph set
// over every ligature the kept letters could form.
const HB_SUBSET_FLAGS_NO_LAYOUT_CLOSURE = 0x200;
const HB_SUBSET_SETS_LAYOUT_FEATURE_TAG = 6;
const HB_MEMORY_MODE_WRITABLE = 2;

// FILL is not only interpolated: GSUB feature variations swap each icon for a filled glyph when
// FILL nears 1 (home is glyph 3766, 3767 filled). Without layout closure hb-subset keeps that
// swap only if the filled glyph is kept too, so each name is shaped at every corner of the axes
// (min, default, max of each: 81 instances) and every glyph it turns into is kept.
// The verification draws each icon at the default, at each axis's min and max alone, and at the
// two extreme corners.

const NAME = /^[a-z0-9_]+$/;
// A name held in a variable or returned by a function counts as resolved when that variable or
// function follows the convention the TS scan reads (icon, icons, kindIcons, ruleIcon(), …).
const ICON_HOLDER = /(^|[a-z_])(icons?|Icons?|ICONS?)$/;

// --- Collecting names ------------------------------------------------------------------------

/**
 * @typedef {{ names: Map<string, Set<string>>, dynamic: { where: string, expr: string }[] }} Found
 * names: icon name -> the places ("file:line") that use it; dynamic: expressions in icon
 * positions that no rule resolves (printed, so that their names go in icons.extra.json).
 */

/** The files the names come from: templates and TS, without specs, .d.ts and generated/. */
function sourceFiles(srcDir) {
  return readdirSync(srcDir, { recursive: true, withFileTypes: true })
    .filter((d) => d.isFile() && /\.(html|ts)$/.test(d.name) && !/\.(spec|d)\.ts$/.test(d.name))
    .map((d) => join(d.parentPath ?? d.path, d.name))
    .filter((f) => !relative(srcDir, f).split(/[\\/]/).includes('generated'))
    .concat(existsSync(join(srcDir, EXTRA_FILE)) ? [join(srcDir, EXTRA_FILE)] : [])
    .sort();
}

/** Scans srcDir's templates and TS for icon names. */
export async function collectIconNames(srcDir = DEFAULT_SRC) {
  await loadTools();
  /** @type {Found} */
  const found = { names: new Map(), dynamic: [] };
  for (const file of sourceFiles(srcDir)) {
    const text = readFileSync(file, 'utf8');
    const where = relative(root, file);
    if (file.endsWith('.html')) scanTemplate(text, where, 0, found);
    // Every rule needs "icon" in the text (mat-icon, icon:, kindIcons…): skip the rest unparsed.
    else if (file.endsWith('.ts') && /icon/i.test(text)) scanTs(text, where, found);
  }
  const extra = join(srcDir, EXTRA_FILE);
  if (existsSync(extra)) {
    const { names = [] } = JSON.parse(readFileSync(extra, 'utf8'));
    for (const name of names) addName(found, name, relative(root, extra));
  }
  return found;
}

function addName(found, name, where) {
  // An empty string is a deliberate blank (a menu's unchecked item keeps its indent).
  if (name === '') return;
  if (!found.names.has(name)) found.names.set(name, new Set());
  found.names.get(name).add(where);
}

function lineAt(text, index) {
  let line = 1;
  for (let i = 0; i < index; i++) if (text.charCodeAt(i) === 10) line++;
  return line;
}

/** Records what an expression in an icon position can evaluate to. */
function addExpression(expr, where, found) {
  const source = ts.createSourceFile('expr.ts', `(${expr});`, ts.ScriptTarget.Latest, true);
  const statement = source.statements[0];
  if (!statement || !ts.isExpressionStatement(statement)) {
    found.dynamic.push({ where, expr: expr.trim() });
    return;
  }
  addResults(statement.expression, where, found);
}

/**
 * The string literals an expression can RESULT in: both arms of a ternary, both sides of ?? and
 * ||, never the operands of a comparison (`state === 'skip' ? 'block' : 'check_circle'` gives
 * block and check_circle, not skip). Anything else is dynamic: resolved by the holder convention
 * or reported.
 */
function addResults(node, where, found) {
  if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) {
    addName(found, node.text, where);
  } else if (
    ts.isParenthesizedExpression(node) ||
    ts.isAsExpression(node) ||
    ts.isSatisfiesExpression(node) ||
    ts.isNonNullExpression(node) ||
    ts.isTypeAssertionExpression(node)
  ) {
    addResults(node.expression, where, found);
  } else if (ts.isConditionalExpression(node)) {
    addResults(node.whenTrue, where, found);
    addResults(node.whenFalse, where, found);
  } else if (
    ts.isBinaryExpression(node) &&
    [ts.SyntaxKind.QuestionQuestionToken, ts.SyntaxKind.BarBarToken].includes(
      node.operatorToken.kind,
    )
  ) {
    addResults(node.left, where, found);
    addResults(node.right, where, found);
  } else if (
    ts.isBinaryExpression(node) &&
    node.operatorToken.kind === ts.SyntaxKind.AmpersandAmpersandToken
  ) {
    addResults(node.right, where, found);
  } else if (
    node.kind === ts.SyntaxKind.NullKeyword ||
    (ts.isIdentifier(node) && node.text === 'undefined')
  ) {
    // `cond ? 'x' : null`: no icon on that side.
  } else if (!ICON_HOLDER.test(holderName(node) ?? '')) {
    found.dynamic.push({ where, expr: node.getText() });
  }
}

/** `icons[k]` -> icons, `button.icon` -> icon, `ruleIcon(r)` -> ruleIcon, `icon()` -> icon. */
function holderName(node) {
  if (ts.isIdentifier(node)) return node.text;
  if (ts.isPropertyAccessExpression(node)) return node.name.text;
  if (ts.isElementAccessExpression(node)) return holderName(node.expression);
  if (ts.isCallExpression(node)) return holderName(node.expression);
  if (ts.isParenthesizedExpression(node) || ts.isNonNullExpression(node)) {
    return holderName(node.expression);
  }
  return undefined;
}

const MAT_ICON = /<mat-icon\b((?:[^>"']|"[^"]*"|'[^']*')*)>([\s\S]*?)<\/mat-icon\s*>/g;
const INTERPOLATION = /\{\{([\s\S]*?)\}\}/g;
// `icon="x"` / `[icon]="expr"` on any element: the inputs of cq-home-section and cq-error-page,
// which put the value in a mat-icon (`{{ icon() }}`).
const ICON_INPUT = /\s(\[?)(icon|fontIcon)\]?\s*=\s*"([^"]*)"/g;

/** Scans an Angular template (a file, or an inline `template:` starting at offset in its TS). */
function scanTemplate(source, where, firstLine, found) {
  // A commented-out icon is not in use; blanking the comment keeps the line numbers.
  const text = source.replace(/<!--[\s\S]*?-->/g, (c) => c.replace(/[^\n]/g, ' '));
  const at = (index) => `${where}:${firstLine + lineAt(text, index)}`;
  for (const m of text.matchAll(ICON_INPUT)) {
    const [, bound, , value] = m;
    if (bound) addExpression(value, at(m.index), found);
    else addName(found, value.trim(), at(m.index));
  }
  for (const m of text.matchAll(MAT_ICON)) {
    const content = m[2];
    const contentAt = m.index + m[0].indexOf('>') + 1;
    // Text around the interpolations is a ligature too (`<mat-icon>home</mat-icon>`).
    const literal = content.replace(INTERPOLATION, ' ').trim();
    if (literal) addName(found, literal, at(contentAt + content.indexOf(literal)));
    for (const i of content.matchAll(INTERPOLATION)) {
      addExpression(i[1], at(contentAt + i.index), found);
    }
  }
}

/** Angular's `input()`, `input.required()` and `model()`: their values come from templates. */
function isInputCall(node) {
  if (!ts.isCallExpression(node)) return false;
  const callee = node.expression.getText();
  return /^(input|input\.required|model|model\.required)$/.test(callee);
}

/** Scans a TS file: inline templates, and icon names held in data (see ICON_HOLDER). */
function scanTs(text, where, found) {
  const source = ts.createSourceFile(where, text, ts.ScriptTarget.Latest, true);
  const at = (node) =>
    `${where}:${source.getLineAndCharacterOfPosition(node.getStart(source)).line + 1}`;
  const nameOf = (node) =>
    node.name && (ts.isIdentifier(node.name) || ts.isStringLiteral(node.name))
      ? node.name.text
      : undefined;

  /** The values of a holder: a record of names, a list, a function's returns, an expression. */
  const addHeld = (value) => {
    if (isInputCall(value)) return;
    if (ts.isObjectLiteralExpression(value)) {
      for (const p of value.properties) {
        if (ts.isPropertyAssignment(p)) addHeld(p.initializer);
      }
    } else if (ts.isArrayLiteralExpression(value)) {
      for (const e of value.elements) addHeld(e);
    } else if (ts.isArrowFunction(value) || ts.isFunctionExpression(value)) {
      addReturns(value);
    } else if (
      ts.isCallExpression(value) &&
      value.expression.getText() === 'computed' &&
      value.arguments[0]
    ) {
      addReturns(value.arguments[0]);
    } else if (ts.isAsExpression(value) || ts.isSatisfiesExpression(value)) {
      addHeld(value.expression);
    } else {
      addResults(value, at(value), found);
    }
  };
  const addReturns = (fn) => {
    if (fn.body && !ts.isBlock(fn.body)) {
      addHeld(fn.body);
      return;
    }
    const walk = (node) => {
      if (ts.isReturnStatement(node) && node.expression) addHeld(node.expression);
      else if (!ts.isFunctionLike(node)) ts.forEachChild(node, walk);
    };
    if (fn.body) ts.forEachChild(fn.body, walk);
  };

  const visit = (node) => {
    const name = nameOf(node);
    if (
      ts.isPropertyAssignment(node) &&
      name === 'template' &&
      (ts.isNoSubstitutionTemplateLiteral(node.initializer) || ts.isStringLiteral(node.initializer))
    ) {
      const line = source.getLineAndCharacterOfPosition(node.initializer.getStart(source)).line;
      scanTemplate(node.initializer.text, where, line, found);
    } else if (name && ICON_HOLDER.test(name)) {
      if (
        (ts.isPropertyAssignment(node) ||
          ts.isVariableDeclaration(node) ||
          ts.isPropertyDeclaration(node)) &&
        node.initializer
      ) {
        addHeld(node.initializer);
        return;
      }
      if (
        (ts.isFunctionDeclaration(node) ||
          ts.isMethodDeclaration(node) ||
          ts.isGetAccessorDeclaration(node)) &&
        node.body
      ) {
        addReturns(node);
        return;
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
}

// --- Fonts -----------------------------------------------------------------------------------

/** Reads a font file (woff2 or sfnt) into a HarfBuzz font, keeping its sfnt bytes. */
export async function loadFont(file) {
  await loadTools();
  const bytes = readFileSync(file);
  const sfnt = await fontverter.convert(bytes, 'sfnt');
  const face = new hb.Face(new hb.Blob(sfnt));
  return { bytes, sfnt, face, font: new hb.Font(face) };
}

/** Every combination of each axis's min, default and max ([] is the default instance). */
function axisCorners(face) {
  let instances = [[]];
  for (const [tag, a] of Object.entries(face.getAxisInfos())) {
    const values = [...new Set([a.min, a.default, a.max])];
    instances = instances.flatMap((vs) =>
      values.map((v) => (v === a.default ? vs : [...vs, `${tag}=${v}`])),
    );
  }
  return instances;
}

function verifyInstances(face) {
  const axes = Object.entries(face.getAxisInfos());
  return [
    [],
    ...axes.flatMap(([tag, a]) => [[`${tag}=${a.min}`], [`${tag}=${a.max}`]]),
    axes.map(([tag, a]) => `${tag}=${a.min}`),
    axes.map(([tag, a]) => `${tag}=${a.max}`),
  ];
}

function setInstance(font, instance) {
  font.setVariations(instance.map((v) => hb.Variation.fromString(v)));
}

function shapeText(font, text) {
  const buffer = new hb.Buffer();
  buffer.addText(text);
  buffer.guessSegmentProperties();
  hb.shape(font, buffer);
  const glyphs = buffer.getGlyphInfos().map((g) => g.codepoint);
  const advances = buffer.getGlyphPositions().map((p) => p.xAdvance);
  return { glyphs, advances };
}

/**
 * The glyph a name's ligature makes at an instance (default: the font's default), or why it is
 * not an icon: the name must be [a-z0-9_] and shape to one glyph that is not simply the glyph of
 * its only letter.
 */
export function iconGlyph({ font }, name, instance = []) {
  if (!NAME.test(name)) return { error: 'is not an icon name (only a-z, 0-9 and _)' };
  setInstance(font, instance);
  const { glyphs, advances } = shapeText(font, name);
  setInstance(font, []);
  if (glyphs.length !== 1) {
    return { error: `is not an icon (it shapes to ${glyphs.length} glyphs)` };
  }
  if (name.length === 1 && glyphs[0] === font.glyph(name.codePointAt(0))) {
    return { error: 'is not an icon (a single letter)' };
  }
  return { glyph: glyphs[0], advance: advances[0] };
}

/**
 * Finds the glyphs each name becomes in the full font, at every corner of its axes (the filled
 * alternates included). The errors name the places that use a name that is no icon.
 */
export function resolveGlyphs(full, names) {
  const corners = axisCorners(full.face);
  const glyphs = new Set();
  const errors = [];
  for (const [name, where] of names) {
    const r = iconGlyph(full, name);
    if (r.error) {
      errors.push(`"${name}" ${r.error}, used at ${[...where].join(', ')}`);
      continue;
    }
    for (const instance of corners) {
      const at = iconGlyph(full, name, instance);
      if (at.error) errors.push(`"${name}" at ${instance.join(',')} ${at.error}`);
      else glyphs.add(at.glyph);
    }
  }
  return { glyphs, errors };
}

let subsetWasm;
async function subsetExports() {
  if (!subsetWasm) {
    const { instance } = await WebAssembly.instantiate(readFileSync(SUBSET_WASM));
    subsetWasm = instance.exports;
    subsetWasm._initialize?.();
  }
  return subsetWasm;
}

/**
 * Cuts the full font (sfnt bytes) down to the given icon glyphs and the letters of the names.
 * Returns sfnt bytes.
 */
export async function subsetFont(fullSfnt, names, glyphIds) {
  const x = await subsetExports();
  const fontPtr = x.malloc(fullSfnt.length);
  new Uint8Array(x.memory.buffer).set(fullSfnt, fontPtr);
  const blob = x.hb_blob_create(fontPtr, fullSfnt.length, HB_MEMORY_MODE_WRITABLE, 0, 0);
  const face = x.hb_face_create(blob, 0);
  x.hb_blob_destroy(blob);
  const input = x.hb_subset_input_create_or_fail();
  try {
    if (!input) throw new Error('hb_subset_input_create_or_fail failed');
    const unicodes = x.hb_subset_input_unicode_set(input);
    for (const ch of new Set([...names].join(''))) x.hb_set_add(unicodes, ch.codePointAt(0));
    const glyphs = x.hb_subset_input_glyph_set(input);
    for (const g of glyphIds) x.hb_set_add(glyphs, g);
    // Keep every layout feature: the ligatures live in rlig/rclt, not liga, and without closure
    // a feature only carries rules among the glyphs kept.
    const features = x.hb_subset_input_set(input, HB_SUBSET_SETS_LAYOUT_FEATURE_TAG);
    x.hb_set_clear(features);
    x.hb_set_invert(features);
    x.hb_subset_input_set_flags(
      input,
      x.hb_subset_input_get_flags(input) | HB_SUBSET_FLAGS_NO_LAYOUT_CLOSURE,
    );
    const subset = x.hb_subset_or_fail(face, input);
    if (!subset) throw new Error('hb_subset_or_fail failed');
    const out = x.hb_face_reference_blob(subset);
    const data = x.hb_blob_get_data(out, 0);
    const bytes = Buffer.from(new Uint8Array(x.memory.buffer, data, x.hb_blob_get_length(out)));
    x.hb_blob_destroy(out);
    x.hb_face_destroy(subset);
    return bytes;
  } finally {
    if (input) x.hb_subset_input_destroy(input);
    x.hb_face_destroy(face);
    x.free(fontPtr);
  }
}

function outline(font, glyph, instance) {
  setInstance(font, instance);
  const path = font.glyphToPath(glyph);
  setInstance(font, []);
  return path;
}

/**
 * Checks that every name is an icon of `subset` drawn as in `full`: the same advance and outline
 * at each verification instance (so the variation data and the filled alternates are right).
 * Returns the problems, empty when all is well.
 */
export function verifySubset(full, subset, names) {
  const instances = verifyInstances(full.face);
  const problems = [];
  for (const [name, where] of names) {
    const used = `used at ${[...where].join(', ')}`;
    const want = iconGlyph(full, name);
    if (want.error) {
      problems.push(`"${name}" ${want.error}, ${used}`);
      continue;
    }
    const got = iconGlyph(subset, name);
    if (got.error) {
      problems.push(`"${name}" is missing from the subset font (${got.error}), ${used}`);
      continue;
    }
    const differs = instances.find((instance) => {
      const w = iconGlyph(full, name, instance);
      const g = iconGlyph(subset, name, instance);
      return (
        g.error ||
        g.advance !== w.advance ||
        outline(subset.font, g.glyph, instance) !== outline(full.font, w.glyph, instance)
      );
    });
    if (differs) {
      const at = differs.length ? differs.join(',') : 'the default instance';
      problems.push(`"${name}" is drawn differently in the subset font at ${at}, ${used}`);
    }
  }
  return problems;
}

function glyphCount(face) {
  const maxp = face.referenceTable('maxp');
  return maxp ? (maxp[4] << 8) | maxp[5] : 0;
}

// --- Command line ----------------------------------------------------------------------------

/**
 * The stamp has two lines. `inputs` hashes this script, the full font and every source file:
 * equal, nothing changed and nothing is parsed. `names` hashes this script, the full font and
 * the names: equal after a source edit that changed no icon, the font is still right.
 */
function hashOf(parts) {
  const hash = createHash('sha256');
  hash.update(readFileSync(fileURLToPath(import.meta.url)));
  hash.update(readFileSync(FULL_FONT));
  for (const part of parts) hash.update(part).update('\0');
  return hash.digest('hex');
}
const inputsHash = (src) => hashOf(sourceFiles(src).flatMap((f) => [f, readFileSync(f)]));
const namesHash = (names) => hashOf([...names.keys()].sort());

function readStamp(out) {
  const file = `${out}.stamp`;
  if (!existsSync(out) || !existsSync(file)) return {};
  const [inputs, names] = readFileSync(file, 'utf8').split('\n');
  return { inputs, names };
}

function argValue(args, flag, fallback) {
  const i = args.indexOf(flag);
  return i >= 0 && args[i + 1] ? resolve(args[i + 1]) : fallback;
}

function fail(lines) {
  console.error(`icon-subset: ${lines[0]}`);
  for (const line of lines.slice(1)) console.error(`  - ${line}`);
  process.exitCode = 1;
}

const kb = (n) => `${(n / 1024).toFixed(1)} kB`;

export async function main(args = process.argv.slice(2)) {
  const started = Date.now();
  const src = argValue(args, '--src', DEFAULT_SRC);
  const out = argValue(args, '--out', DEFAULT_OUT);
  const building = !args.includes('--list') && !args.includes('--check');
  const force = args.includes('--force');
  const stamp = readStamp(out);
  const inputs = inputsHash(src);
  if (building && !force && stamp.inputs === inputs) {
    console.log(`icon-subset: ${relative(root, out)} is up to date`);
    return;
  }
  const found = await collectIconNames(src);
  for (const d of found.dynamic) {
    console.warn(
      `icon-subset: cannot tell which icon ${d.where} shows ({{ ${d.expr} }}); ` +
        `list its names in ${relative(root, join(src, EXTRA_FILE))}`,
    );
  }

  if (args.includes('--list')) {
    const list = Object.fromEntries(
      [...found.names].sort(([a], [b]) => a.localeCompare(b)).map(([n, w]) => [n, [...w]]),
    );
    console.log(JSON.stringify(list, null, 2));
    return;
  }

  if (args.includes('--check')) {
    if (!existsSync(out)) {
      fail([`${relative(root, out)} does not exist: run node scripts/icon-subset.mjs`]);
      return;
    }
    const [full, subset] = await Promise.all([loadFont(FULL_FONT), loadFont(out)]);
    const problems = verifySubset(full, subset, found.names);
    if (problems.length) {
      fail([
        `${relative(root, out)} does not draw every icon in use ` +
          `(node scripts/icon-subset.mjs rebuilds it):`,
        ...problems,
      ]);
      return;
    }
    console.log(`icon-subset: ${found.names.size} icons in use, all in ${relative(root, out)}`);
    return;
  }

  const names = namesHash(found.names);
  if (!force && stamp.names === names) {
    writeFileSync(`${out}.stamp`, `${inputs}\n${names}\n`);
    console.log(`icon-subset: ${relative(root, out)} is up to date (${found.names.size} icons)`);
    return;
  }

  const full = await loadFont(FULL_FONT);
  const { glyphs, errors } = resolveGlyphs(full, found.names);
  if (errors.length) {
    fail(['these names in the frontend are not Material Symbols icons:', ...errors]);
    return;
  }
  const sfnt = await subsetFont(full.sfnt, found.names.keys(), glyphs);
  const subset = { sfnt, face: new hb.Face(new hb.Blob(sfnt)) };
  subset.font = new hb.Font(subset.face);
  const problems = verifySubset(full, subset, found.names);
  if (problems.length) {
    fail(['the subset font is wrong (a bug in this script or in hb-subset):', ...problems]);
    return;
  }
  const woff2 = await fontverter.convert(sfnt, 'woff2');
  mkdirSync(dirname(out), { recursive: true });
  writeFileSync(out, woff2);
  writeFileSync(`${out}.stamp`, `${inputs}\n${names}\n`);
  console.log(
    `icon-subset: ${found.names.size} icons, ${glyphCount(subset.face)} of ` +
      `${glyphCount(full.face)} glyphs, ${kb(full.bytes.length)} -> ${kb(woff2.length)} ` +
      `(${relative(root, out)}, ${((Date.now() - started) / 1000).toFixed(1)} s)`,
  );
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  await main();
}
