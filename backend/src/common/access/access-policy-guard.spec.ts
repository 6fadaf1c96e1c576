import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';

const SRC = join(__dirname, '..', '..');

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'testing' ? [] : sources(path);
    return /\.ts$/.test(entry.name) && !/\.(spec|integration-spec)\.ts$/.test(entry.name)
      ? [path]
      : [];
  });
}

/**
 * Access is decided in one place: outside common/access/, no code reads a viewer's role nor
 * binds the viewer into SQL of its own, nor lists the enrolment statuses that still count.
 */
describe('the one access policy', () => {
  const outside = sources(SRC).filter(
    (f) => !relative(SRC, f).startsWith(join('common', 'access')),
  );
  const offending = (pattern: RegExp) =>
    outside.filter((f) => pattern.test(readFileSync(f, 'utf8'))).map((f) => relative(SRC, f));

  it('is the only code that switches on a viewer’s role', () => {
    expect(offending(/\b(viewer|owner)\.role\b/)).toEqual([]);
  });

  it('is the only code that binds the viewer into access SQL', () => {
    expect(offending(/:viewerId\b|\bviewerId: viewer\.id\b/)).toEqual([]);
  });

  it('is the only code that decides which enrolment statuses still count', () => {
    expect(offending(/status IN \('active', 'graduated'\)/)).toEqual([]);
  });
});
