import { expandSeries, SeriesError } from './series';
import { addDays, instantOf, isoWeekday, isRealDate, wallClock } from './zoned-time';

describe('zoned time', () => {
  it('turns a Zurich wall-clock time into the right instant in winter and in summer', () => {
    expect(instantOf('2027-03-26', '09:00', 'Europe/Zurich').toISOString()).toBe(
      '2027-03-26T08:00:00.000Z',
    );
    expect(instantOf('2027-04-02', '09:00', 'Europe/Zurich').toISOString()).toBe(
      '2027-04-02T07:00:00.000Z',
    );
  });

  it('refuses a time skipped by the spring DST change and takes the first of a repeated one', () => {
    expect(() => instantOf('2027-03-28', '02:30', 'Europe/Paris')).toThrow(/does not exist/);
    expect(instantOf('2026-10-25', '02:30', 'Europe/Paris').toISOString()).toBe(
      '2026-10-25T00:30:00.000Z',
    );
  });

  it('reads the wall clock back', () => {
    expect(wallClock(new Date('2026-10-25T08:00:00Z'), 'Europe/Zurich')).toEqual({
      date: '2026-10-25',
      time: '09:00',
      weekday: 7,
    });
  });

  it('does calendar arithmetic on dates', () => {
    expect(addDays('2027-02-28', 1)).toBe('2027-03-01');
    expect(isoWeekday('2026-09-04')).toBe(5);
    expect(isRealDate('2027-02-29')).toBe(false);
    expect(isRealDate('2028-02-29')).toBe(true);
  });
});

describe('series', () => {
  it('gives every Friday and Saturday of a month at the same local time across the DST change', () => {
    const occurrences = expandSeries(
      {
        from: '2027-03-01',
        to: '2027-03-31',
        weekdays: [5, 6],
        startTime: '09:00',
        endTime: '17:00',
      },
      'Europe/Zurich',
    );
    expect(occurrences.map((o) => o.date)).toEqual([
      '2027-03-05',
      '2027-03-06',
      '2027-03-12',
      '2027-03-13',
      '2027-03-19',
      '2027-03-20',
      '2027-03-26',
      '2027-03-27',
    ]);
    // 26 March is before the change (UTC+1), 27 March too; 28 March 2027 is the change.
    expect(occurrences[6]?.startsAt.toISOString()).toBe('2027-03-26T08:00:00.000Z');
    const april = expandSeries(
      { dates: ['2027-04-02'], startTime: '09:00', endTime: '17:00' },
      'Europe/Zurich',
    );
    expect(april[0]?.startsAt.toISOString()).toBe('2027-04-02T07:00:00.000Z');
    expect(april[0]?.endsAt.toISOString()).toBe('2027-04-02T15:00:00.000Z');
  });

  it('adds explicit dates and leaves out exceptions', () => {
    const occurrences = expandSeries(
      {
        from: '2026-09-01',
        to: '2026-09-14',
        weekdays: [3],
        dates: ['2026-09-05'],
        exceptDates: ['2026-09-09'],
        startTime: '13:30',
        endTime: '17:00',
      },
      'Europe/Paris',
    );
    expect(occurrences.map((o) => o.date)).toEqual(['2026-09-02', '2026-09-05']);
  });

  it('refuses an empty, backwards or oversized series', () => {
    expect(() =>
      expandSeries({ dates: [], startTime: '09:00', endTime: '10:00' }, 'Europe/Zurich'),
    ).toThrow(SeriesError);
    expect(() =>
      expandSeries(
        { dates: ['2026-09-01'], startTime: '10:00', endTime: '09:00' },
        'Europe/Zurich',
      ),
    ).toThrow(/endTime/);
    expect(() =>
      expandSeries(
        {
          from: '2026-01-01',
          to: '2027-12-31',
          weekdays: [1, 2, 3, 4, 5],
          startTime: '09:00',
          endTime: '10:00',
        },
        'Europe/Zurich',
      ),
    ).toThrow(/at most 100/);
  });
});
