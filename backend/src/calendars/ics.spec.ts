import type IcalNamespace from 'ical.js' with { 'resolution-mode': 'import' };
import { buildIcs, type IcsSession } from './ics';

// ical.js ships ESM types beside a CommonJS build: load the build, type it from the ESM types.
const ICAL = require('ical.js') as typeof IcalNamespace;
type IcalTime = InstanceType<typeof ICAL.Time>;
const base: IcsSession = {
  id: '2b0c6f6e-8d1a-4c51-9a37-0d6f6b7f2a10',
  title: 'Droit et e-réputation',
  description: 'Cas pratiques.',
  kind: 'guest_talk',
  startsAt: new Date('2027-03-26T08:00:00Z'), // 09:00 in Zurich (CET)
  endsAt: new Date('2027-03-26T16:00:00Z'),
  timeZone: 'Europe/Zurich',
  cancelled: false,
  sequence: 0,
  createdAt: new Date('2026-09-01T10:00:00Z'),
  updatedAt: new Date('2026-09-02T10:00:00Z'),
  cohortName: 'MCMS 2026–2027',
  moduleTitle: 'Communautés, droit et e-réputation',
  roomName: 'Salle Gutenberg',
  roomAddress: 'Avenue de Rhodanie 2, Lausanne',
  onlineUrl: null,
  instructors: ['Sophie Mercier'],
  speakers: ['Sébastien Fanti (Le droit des réseaux sociaux)'],
  materials: [{ label: 'Slides', url: 'https://example.org/slides.pdf' }],
};

function parse(ics: string) {
  const calendar = new ICAL.Component(ICAL.parse(ics));
  for (const tz of calendar.getAllSubcomponents('vtimezone')) {
    ICAL.TimezoneService.register(tz);
  }
  return calendar;
}

describe('iCalendar output', () => {
  it('gives DTSTART and DTEND in the programme zone with its VTIMEZONE, right on both sides of DST', () => {
    const summer = { ...base, id: '7e0c6f6e-8d1a-4c51-9a37-0d6f6b7f2a11' };
    summer.startsAt = new Date('2027-04-02T07:00:00Z'); // 09:00 CEST, after 28 March 2027
    summer.endsAt = new Date('2027-04-02T15:00:00Z');
    const calendar = parse(buildIcs('MCMS', [base, summer]));

    const zones = calendar.getAllSubcomponents('vtimezone');
    expect(zones.map((z) => z.getFirstPropertyValue('tzid'))).toEqual(['Europe/Zurich']);
    const [winter, spring] = calendar.getAllSubcomponents('vevent').map((v) => new ICAL.Event(v));
    for (const [event, utcStart] of [
      [winter, '2027-03-26T08:00:00.000Z'],
      [spring, '2027-04-02T07:00:00.000Z'],
    ] as const) {
      expect(event?.startDate.zone.tzid).toBe('Europe/Zurich');
      expect(event?.startDate.hour).toBe(9);
      expect(event?.endDate.hour).toBe(17);
      expect(event?.startDate.toJSDate().toISOString()).toBe(utcStart);
    }
  });

  it('names the event by a UID built from the session id, with summary, place and SEQUENCE', () => {
    const vevent = parse(buildIcs('MCMS', [{ ...base, sequence: 4 }])).getFirstSubcomponent(
      'vevent',
    );
    const event = new ICAL.Event(vevent ?? undefined);
    expect(event.uid).toBe(`session-${base.id}@clique`);
    expect(event.summary).toBe('Droit et e-réputation');
    expect(event.location).toBe('Salle Gutenberg, Avenue de Rhodanie 2, Lausanne');
    expect(event.sequence).toBe(4);
    expect(event.description).toContain('Intervenant·e·s: Sébastien Fanti');
    expect(vevent?.getFirstPropertyValue('status')).toBe('CONFIRMED');
    const stamp = vevent?.getFirstProperty('dtstamp')?.getFirstValue() as IcalTime;
    expect(stamp.zone).toBe(ICAL.Timezone.utcTimezone);
  });

  it('marks a cancelled session STATUS:CANCELLED, in English for an English reader', () => {
    const vevent = parse(
      buildIcs('MCMS', [{ ...base, cancelled: true, sequence: 2 }], 'en'),
    ).getFirstSubcomponent('vevent');
    expect(vevent?.getFirstPropertyValue('status')).toBe('CANCELLED');
    expect(vevent?.getFirstPropertyValue('summary')).toBe('[Cancelled] Droit et e-réputation');
    expect(String(vevent?.getFirstPropertyValue('description'))).toContain('Speakers:');
  });

  it('falls back to UTC times for a zone it has no VTIMEZONE for', () => {
    const calendar = parse(buildIcs('x', [{ ...base, timeZone: 'America/Toronto' }]));
    expect(calendar.getAllSubcomponents('vtimezone')).toHaveLength(0);
    const event = new ICAL.Event(calendar.getFirstSubcomponent('vevent') ?? undefined);
    expect(event.startDate.zone).toBe(ICAL.Timezone.utcTimezone);
    expect(event.startDate.toJSDate().toISOString()).toBe('2027-03-26T08:00:00.000Z');
  });
});
