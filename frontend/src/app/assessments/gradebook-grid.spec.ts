import { UndoStack, formatGrade, moveBy, parseGradeInput, startsEdit } from './gradebook-grid';

const halves = { min: 1, max: 6, gradeStep: 0.5 };
const twenty = { min: 0, max: 20, gradeStep: 0.01 };

describe('gradebook grid', () => {
  it('reads 4,5 and 4.5 alike, clears on an empty cell, refuses what is off the scale', () => {
    expect(parseGradeInput('4,5', halves)).toBe(4.5);
    expect(parseGradeInput(' 4.5 ', halves)).toBe(4.5);
    expect(parseGradeInput('', halves)).toBeNull();
    expect(parseGradeInput('4,25', halves)).toBe('invalid');
    expect(parseGradeInput('7', halves)).toBe('invalid');
    expect(parseGradeInput('abc', halves)).toBe('invalid');
    expect(parseGradeInput('12,34', twenty)).toBe(12.34);
    expect(parseGradeInput('0', twenty)).toBe(0);
  });

  it('moves with the arrows, Home and End, and stays inside the grid', () => {
    const at = { row: 1, col: 1 };
    expect(moveBy('ArrowDown', at, 3, 3)).toEqual({ row: 2, col: 1 });
    expect(moveBy('ArrowUp', { row: 0, col: 0 }, 3, 3)).toEqual({ row: 0, col: 0 });
    expect(moveBy('ArrowRight', { row: 0, col: 2 }, 3, 3)).toEqual({ row: 0, col: 2 });
    expect(moveBy('Home', at, 3, 3)).toEqual({ row: 1, col: 0 });
    expect(moveBy('End', at, 3, 3, true)).toEqual({ row: 2, col: 2 });
    expect(moveBy('a', at, 3, 3)).toBeNull();
  });

  it('starts editing on a digit or a decimal separator, not on a shortcut', () => {
    expect(startsEdit({ key: '4', ctrlKey: false, metaKey: false, altKey: false })).toBe(true);
    expect(startsEdit({ key: ',', ctrlKey: false, metaKey: false, altKey: false })).toBe(true);
    expect(startsEdit({ key: 'z', ctrlKey: true, metaKey: false, altKey: false })).toBe(false);
    expect(startsEdit({ key: 'a', ctrlKey: false, metaKey: false, altKey: false })).toBe(false);
  });

  it('undoes the newest change first and forgets a change that changed nothing', () => {
    const stack = new UndoStack(2);
    const entry = { assessmentId: 'a', studentId: 's', attempt: 1 as const };
    stack.push({ ...entry, before: null, after: 4 });
    stack.push({ ...entry, before: 4, after: 4 });
    stack.push({ ...entry, before: 4, after: 5 });
    stack.push({ ...entry, before: 5, after: 6 });
    expect(stack.size).toBe(2);
    expect(stack.pop()?.after).toBe(6);
    expect(stack.pop()?.after).toBe(5);
    expect(stack.pop()).toBeUndefined();
  });

  it('shows a grade with the locale’s decimal separator', () => {
    expect(formatGrade(4.5, 'fr-CH')).toBe('4,5');
    expect(formatGrade(4.5, 'en')).toBe('4.5');
    expect(formatGrade(null, 'fr')).toBe('');
  });
});
