import { registerDecorator, type ValidationOptions } from 'class-validator';
import { IANAZone } from 'luxon';

/**
 * The time zone a programme runs in: any IANA zone of a place (`America/Montreal`,
 * `Australia/Sydney`, `Africa/Dakar`), or `UTC`. Scheduling reads sessions' local times in it;
 * the rules come from the time-zone database (luxon over Intl, PostgreSQL's own copy in SQL).
 *
 * Refused: raw offsets (`UTC+3`, `Etc/GMT-3`, whose sign is the reverse of what people read)
 * and legacy names (`CET`, `EST5EDT`, `US/Eastern`), which follow no place's clocks; names in the
 * wrong case (`europe/paris`), which Intl and PostgreSQL accept but calendar apps would not map
 * from the iCalendar TZID.
 */
export type TimeZone = string;

/** The tz database's areas of places, each then one or two capitalised names. */
const PLACE =
  /^(?:Africa|America|Antarctica|Arctic|Asia|Atlantic|Australia|Europe|Indian|Pacific)(?:\/[A-Z][A-Za-z0-9_+-]*){1,2}$/;

/** Whether `name` is a zone a programme may run in (see `TimeZone`). */
export function isProgrammeTimeZone(name: unknown): name is TimeZone {
  if (typeof name !== 'string') return false;
  if (name === 'UTC') return true;
  return PLACE.test(name) && IANAZone.isValidZone(name);
}

/** A programme time zone (see `TimeZone`), reported against its own field. */
export const IsProgrammeTimeZone = (options?: ValidationOptions) =>
  function (target: object, propertyName: string | symbol): void {
    registerDecorator({
      name: 'isProgrammeTimeZone',
      target: target.constructor,
      propertyName: String(propertyName),
      options: {
        message: `${String(propertyName)} must be an IANA time zone such as America/Montreal, or UTC`,
        ...options,
      },
      validator: { validate: (value: unknown) => isProgrammeTimeZone(value) },
    });
  };
