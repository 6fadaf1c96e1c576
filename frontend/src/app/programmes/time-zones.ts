import { type AbstractControl, type ValidationErrors } from '@angular/forms';
import { DateTime, IANAZone } from 'luxon';

/**
 * The time zones a programme may run in, as the API accepts them (backend
 * `programmes/time-zone.ts`): an IANA zone of a place (`America/Montreal`, `Africa/Dakar`), or
 * `UTC`. The list offered comes from the browser's time-zone database; offsets and names from
 * luxon and Intl, so nothing here knows a zone's rules.
 */

const PLACE =
  /^(?:Africa|America|Antarctica|Arctic|Asia|Atlantic|Australia|Europe|Indian|Pacific)(?:\/[A-Z][A-Za-z0-9_+-]*){1,2}$/;

/** Whether the API would accept `name` as a programme's zone. */
export function isProgrammeTimeZone(name: string): boolean {
  return name === 'UTC' || (PLACE.test(name) && IANAZone.isValidZone(name));
}

/** Form validator: `{ timeZone: true }` for a name that is not a programme zone. */
export function timeZoneValidator(control: AbstractControl<string>): ValidationErrors | null {
  const value = control.value;
  return !value || isProgrammeTimeZone(value) ? null : { timeZone: true };
}

/**
 * Names the browser's database lists under a newer name, kept in the list because people look
 * for them: Intl gives America/Toronto for the whole of Ontario and Quebec, Europe/Kyiv for Kiev.
 */
const ALSO_OFFERED = ['America/Montreal', 'UTC'];

/** Every zone to offer, sorted; `supported` is the browser's list (injectable for tests). */
export function programmeTimeZones(
  supported: readonly string[] = Intl.supportedValuesOf('timeZone'),
): string[] {
  return [...new Set([...supported, ...ALSO_OFFERED])]
    .filter(isProgrammeTimeZone)
    .sort((a, b) => a.localeCompare(b, 'en'));
}

/** `UTC−05:00`, `UTC+10:00`, `UTC`: the zone's offset at that instant. */
export function utcOffsetLabel(zone: string, at: Date = new Date()): string {
  const offset = DateTime.fromJSDate(at, { zone }).offset;
  if (offset === 0) return 'UTC';
  const sign = offset < 0 ? '−' : '+';
  const abs = Math.abs(offset);
  return `UTC${sign}${String(Math.floor(abs / 60)).padStart(2, '0')}:${String(abs % 60).padStart(2, '0')}`;
}

/** The zone's generic name in the locale (`heure de l’Est nord-américain`), if Intl has one. */
export function zoneGenericName(zone: string, locale: string, at: Date = new Date()): string {
  const part = new Intl.DateTimeFormat(locale, { timeZone: zone, timeZoneName: 'longGeneric' })
    .formatToParts(at)
    .find((p) => p.type === 'timeZoneName');
  const name = part?.value ?? '';
  // Without a name Intl writes the offset again (`GMT+10`): not worth showing twice.
  return /^(GMT|UTC)([+−-]|$)/.test(name) ? '' : name;
}

/** A zone option: its name, as people read it, and what is shown beside it. */
export interface TimeZoneOption {
  zone: string;
  /** The name with spaces for underscores: `America/Port of Spain`. */
  label: string;
  offset: string;
  genericName: string;
}

export function timeZoneOption(
  zone: string,
  locale: string,
  at: Date = new Date(),
): TimeZoneOption {
  return {
    zone,
    label: zone.replaceAll('_', ' '),
    offset: utcOffsetLabel(zone, at),
    genericName: zoneGenericName(zone, locale, at),
  };
}

/** Lower case, no accents, `_` and `/` as spaces: `Montréal` finds `America/Montreal`. */
const fold = (text: string) =>
  text
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .toLowerCase()
    .replace(/[_/]+/g, ' ')
    .trim();

/**
 * The options whose name, name in the language or offset contains every word of `query`
 * (accents, case and underscores ignored), those whose city starts with the query first.
 */
export function filterTimeZones(
  options: readonly TimeZoneOption[],
  query: string,
): TimeZoneOption[] {
  const words = fold(query).split(/\s+/).filter(Boolean);
  if (words.length === 0) return [...options];
  const matches = options.filter((o) => {
    const text = fold(`${o.zone} ${o.genericName} ${o.offset}`);
    return words.every((w) => text.includes(w));
  });
  const first = words.join(' ');
  const startsWith = (o: TimeZoneOption) =>
    fold(o.zone.slice(o.zone.lastIndexOf('/') + 1)).startsWith(first);
  return [...matches.filter(startsWith), ...matches.filter((o) => !startsWith(o))];
}
