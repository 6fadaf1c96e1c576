import type IcalNamespace from 'ical.js' with { 'resolution-mode': 'import' };
import { buildIcs, type IcsSession } from './ics';
import { vtimezone } from './vtimezone';

// ical.js ships ESM types beside a CommonJS build: load the build, type it from the ESM types.
const ICAL = require('ical.js') as typeof IcalNamespace;

const base: Omit<IcsSession, 'id' | 'startsAt' | 'endsAt' | 'timeZone'> = {
  title: 'Journée de cours',
  description: '',
  kind: 'lecture',
  cancelled: false,
  sequence: 0,
  createdAt: new Date('2026-09-01T10:00:00Z'),
  updatedAt: new Date('2026-09-01T10:00:00Z'),
  cohortName: 'Volée',
  moduleTitle: null,
  roomName: null,
  roomAddress: null,
  onlineUrl: null,
  instructors: [],
  speakers: [],
  materials: [],
};

/** A session on `date` from `from` to `to`, wall-clock times at these UTC offsets. */
function session(
  timeZone: string,
  date: string,
  [from, fromOffset]: [string, string],
  [to, toOffset]: [string, string],
): IcsSession {
  return {
    ...base,
    id: `${timeZone}-${date}-${from}`,
    timeZone,
    startsAt: new Date(`${date}T${from}:00${fromOffset}`),
    endsAt: new Date(`${date}T${to}:00${toOffset}`),
  };
}
/** 09:00–17:00 on `date`, a day at one offset. */
const courseDay = (timeZone: string, date: string, offset: string) =>
  session(timeZone, date, ['09:00', offset], ['17:00', offset]);

/**
 * Reads a calendar as a calendar app without a time-zone database would: ical.js knows no zone
 * but those of the file's VTIMEZONEs (the service is emptied first), so every local time below
 * is converted by the generated component alone.
 */
function read(ics: string) {
  const calendar = new ICAL.Component(ICAL.parse(ics));
  ICAL.TimezoneService.reset();
  for (const tz of calendar.getAllSubcomponents('vtimezone')) ICAL.TimezoneService.register(tz);
  return calendar.getAllSubcomponents('vevent').map((v) => {
    const event = new ICAL.Event(v);
    return {
      tzid: v.getFirstProperty('dtstart')?.getParameter('tzid'),
      start: event.startDate.toString(),
      end: event.endDate.toString(),
      startsAt: event.startDate.toJSDate().toISOString(),
      endsAt: event.endDate.toJSDate().toISOString(),
    };
  });
}

const iso = (d: Date) => d.toISOString();

/** The `n`th Sunday (1 = first, 2 = second) of a month, by calendar arithmetic alone. */
function sunday(year: number, month: number, n: number): string {
  const first = new Date(Date.UTC(year, month - 1, 1));
  const day = 1 + ((7 - first.getUTCDay()) % 7) + (n - 1) * 7;
  return new Date(Date.UTC(year, month - 1, day)).toISOString().slice(0, 10);
}
const addDays = (date: string, days: number) =>
  new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);

/**
 * The years tested: 2027, whose changes the issue names (Montréal 14 March and 7 November,
 * Sydney 4 April and 3 October), and next year, a year programmes are being planned in now. The
 * output depends on no clock, so 2027 stays a valid case after it has passed. The change dates
 * come from the published rules (Canada since 2007: second Sunday of March to first Sunday of
 * November; New South Wales since 2008: first Sunday of October to first Sunday of April), not
 * from the library under test.
 */
const YEARS = [...new Set([2027, new Date().getUTCFullYear() + 1])];

describe('VTIMEZONE from the time-zone database, read back with ical.js', () => {
  it('names the changes of 2027 the issue gives', () => {
    expect([sunday(2027, 3, 2), sunday(2027, 11, 1)]).toEqual(['2027-03-14', '2027-11-07']);
    expect([sunday(2027, 4, 1), sunday(2027, 10, 1)]).toEqual(['2027-04-04', '2027-10-03']);
  });

  describe.each(YEARS)('in %i', (year) => {
    it('keeps a Montréal course day at 09:00–17:00 on both sides of each DST change', () => {
      const spring = sunday(year, 3, 2);
      const autumn = sunday(year, 11, 1);
      const days = [
        courseDay('America/Montreal', addDays(spring, -1), '-05:00'), // EST
        courseDay('America/Montreal', addDays(spring, 1), '-04:00'), // EDT
        courseDay('America/Montreal', addDays(autumn, -1), '-04:00'),
        courseDay('America/Montreal', addDays(autumn, 1), '-05:00'),
      ];
      const events = read(buildIcs('Montréal', days));
      expect(events.map((e) => e.tzid)).toEqual(Array(4).fill('America/Montreal'));
      expect(events.map((e) => [e.start, e.end])).toEqual(
        [addDays(spring, -1), addDays(spring, 1), addDays(autumn, -1), addDays(autumn, 1)].map(
          (date) => [`${date}T09:00:00`, `${date}T17:00:00`],
        ),
      );
      expect(events.map((e) => [e.startsAt, e.endsAt])).toEqual(
        days.map((d) => [iso(d.startsAt), iso(d.endsAt)]),
      );
      // 09:00 EST is 14:00 UTC, 09:00 EDT 13:00 UTC.
      expect(events.map((e) => e.startsAt.slice(11, 16))).toEqual([
        '14:00',
        '13:00',
        '13:00',
        '14:00',
      ]);
    });

    it('keeps a Sydney course day at 09:00–17:00 on both sides of each DST change, in the other season', () => {
      const autumn = sunday(year, 4, 1); // summer time ends in April
      const spring = sunday(year, 10, 1);
      const days = [
        courseDay('Australia/Sydney', addDays(autumn, -1), '+11:00'), // AEDT
        courseDay('Australia/Sydney', addDays(autumn, 1), '+10:00'), // AEST
        courseDay('Australia/Sydney', addDays(spring, -1), '+10:00'),
        courseDay('Australia/Sydney', addDays(spring, 1), '+11:00'),
      ];
      const events = read(buildIcs('Sydney', days));
      expect(events.map((e) => e.tzid)).toEqual(Array(4).fill('Australia/Sydney'));
      expect(events.map((e) => [e.start, e.end])).toEqual(
        [addDays(autumn, -1), addDays(autumn, 1), addDays(spring, -1), addDays(spring, 1)].map(
          (date) => [`${date}T09:00:00`, `${date}T17:00:00`],
        ),
      );
      expect(events.map((e) => e.startsAt)).toEqual(days.map((d) => iso(d.startsAt)));
      // 09:00 AEDT is 22:00 UTC the day before, 09:00 AEST 23:00.
      expect(events.map((e) => e.startsAt.slice(11, 16))).toEqual([
        '22:00',
        '23:00',
        '23:00',
        '22:00',
      ]);
    });

    it('reads a session that spans the night of the change at its true length', () => {
      // Montréal springs forward at 02:00: 00:30 EST to 04:00 EDT is two and a half hours.
      // Sydney falls back at 03:00: 01:00 AEDT to 05:00 AEST is five hours.
      const montreal = session(
        'America/Montreal',
        sunday(year, 3, 2),
        ['00:30', '-05:00'],
        ['04:00', '-04:00'],
      );
      const sydney = session(
        'Australia/Sydney',
        sunday(year, 4, 1),
        ['01:00', '+11:00'],
        ['05:00', '+10:00'],
      );
      const events = read(buildIcs('Nuit', [montreal, sydney]));
      expect(events.map((e) => [e.start.slice(11), e.end.slice(11)])).toEqual([
        ['00:30:00', '04:00:00'],
        ['01:00:00', '05:00:00'],
      ]);
      expect(
        events.map((e) => (Date.parse(e.endsAt) - Date.parse(e.startsAt)) / 3_600_000),
      ).toEqual([2.5, 5]);
    });
  });

  it('gives Dakar, which keeps GMT all year, one STANDARD observance and the right times', () => {
    const days = [
      courseDay('Africa/Dakar', '2027-01-11', '+00:00'),
      courseDay('Africa/Dakar', '2027-07-12', '+00:00'),
    ];
    const ics = buildIcs('Dakar', days);
    const zone = new ICAL.Component(ICAL.parse(ics)).getFirstSubcomponent('vtimezone');
    expect(zone?.getAllSubcomponents().map((c) => c.name)).toEqual(['standard']);
    expect(zone?.getFirstSubcomponent('standard')?.getFirstPropertyValue('tzoffsetto')).toEqual(
      expect.objectContaining({ hours: 0, minutes: 0 }),
    );
    expect(read(ics).map((e) => [e.start, e.startsAt])).toEqual([
      ['2027-01-11T09:00:00', '2027-01-11T09:00:00.000Z'],
      ['2027-07-12T09:00:00', '2027-07-12T09:00:00.000Z'],
    ]);
  });

  it('follows Casablanca’s hour back during Ramadan and Dublin’s winter time', () => {
    // Morocco keeps +01:00 but for Ramadan (7 February to 14 March 2027 in the tz database's
    // schedule): the days are well inside and outside it. Ireland's winter GMT is, in the tz
    // database, a negative DST: only the offsets matter to a local time.
    const days = [
      courseDay('Africa/Casablanca', '2027-01-11', '+01:00'),
      courseDay('Africa/Casablanca', '2027-02-22', '+00:00'),
      courseDay('Africa/Casablanca', '2027-04-05', '+01:00'),
      courseDay('Europe/Dublin', '2027-01-11', '+00:00'),
      courseDay('Europe/Dublin', '2027-07-12', '+01:00'),
    ];
    const events = read(buildIcs('Casablanca et Dublin', days));
    expect(events.map((e) => [e.tzid, e.start, e.startsAt])).toEqual([
      ['Africa/Casablanca', '2027-01-11T09:00:00', '2027-01-11T08:00:00.000Z'],
      ['Africa/Casablanca', '2027-02-22T09:00:00', '2027-02-22T09:00:00.000Z'],
      ['Africa/Casablanca', '2027-04-05T09:00:00', '2027-04-05T08:00:00.000Z'],
      ['Europe/Dublin', '2027-01-11T09:00:00', '2027-01-11T09:00:00.000Z'],
      ['Europe/Dublin', '2027-07-12T09:00:00', '2027-07-12T08:00:00.000Z'],
    ]);
  });

  it('writes each change as an observance starting at the local time before it, named by its abbreviation', () => {
    const text = vtimezone(
      'America/Montreal',
      new Date('2027-01-11T14:00:00Z'),
      new Date('2027-12-13T22:00:00Z'),
    );
    expect(text).toContain(
      [
        'BEGIN:DAYLIGHT',
        'DTSTART:20270314T020000',
        'TZOFFSETFROM:-0500',
        'TZOFFSETTO:-0400',
        'TZNAME:EDT',
        'END:DAYLIGHT',
        'BEGIN:STANDARD',
        'DTSTART:20271107T020000',
        'TZOFFSETFROM:-0400',
        'TZOFFSETTO:-0500',
        'TZNAME:EST',
        'END:STANDARD',
      ].join('\r\n'),
    );
    // The span is the events' years and one on either side: 2026 to 2028, six changes.
    expect(text?.match(/^DTSTART:/gm)).toHaveLength(7);
    expect(text?.split('\r\n')[0]).toBe('BEGIN:VTIMEZONE');
    expect(text).not.toMatch(/[^\r]\n/);
  });

  it('gives no VTIMEZONE for UTC or a name the database does not know', () => {
    expect(vtimezone('UTC', new Date(), new Date())).toBeNull();
    expect(vtimezone('Europe/Atlantis', new Date(), new Date())).toBeNull();
  });
});
