import { FormControl } from '@angular/forms';
import {
  filterTimeZones,
  isProgrammeTimeZone,
  programmeTimeZones,
  timeZoneOption,
  timeZoneValidator,
  utcOffsetLabel,
} from './time-zones';

const winter = new Date('2027-01-11T12:00:00Z');
const summer = new Date('2027-07-12T12:00:00Z');

describe('programme time zones', () => {
  it('offers the browser’s zones of places, Montréal and UTC, sorted, but no raw offsets or legacy names', () => {
    expect(
      programmeTimeZones(['Europe/Paris', 'America/Toronto', 'Etc/GMT+3', 'CET', 'Africa/Dakar']),
    ).toEqual(['Africa/Dakar', 'America/Montreal', 'America/Toronto', 'Europe/Paris', 'UTC']);
    const all = programmeTimeZones();
    for (const zone of [
      'America/Montreal',
      'Europe/Brussels',
      'Africa/Casablanca',
      'Africa/Dakar',
      'Australia/Sydney',
    ]) {
      expect(all).toContain(zone);
    }
    expect(all.every(isProgrammeTimeZone)).toBe(true);
  });

  it('accepts the names the API accepts', () => {
    const valid = (value: string) => timeZoneValidator(new FormControl(value)) === null;
    expect(['America/Montreal', 'America/Argentina/Buenos_Aires', 'UTC'].every(valid)).toBe(true);
    expect(['UTC+3', 'Etc/GMT-3', 'europe/paris', 'Europe/Atlantis', 'EST5EDT'].some(valid)).toBe(
      false,
    );
  });

  it('shows the offset at that date, on either side of the equator', () => {
    expect(utcOffsetLabel('America/Montreal', winter)).toBe('UTC−05:00');
    expect(utcOffsetLabel('America/Montreal', summer)).toBe('UTC−04:00');
    expect(utcOffsetLabel('Australia/Sydney', winter)).toBe('UTC+11:00');
    expect(utcOffsetLabel('Australia/Sydney', summer)).toBe('UTC+10:00');
    expect(utcOffsetLabel('Africa/Dakar', summer)).toBe('UTC');
    expect(utcOffsetLabel('Asia/Kolkata', summer)).toBe('UTC+05:30');
  });

  describe('filter', () => {
    const options = programmeTimeZones().map((zone) => timeZoneOption(zone, 'fr', winter));
    const zones = (query: string) => filterTimeZones(options, query).map((o) => o.zone);

    it('finds a city whatever its accents, case and underscores, the city’s own name first', () => {
      expect(zones('Montréal')).toEqual(['America/Montreal']);
      expect(zones('port of spain')).toEqual(['America/Port_of_Spain']);
      expect(zones('SYDNEY')[0]).toBe('Australia/Sydney');
      expect(zones('europe bru')).toEqual(['Europe/Brussels']);
      expect(zones('paris')).toEqual(['Europe/Paris']);
    });

    it('finds zones by their name in the language and by their offset', () => {
      expect(zones('nord-américain')).toContain('America/Montreal');
      expect(zones('UTC+11')).toContain('Australia/Sydney');
    });

    it('gives every zone for an empty query and nothing for a place that is not one', () => {
      expect(zones('')).toHaveLength(options.length);
      expect(zones('Atlantis')).toEqual([]);
    });

    it('labels an option with its offset and its French name', () => {
      expect(timeZoneOption('America/Montreal', 'fr', winter)).toEqual({
        zone: 'America/Montreal',
        label: 'America/Montreal',
        offset: 'UTC−05:00',
        genericName: expect.stringContaining('Est'),
      });
      expect(timeZoneOption('America/Port_of_Spain', 'en-GB', winter).label).toBe(
        'America/Port of Spain',
      );
    });
  });
});
