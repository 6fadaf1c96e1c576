import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

/*
 * The icon font is a subset (scripts/icon-subset.mjs): an icon missing from it shows as its
 * name in the page. These tests run the script as a child process (it is ESM with top-level
 * await, which this CommonJS Jest setup cannot import), each on fonts built in a temp dir.
 */
const root = resolve(__dirname, '../..');
const script = join(root, 'scripts/icon-subset.mjs');

function run(...args: string[]) {
  const r = spawnSync(process.execPath, [script, ...args], { cwd: root, encoding: 'utf8' });
  return { status: r.status, stdout: r.stdout, output: `${r.stdout}\n${r.stderr}` };
}

/** A fake frontend/src with the given files. */
function sources(dir: string, files: Record<string, string>): string {
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(join(dir, path, '..'), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
  return dir;
}

describe('icon font subset', () => {
  let tmp: string;
  beforeEach(() => (tmp = mkdtempSync(join(tmpdir(), 'icon-subset-'))));
  afterEach(() => rmSync(tmp, { recursive: true, force: true }));

  it('draws every icon the frontend uses', () => {
    const font = join(tmp, 'icons.woff2');

    const build = run('--out', font);
    expect(build.status).toBe(0);
    // Only the icons in use, not the thousands that the kept letters could spell.
    const [, kept, all] = /\d+ icons, (\d+) of (\d+) glyphs/.exec(build.output) ?? [];
    expect(Number(kept)).toBeLessThan(Number(all) / 10);

    const check = run('--check', '--out', font);
    expect(check.output).toContain('all in');
    expect(check.status).toBe(0);
  }, 120_000);

  it('fails the check, naming the icon and its template, when a template uses an icon the subset lacks', () => {
    const font = join(tmp, 'icons.woff2');
    const src = sources(join(tmp, 'src'), {
      'app/a.component.html': '<mat-icon>home</mat-icon>',
    });
    expect(run('--src', src, '--out', font).status).toBe(0);

    sources(src, {
      'app/b.component.html': '<p>\n  <mat-icon aria-hidden="true">delete</mat-icon>\n</p>',
    });
    const check = run('--check', '--src', src, '--out', font);

    expect(check.status).toBe(1);
    expect(check.output).toMatch(/"delete" is missing from the subset font.*b\.component\.html:2/);
    expect(check.output).not.toContain('"home"');
  }, 120_000);

  it('refuses a name that is not an icon, saying where it is used', () => {
    const src = sources(join(tmp, 'src'), {
      'app/c.component.ts': `@Component({ template: \`
        <mat-icon>{{ ok() ? 'home' : 'not_an_icon_xyz' }}</mat-icon>\` })
        export class C {}`,
    });

    const build = run('--src', src, '--out', join(tmp, 'icons.woff2'));

    expect(build.status).toBe(1);
    expect(build.output).toMatch(/"not_an_icon_xyz" is not an icon.*c\.component\.ts:2/);
    expect(build.output).not.toContain('"home"');
  }, 120_000);

  it('finds icons in every form the app writes them, and only icons', () => {
    const src = sources(join(tmp, 'src'), {
      'app/page.html': [
        '<mat-icon class="x" [class.y]="a > b">home</mat-icon>',
        '<mat-icon fontIcon="menu"></mat-icon>',
        "<mat-icon>{{ row.state === 'skip' ? 'block' : 'check_circle' }}</mat-icon>",
        '<mat-icon>{{ icons[kind] }}</mat-icon>',
        '<cq-home-section icon="groups" />',
        '<mat-icon>{{ mystery }}</mat-icon>',
        '<!-- <mat-icon>delete</mat-icon> -->',
      ].join('\n'),
      'app/data.ts': [
        "export const NAV = [{ path: '/', icon: 'school' }];",
        "export const KIND_ICONS = { lecture: 'quiz', 'guest.talk': 'forum' };",
        "export const pick = (open: boolean) => ({ icon: open ? 'lock_open' : 'lock' });",
        'export class C {',
        "  ruleIcon(met: boolean | null): string { return met === true ? 'verified' : 'schedule'; }",
        '}',
      ].join('\n'),
      'app/data.spec.ts': "const icon = 'delete';",
      'icons.extra.json': '{ "names": ["print"] }',
    });

    const list = run('--list', '--src', src);

    expect(list.status).toBe(0);
    const names = Object.keys(JSON.parse(list.stdout));
    expect(names.sort()).toEqual(
      [
        'block',
        'check_circle',
        'forum',
        'groups',
        'home',
        'lock',
        'lock_open',
        'menu',
        'print',
        'quiz',
        'schedule',
        'school',
        'verified',
      ].sort(),
    );
    expect(list.output).toMatch(/cannot tell which icon .*page\.html:6 .*mystery/);
  }, 120_000);
});
