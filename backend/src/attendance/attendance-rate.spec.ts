import { attendanceRate } from './attendance-rate';

describe('attendanceRate', () => {
  it('counts present and late as attended, absent as missed, by minutes', () => {
    const rate = attendanceRate(
      [
        { status: 'present', minutes: 180 },
        { status: 'late', minutes: 60 },
        { status: 'absent', minutes: 60 },
      ],
      false,
    );
    expect(rate).toEqual({ attendedMinutes: 240, countedMinutes: 300, rate: 80 });
  });

  it('leaves an excused part out of the count unless the rule counts it as absent', () => {
    const lines = [
      { status: 'present' as const, minutes: 180 },
      { status: 'excused' as const, minutes: 180 },
    ];
    expect(attendanceRate(lines, false).rate).toBe(100);
    expect(attendanceRate(lines, true).rate).toBe(50);
  });

  it('has no rate while nothing counts', () => {
    expect(attendanceRate([{ status: 'excused', minutes: 60 }], false).rate).toBeNull();
    expect(attendanceRate([], false).rate).toBeNull();
  });

  it('rounds to one decimal', () => {
    const rate = attendanceRate(
      [
        { status: 'present', minutes: 2 },
        { status: 'absent', minutes: 1 },
      ],
      false,
    );
    expect(rate.rate).toBe(66.7);
  });
});
