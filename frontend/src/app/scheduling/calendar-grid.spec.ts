import {
  type Timed,
  chunkWeeks,
  courseDays,
  hourWindow,
  layoutDay,
  periodLabel,
  shiftAnchor,
  viewDays,
  viewRange,
  weekColumns,
} from './calendar-grid';

const ZURICH = 'Europe/Zurich';
/** ICU puts thin and narrow no-break spaces in ranges; compare with plain spaces. */
const plain = (text: string) => text.replace(/\s/g, ' ');
const item = (startsAt: string, endsAt: string, id = startsAt): Timed & { id: string } => ({
  id,
  startsAt,
  endsAt,
});

describe('calendar grid', () => {
  it('shows the Monday-to-Sunday week of the anchor, 25 hours on the night clocks go back', () => {
    const days = viewDays('week', '2026-10-21', ZURICH, '2026-10-22');
    expect(days.map((d) => d.date)).toEqual([
      '2026-10-19',
      '2026-10-20',
      '2026-10-21',
      '2026-10-22',
      '2026-10-23',
      '2026-10-24',
      '2026-10-25',
    ]);
    expect(days[3].today).toBe(true);
    const sunday = days[6];
    expect((sunday.end.getTime() - sunday.start.getTime()) / 3_600_000).toBe(25);
    const range = viewRange(days);
    expect(range.from.toISOString()).toBe('2026-10-18T22:00:00.000Z');
    expect(range.to.toISOString()).toBe('2026-10-25T23:00:00.000Z');
  });

  it('covers a month with whole weeks, days of other months marked, across the spring change', () => {
    const days = viewDays('month', '2027-03-15', ZURICH, '2027-03-15');
    expect(days.length % 7).toBe(0);
    expect(days[0].date).toBe('2027-03-01');
    expect(days[days.length - 1].date).toBe('2027-04-04');
    expect(days.filter((d) => d.inPeriod)).toHaveLength(31);
    expect(days.find((d) => d.date === '2027-04-01')?.inPeriod).toBe(false);
    const change = days.find((d) => d.date === '2027-03-28');
    expect(change && (change.end.getTime() - change.start.getTime()) / 3_600_000).toBe(23);
    expect(chunkWeeks(days)).toHaveLength(5);
    const range = viewRange(days);
    expect(range.from.toISOString()).toBe('2027-02-28T23:00:00.000Z');
    expect(range.to.toISOString()).toBe('2027-04-04T22:00:00.000Z');
  });

  it('starts the month grid on the Monday before the first', () => {
    const days = viewDays('month', '2026-11-22', ZURICH, '2026-11-22');
    expect(days[0].date).toBe('2026-10-26');
    expect(days[days.length - 1].date).toBe('2026-12-06');
  });

  it('lists four weeks in the agenda and moves by periods', () => {
    expect(viewDays('agenda', '2026-11-22', ZURICH, '2026-11-22')).toHaveLength(28);
    expect(shiftAnchor('week', '2026-10-21', 1)).toBe('2026-10-28');
    expect(shiftAnchor('month', '2027-01-31', 1)).toBe('2027-02-01');
    expect(shiftAnchor('agenda', '2026-11-22', -1)).toBe('2026-10-25');
  });

  it('names the period in the language', () => {
    const week = viewDays('week', '2026-10-21', ZURICH, '2026-10-21');
    expect(periodLabel('week', week, 'fr-CH')).toBe('19–25 oct. 2026');
    expect(plain(periodLabel('week', week, 'en'))).toBe('Oct 19 – 25, 2026');
    const month = viewDays('month', '2026-11-10', ZURICH, '2026-11-10');
    expect(periodLabel('month', month, 'fr-CH')).toBe('novembre 2026');
    expect(periodLabel('month', month, 'en')).toBe('November 2026');
  });

  it('places a session by its wall-clock time on both sides of the autumn change', () => {
    const days = viewDays('week', '2026-10-21', ZURICH, '2026-10-21');
    const window = { start: 8, end: 18 };
    const saturday = layoutDay(
      [item('2026-10-24T07:00:00Z', '2026-10-24T09:00:00Z')],
      days[5],
      ZURICH,
      window,
    );
    const sunday = layoutDay(
      [item('2026-10-25T08:00:00Z', '2026-10-25T10:00:00Z')],
      days[6],
      ZURICH,
      window,
    );
    // Both 09:00–11:00 local: one hour below the top of an 8–18 grid, two hours high.
    for (const [placed] of [saturday, sunday]) {
      expect(placed.top).toBeCloseTo(0.1);
      expect(placed.height).toBeCloseTo(0.2);
    }
  });

  it('puts overlapping sessions side by side and the next one back in full width', () => {
    const days = viewDays('week', '2026-09-02', ZURICH, '2026-09-02');
    const placed = layoutDay(
      [
        item('2026-09-02T07:00:00Z', '2026-09-02T09:00:00Z', 'a'),
        item('2026-09-02T08:00:00Z', '2026-09-02T10:00:00Z', 'b'),
        item('2026-09-02T10:00:00Z', '2026-09-02T12:00:00Z', 'c'),
      ],
      days[2],
      ZURICH,
      { start: 8, end: 18 },
    );
    expect(placed.map((p) => [p.item.id, p.column, p.columns])).toEqual([
      ['a', 0, 2],
      ['b', 1, 2],
      ['c', 0, 1],
    ]);
  });

  it('widens the hours of the grid to the sessions shown', () => {
    const days = viewDays('week', '2026-09-02', ZURICH, '2026-09-02');
    expect(
      hourWindow([item('2026-09-02T05:30:00Z', '2026-09-02T18:15:00Z')], days, ZURICH),
    ).toEqual({ start: 7, end: 21 });
  });

  it('clips a session that runs past midnight to each of its days', () => {
    const days = viewDays('week', '2026-09-02', ZURICH, '2026-09-02');
    const night = item('2026-09-02T20:00:00Z', '2026-09-03T02:00:00Z');
    const [first] = layoutDay([night], days[2], ZURICH, { start: 0, end: 24 });
    const [second] = layoutDay([night], days[3], ZURICH, { start: 0, end: 24 });
    expect(first.continuesAfter).toBe(true);
    expect(first.top + first.height).toBeCloseTo(1);
    expect(second.continuesBefore).toBe(true);
    expect(second.top).toBe(0);
  });
  describe('week columns', () => {
    // The week of Monday 2026-10-19, in Zurich (UTC+2 until the 25th at 03:00).
    const week = viewDays('week', '2026-10-21', ZURICH, '2026-10-22');
    const dates = (days: { date: string }[]) => days.map((d) => d.date);

    it('shows Monday to Friday when the weekend has no session', () => {
      const wednesday = item('2026-10-21T07:00:00Z', '2026-10-21T15:00:00Z');
      expect(dates(weekColumns(week, [wednesday]))).toEqual([
        '2026-10-19',
        '2026-10-20',
        '2026-10-21',
        '2026-10-22',
        '2026-10-23',
      ]);
    });

    it('adds the Saturday of a Friday-Saturday programme', () => {
      const friday = item('2026-10-23T06:30:00Z', '2026-10-23T15:00:00Z');
      const saturday = item('2026-10-24T06:30:00Z', '2026-10-24T11:00:00Z');
      const columns = weekColumns(week, [friday, saturday]);
      expect(dates(columns).slice(-2)).toEqual(['2026-10-23', '2026-10-24']);
      expect(columns.map((d) => d.weekday)).toEqual([1, 2, 3, 4, 5, 6]);
    });

    it('adds a Sunday by its day in the zone, not in UTC', () => {
      // 00:30 on Sunday in Zurich is still Saturday evening in UTC.
      const sundayEarly = item('2026-10-24T22:30:00Z', '2026-10-24T23:30:00Z');
      expect(dates(weekColumns(week, [sundayEarly])).slice(-1)).toEqual(['2026-10-25']);
    });

    it('keeps a session that crosses into Saturday on both days', () => {
      const overnight = item('2026-10-23T20:00:00Z', '2026-10-24T02:00:00Z');
      expect(weekColumns(week, [overnight]).map((d) => d.weekday)).toEqual([1, 2, 3, 4, 5, 6]);
    });
  });

  describe('course days (a phone’s three-day grid)', () => {
    // Course days on Thursdays and Fridays of October 2026 (Zurich, summer time: +02:00).
    const days = viewDays('days', '2026-10-21', ZURICH, '2026-10-21');
    const on = (date: string) => item(`${date}T07:00:00Z`, `${date}T15:00:00Z`);
    const sessions = [
      '2026-10-08',
      '2026-10-15',
      '2026-10-16',
      '2026-10-22',
      '2026-10-23',
      '2026-10-29',
      '2026-10-30',
    ].map(on);

    it('shows the next three days that have sessions, the empty ones between skipped', () => {
      const { shown, next, previous } = courseDays(sessions, days, '2026-10-21');
      expect(shown.map((d) => d.date)).toEqual(['2026-10-22', '2026-10-23', '2026-10-29']);
      expect(next).toBe('2026-10-30');
      // Back: the three course days before the anchor.
      expect(previous).toBe('2026-10-08');
      expect(courseDays(sessions, days, previous).shown.map((d) => d.date)).toEqual([
        '2026-10-08',
        '2026-10-15',
        '2026-10-16',
      ]);
    });

    it('shows the anchor alone when nothing takes place within reach', () => {
      const { shown, next } = courseDays([], days, '2026-10-21');
      expect(shown.map((d) => d.date)).toEqual(['2026-10-21']);
      expect(next).toBe('2026-11-18');
      expect(days).toHaveLength(56);
    });
  });
});
