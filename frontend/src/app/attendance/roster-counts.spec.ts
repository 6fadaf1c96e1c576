import { type AttendanceRoster } from './attendance-api.service';
import { defaultPart, rosterCounts, secondsUntil, untaken } from './roster-counts';

const mark = (part: number, status: string | null, signedAt: string | null = null) => ({
  part,
  status,
  excuseReason: status === 'excused' ? 'Maladie' : null,
  signedAt,
  signatureMethod: signedAt ? 'confirmed' : null,
});

const roster = {
  currentPart: 2,
  parts: [{ part: 1 }, { part: 2 }],
  students: [
    { student: { id: 'a', displayName: 'Ana' }, marks: [mark(1, 'present', 'x'), mark(2, null)] },
    { student: { id: 'b', displayName: 'Ben' }, marks: [mark(1, 'excused'), mark(2, 'late', 'y')] },
    { student: { id: 'c', displayName: 'Cyd' }, marks: [mark(1, null), mark(2, 'absent')] },
  ],
} as unknown as AttendanceRoster;

describe('roster counts', () => {
  it('counts signatures and statuses of one part', () => {
    expect(rosterCounts(roster, 1)).toEqual({
      total: 3,
      signed: 1,
      present: 1,
      late: 0,
      excused: 1,
      absent: 0,
    });
    expect(rosterCounts(roster, 2)).toMatchObject({ signed: 1, late: 1, absent: 1 });
  });

  it('lists the students "all present" would set: those without a status', () => {
    expect(untaken(roster, 1)).toEqual(['c']);
    expect(untaken(roster, 2)).toEqual(['a']);
  });

  it('opens on the part open for signing', () => {
    expect(defaultPart(roster)).toBe(2);
    expect(defaultPart({ ...roster, currentPart: null })).toBe(1);
  });

  it('counts down in whole seconds, never below zero', () => {
    expect(secondsUntil('2030-01-01T00:00:30Z', Date.parse('2030-01-01T00:00:00.500Z'))).toBe(30);
    expect(secondsUntil('2030-01-01T00:00:30Z', Date.parse('2030-01-01T00:01:00Z'))).toBe(0);
  });
});
