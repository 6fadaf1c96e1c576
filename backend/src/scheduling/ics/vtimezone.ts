import { DateTime, IANAZone } from 'luxon';

/**
 * VTIMEZONE components (RFC 5545 §3.6.5) generated from the time-zone database (luxon over
 * Intl), for any IANA zone a programme runs in: Montréal and Sydney with their DST in opposite
 * seasons, Casablanca's hour off during Ramadan, Dakar's year without a change.
 *
 * The component lists the zone's actual offset changes, one observance each with its DTSTART and
 * no RRULE, over the years the calendar's events fall in plus one on either side; a first
 * observance at the start of that span gives the offset then. No rule is written by hand, so a
 * zone whose changes follow no yearly pattern (Casablanca) or that changed its rules comes out
 * right; the span is whole UTC years so the component does not change as sessions are added
 * within them. Calendar apps that know the TZID use their own database anyway; the component
 * is for those that do not, and for reading the feed with a library such as ical.js.
 */

const MINUTE = 60_000;
const DAY = 24 * 60 * MINUTE;

interface Transition {
  /** The instant of the change, epoch ms. */
  at: number;
  /** Offsets from UTC before and after it, in minutes. */
  from: number;
  to: number;
}

/** Offset changes of a zone per year: the database does not change while the process runs. */
const transitionsCache = new Map<string, Transition[]>();

/**
 * The zone's offset changes within the UTC year, found by reading its offset each day and, where
 * two days differ, halving the interval down to the minute (changes happen on the minute). Two
 * changes within one day would be missed: no zone has had them since 1970.
 */
function transitionsIn(zone: IANAZone, year: number): Transition[] {
  const key = `${zone.name}|${year}`;
  const cached = transitionsCache.get(key);
  if (cached) return cached;
  const found: Transition[] = [];
  const end = Date.UTC(year + 1, 0, 1);
  let t = Date.UTC(year, 0, 1);
  let before = zone.offset(t);
  while (t < end) {
    const next = Math.min(t + DAY, end);
    const after = zone.offset(next);
    if (after !== before) {
      let lo = t;
      let hi = next;
      while (hi - lo > MINUTE) {
        const mid = lo + Math.floor((hi - lo) / (2 * MINUTE)) * MINUTE;
        if (zone.offset(mid) === before) lo = mid;
        else hi = mid;
      }
      found.push({ at: hi, from: before, to: zone.offset(hi) });
    }
    before = after;
    t = next;
  }
  transitionsCache.set(key, found);
  return found;
}

/** `+0100`, `-0500`: RFC 5545's UTC-OFFSET. */
const utcOffset = (minutes: number) => {
  const sign = minutes < 0 ? '-' : '+';
  const abs = Math.abs(minutes);
  return `${sign}${String(Math.floor(abs / 60)).padStart(2, '0')}${String(abs % 60).padStart(2, '0')}`;
};

/** The wall-clock time `offset` minutes from UTC at `at`, as an RFC 5545 local DATE-TIME. */
const localDateTime = (at: number, offset: number) =>
  new Date(at + offset * MINUTE).toISOString().slice(0, 19).replace(/[-:]/g, '');

/**
 * The zone's abbreviation at that instant (EST, EDT, CET, GMT), else the offset as the tz
 * database writes it for zones without one (`+11`, `+01`, `-0330`): Intl only knows
 * abbreviations for some zones in English, and gives `GMT+11` for the others.
 */
function abbreviation(zone: IANAZone, at: number, offset: number): string {
  const name = zone.offsetName(at, { format: 'short', locale: 'en-US' });
  if (name && !/^(GMT|UTC)[+-]/.test(name)) return name;
  const hhmm = utcOffset(offset);
  return hhmm.endsWith('00') ? hhmm.slice(0, 3) : hhmm;
}

/** Whether a VTIMEZONE can be given for this zone (else times go out in UTC). */
export function hasVtimezone(zone: string): boolean {
  return zone !== 'UTC' && IANAZone.isValidZone(zone);
}

/**
 * The zone's VTIMEZONE for a calendar whose events lie between `first` and `last`, or `null`
 * for a name the time-zone database does not know.
 */
export function vtimezone(zone: string, first: Date, last: Date): string | null {
  if (!hasVtimezone(zone)) return null;
  const z = IANAZone.create(zone);
  const fromYear = DateTime.fromJSDate(first, { zone: 'utc' }).year - 1;
  const toYear = DateTime.fromJSDate(last, { zone: 'utc' }).year + 1;
  const start = Date.UTC(fromYear, 0, 1);
  const initial = z.offset(start);
  const changes: Transition[] = [{ at: start, from: initial, to: initial }];
  for (let year = fromYear; year <= toYear; year++) changes.push(...transitionsIn(z, year));

  const observances = changes.flatMap(({ at, from, to }) => {
    // Daylight is an offset above the year's standard one, the lower of January's and July's:
    // summer time in either hemisphere. Casablanca's Ramadan hour and Dublin's winter "negative
    // DST" are then standard time, which changes no local time: only the offsets do that.
    const year = DateTime.fromMillis(at, { zone: z }).year;
    const standard = Math.min(z.offset(Date.UTC(year, 0, 1)), z.offset(Date.UTC(year, 6, 1)));
    const kind = to > standard ? 'DAYLIGHT' : 'STANDARD';
    return [
      `BEGIN:${kind}`,
      `DTSTART:${localDateTime(at, from)}`,
      `TZOFFSETFROM:${utcOffset(from)}`,
      `TZOFFSETTO:${utcOffset(to)}`,
      `TZNAME:${abbreviation(z, at, to)}`,
      `END:${kind}`,
    ];
  });
  return [
    'BEGIN:VTIMEZONE',
    `TZID:${zone}`,
    `X-LIC-LOCATION:${zone}`,
    ...observances,
    'END:VTIMEZONE',
  ].join('\r\n');
}
