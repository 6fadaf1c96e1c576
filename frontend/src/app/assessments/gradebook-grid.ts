/** The gradebook's pure logic: reading what is typed, moving around, the undo stack. */

export type Attempt = 1 | 2;

/** A grade column: an assessment and one of its attempts. */
export interface GridColumn {
  assessmentId: string;
  attempt: Attempt;
}

export const cellKey = (assessmentId: string, studentId: string, attempt: number): string =>
  `${assessmentId}:${studentId}:${attempt}`;

export interface ScaleRule {
  min: number;
  max: number;
  gradeStep: number;
}

/**
 * What was typed in a cell: `null` clears it, a number on the scale is a grade (`4,5` and
 * `4.5` alike), anything else is `invalid`.
 */
export function parseGradeInput(text: string, scale: ScaleRule): number | null | 'invalid' {
  const t = text.replace(/\s+/g, '');
  if (t === '') return null;
  if (!/^\d{1,3}([.,]\d{1,2})?$/.test(t)) return 'invalid';
  const value = Number(t.replace(',', '.'));
  if (value < scale.min || value > scale.max) return 'invalid';
  const steps = value / scale.gradeStep;
  return Math.abs(steps - Math.round(steps)) < 1e-9 ? value : 'invalid';
}

export interface GridPosition {
  row: number;
  col: number;
}

/** Where a navigation key moves the active cell in a grid of `rows` × `cols` (null: not ours). */
export function moveBy(
  key: string,
  at: GridPosition,
  rows: number,
  cols: number,
  ctrl = false,
): GridPosition | null {
  const clamp = (p: GridPosition): GridPosition => ({
    row: Math.max(0, Math.min(rows - 1, p.row)),
    col: Math.max(0, Math.min(cols - 1, p.col)),
  });
  switch (key) {
    case 'ArrowUp':
      return clamp({ row: ctrl ? 0 : at.row - 1, col: at.col });
    case 'ArrowDown':
      return clamp({ row: ctrl ? rows - 1 : at.row + 1, col: at.col });
    case 'ArrowLeft':
      return clamp({ row: at.row, col: ctrl ? 0 : at.col - 1 });
    case 'ArrowRight':
      return clamp({ row: at.row, col: ctrl ? cols - 1 : at.col + 1 });
    case 'Home':
      return clamp({ row: ctrl ? 0 : at.row, col: 0 });
    case 'End':
      return clamp({ row: ctrl ? rows - 1 : at.row, col: cols - 1 });
    case 'PageUp':
      return clamp({ row: at.row - 10, col: at.col });
    case 'PageDown':
      return clamp({ row: at.row + 10, col: at.col });
    default:
      return null;
  }
}

/** A key that starts editing with what it types (a digit, a comma, a point). */
export function startsEdit(event: {
  key: string;
  ctrlKey: boolean;
  metaKey: boolean;
  altKey: boolean;
}): boolean {
  return !event.ctrlKey && !event.metaKey && !event.altKey && /^[0-9.,]$/.test(event.key);
}

/** One saved change, to undo: the cell and its score before (null: it was empty). */
export interface UndoEntry {
  assessmentId: string;
  studentId: string;
  attempt: Attempt;
  before: number | null;
  after: number | null;
}

/** The last changes saved, newest last, at most `limit`. */
export class UndoStack {
  private entries: UndoEntry[] = [];

  constructor(private readonly limit = 50) {}

  push(entry: UndoEntry): void {
    if (entry.before === entry.after) return;
    this.entries.push(entry);
    if (this.entries.length > this.limit) this.entries.shift();
  }

  pop(): UndoEntry | undefined {
    return this.entries.pop();
  }

  get size(): number {
    return this.entries.length;
  }

  clear(): void {
    this.entries = [];
  }
}

/** A score for the locale: `4,5` in French, `4.5` in English. */
export function formatGrade(score: number | null | undefined, locale: string): string {
  if (score === null || score === undefined) return '';
  return new Intl.NumberFormat(locale, { maximumFractionDigits: 2 }).format(score);
}
