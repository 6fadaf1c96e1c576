import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';

/**
 * The import graph between the top-level folders of backend/src (the domains, plus `common`,
 * `config`, `database`, `testing` and `app` for the files at the root) must have no cycle: a
 * domain that needs another calls its exported service, and the dependency points one way.
 * Test code is left out: specs, and test support in a `testing/` folder inside an area (a test
 * may set up data in any domain).
 */
const SRC = resolve(__dirname, '..');
/** Shared layers: they import no domain, so that every domain may import them. */
const LAYERS = ['common', 'config'];
/** Wiring that may import every domain, and that no domain imports. */
const WIRING = ['app', 'database', 'testing'];

type Graph = Map<string, Map<string, string>>; // from → to → one file that makes the edge

const IMPORT =
  /(?:\bfrom\s+|\bimport\s*\(\s*|\bimport\s+|\brequire\s*\(\s*)['"](\.{1,2}\/[^'"]+)['"]/g;

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    const source = entry.name.endsWith('.ts') && !entry.name.endsWith('.d.ts');
    const test = /\.(spec|integration-spec)\.ts$/.test(entry.name) || isTestSupport(path);
    return source && !test ? [path] : [];
  });
}

/** A file in a `testing/` folder below an area (backend/src/testing/ itself is an area). */
function isTestSupport(path: string): boolean {
  return relative(SRC, path).split(sep).slice(1, -1).includes('testing');
}

/**
 * The top-level folder of a path under backend/src (`../scheduling`, a domain's index, is the
 * folder itself); `app` for the files at its root.
 */
function areaOf(path: string): string {
  const parts = relative(SRC, path).split(sep);
  if (parts.length > 1) return parts[0];
  return path.endsWith('.ts') || existsSync(`${path}.ts`) ? 'app' : parts[0];
}

export function importGraph(root = SRC): Graph {
  const graph: Graph = new Map();
  for (const file of sourceFiles(root)) {
    const from = areaOf(file);
    const edges = graph.get(from) ?? new Map<string, string>();
    graph.set(from, edges);
    for (const [, spec] of readFileSync(file, 'utf8').matchAll(IMPORT)) {
      const to = areaOf(resolve(dirname(file), spec));
      if (to !== from && !edges.has(to)) edges.set(to, relative(root, file));
    }
  }
  return graph;
}

/** One cycle of the graph as a path that ends where it starts, or null when it has none. */
export function findCycle(
  graph: ReadonlyMap<string, ReadonlyMap<string, unknown>>,
): string[] | null {
  const done = new Set<string>();
  const path: string[] = [];
  const visit = (node: string): string[] | null => {
    const open = path.indexOf(node);
    if (open >= 0) return [...path.slice(open), node];
    if (done.has(node)) return null;
    path.push(node);
    for (const next of [...(graph.get(node)?.keys() ?? [])].sort()) {
      const cycle = visit(next);
      if (cycle) return cycle;
    }
    path.pop();
    done.add(node);
    return null;
  };
  for (const node of [...graph.keys()].sort()) {
    const cycle = visit(node);
    if (cycle) return cycle;
  }
  return null;
}

/** `a → b (a/x.ts) → a (b/y.ts)`: each step with a file that makes it. */
function describeCycle(graph: Graph, cycle: string[]): string {
  return cycle
    .map((node, i) => (i === 0 ? node : `${node} (${graph.get(cycle[i - 1])?.get(node)})`))
    .join(' → ');
}

const fixture = (edges: Record<string, string[]>): Graph =>
  new Map(
    Object.entries(edges).map(([from, tos]) => [
      from,
      new Map(tos.map((to) => [to, `${from}/x.ts`])),
    ]),
  );

describe('the import graph between backend domains', () => {
  const graph = importGraph();

  it('has no cycle', () => {
    const cycle = findCycle(graph);
    expect(cycle && describeCycle(graph, cycle)).toBeNull();
  });

  it('keeps common/ and config/ free of any domain, so every domain may use them', () => {
    const reached = LAYERS.flatMap((layer) =>
      [...(graph.get(layer) ?? new Map<string, string>())]
        .filter(([to]) => !LAYERS.includes(to))
        .map(([to, file]) => `${layer} → ${to} (${file})`),
    );
    expect(reached).toEqual([]);
  });

  it('is not imported from by any domain for the wiring (app, database, testing)', () => {
    const into = [...graph]
      .filter(([from]) => !WIRING.includes(from))
      .flatMap(([from, edges]) =>
        [...edges]
          .filter(([to]) => WIRING.includes(to))
          .map(([to, file]) => `${from} → ${to} (${file})`),
      );
    expect(into).toEqual([]);
  });

  it('sees the domains and their edges (the check reads the real sources)', () => {
    expect([...graph.keys()]).toEqual(
      expect.arrayContaining(['scheduling', 'speakers', 'calendars', 'projects', 'common']),
    );
    expect(graph.get('speakers')?.has('scheduling')).toBe(true);
  });

  it('finds a cycle in a deliberately cyclic graph, and none once it is broken', () => {
    const cyclic = fixture({ a: ['b'], b: ['c'], c: ['a', 'd'], d: [] });
    expect(findCycle(cyclic)).toEqual(['a', 'b', 'c', 'a']);
    expect(describeCycle(cyclic, ['a', 'b', 'c', 'a'])).toBe(
      'a → b (a/x.ts) → c (b/x.ts) → a (c/x.ts)',
    );
    expect(findCycle(fixture({ a: ['b', 'c'], b: ['c'], c: ['d'], d: [] }))).toBeNull();
    expect(findCycle(fixture({ a: ['b'], b: ['a'] }))).toEqual(['a', 'b', 'a']);
  });
});
