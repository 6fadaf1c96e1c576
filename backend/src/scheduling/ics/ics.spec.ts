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

  it('lists a day’s slots in its description and ties each slot’s event to the day’s (RELATED-TO)', () => {
    const day: IcsSession = {
      ...base,
      kind: 'lecture',
      title: 'Module I — jour 1',
      speakers: [],
      agenda: [
        {
          title: 'La modération',
          kind: 'guest_talk',
          startsAt: new Date('2027-03-26T13:00:00Z'), // 14:00 in Zurich
          endsAt: new Date('2027-03-26T14:30:00Z'),
          cancelled: false,
          speakers: ['Sébastien Fanti'],
        },
        {
          title: 'Café',
          kind: 'break',
          startsAt: new Date('2027-03-26T14:30:00Z'),
          endsAt: new Date('2027-03-26T14:45:00Z'),
          cancelled: true,
          speakers: [],
        },
      ],
    };
    const talk: IcsSession = {
      ...base,
      id: '5a0c6f6e-8d1a-4c51-9a37-0d6f6b7f2a12',
      title: 'La modération',
      startsAt: new Date('2027-03-26T13:00:00Z'),
      endsAt: new Date('2027-03-26T14:30:00Z'),
      parent: { id: base.id, title: 'Module I — jour 1' },
    };
    const ics = buildIcs('MCMS', [day, talk]);
    expect(ics.split('\r\n').every((line) => Buffer.byteLength(line) <= 75)).toBe(true);
    const [dayEvent, talkEvent] = parse(ics)
      .getAllSubcomponents('vevent')
      .map((v) => new ICAL.Event(v));
    expect(dayEvent?.description).toContain(
      'Programme de la journée:\n14:00–15:30 Conférence invitée: La modération (Sébastien Fanti)\n15:30–15:45 Pause: Café [Annulé]',
    );
    expect(dayEvent?.component.getFirstPropertyValue('related-to')).toBeNull();
    expect(talkEvent?.component.getFirstPropertyValue('related-to')).toBe(
      `session-${base.id}@clique`,
    );
    expect(talkEvent?.description).toContain('Dans le cadre de: Module I — jour 1');
    expect(talkEvent?.startDate.hour).toBe(14);
  });

  it('marks a cancelled session STATUS:CANCELLED, in English for an English reader', () => {
    const vevent = parse(
      buildIcs('MCMS', [{ ...base, cancelled: true, sequence: 2 }], 'en'),
    ).getFirstSubcomponent('vevent');
    expect(vevent?.getFirstPropertyValue('status')).toBe('CANCELLED');
    expect(vevent?.getFirstPropertyValue('summary')).toBe('[Cancelled] Droit et e-réputation');
    expect(String(vevent?.getFirstPropertyValue('description'))).toContain('Speakers:');
  });

  it('gives the reason of a cancellation at the top of the description, labelled in the reader’s language', () => {
    const cancelled = {
      ...base,
      cancelled: true,
      cancellationReason: 'Grève des transports; salle fermée, reportée',
    };
    const description = (language: 'fr' | 'en') =>
      String(
        parse(buildIcs('MCMS', [cancelled], language))
          .getFirstSubcomponent('vevent')
          ?.getFirstPropertyValue('description'),
      );
    expect(description('fr').split('\n')[0]).toBe(
      'Annulé · Motif de l’annulation: Grève des transports; salle fermée, reportée',
    );
    expect(description('en').split('\n')[0]).toBe(
      'Cancelled · Reason for the cancellation: Grève des transports; salle fermée, reportée',
    );
    expect(description('en')).toContain('Cas pratiques.');
  });

  it('leaves a reason out of an event that is not cancelled (a session cancelled, then restored)', () => {
    const restored = { ...base, cancellationReason: 'Grève des transports' };
    const description = parse(buildIcs('MCMS', [restored], 'en'))
      .getFirstSubcomponent('vevent')
      ?.getFirstPropertyValue('description');
    expect(String(description)).not.toContain('Grève');
  });

  it('gives UTC times, with no VTIMEZONE, for a programme in UTC', () => {
    const calendar = parse(buildIcs('x', [{ ...base, timeZone: 'UTC' }]));
    expect(calendar.getAllSubcomponents('vtimezone')).toHaveLength(0);
    const event = new ICAL.Event(calendar.getFirstSubcomponent('vevent') ?? undefined);
    expect(event.startDate.zone).toBe(ICAL.Timezone.utcTimezone);
    expect(event.startDate.toJSDate().toISOString()).toBe('2027-03-26T08:00:00.000Z');
  });
});

describe('iCalendar text from users', () => {
  // A line break followed by a property line, with every character RFC 5545 escapes.
  const hostile = (label: string) =>
    `${label}\r\nATTENDEE;CN=Mallory:mailto:mallory@evil.test\nURL:https://evil.test/x\r` +
    `X-EVIL:1; a, b \\ c`;
  const title = hostile('Atelier');
  const session: IcsSession = {
    ...base,
    title,
    description: hostile('Description'),
    roomName: hostile('Salle'),
    roomAddress: hostile('Rue'),
    cohortName: hostile('Volée'),
    moduleTitle: hostile('Module'),
    instructors: [hostile('Prof')],
    speakers: [hostile('Intervenante')],
    materials: [{ label: hostile('Slides'), url: 'https://example.org/s.pdf' }],
  };
  // What a calendar of ours may contain; anything else was injected.
  const CALENDAR_PROPERTIES = [
    'version',
    'prodid',
    'name',
    'x-wr-calname',
    'refresh-interval',
    'x-published-ttl',
  ];
  const EVENT_PROPERTIES = [
    'uid',
    'sequence',
    'dtstamp',
    'dtstart',
    'dtend',
    'summary',
    'location',
    'description',
    'status',
    'created',
    'last-modified',
  ];

  it('keeps line breaks, semicolons, commas and backslashes in titles and names as text, injecting no property', () => {
    const ics = buildIcs(title, [session]);
    expect(ics).not.toMatch(/^(ATTENDEE|URL|X-EVIL)/m);
    const calendar = parse(ics);
    expect(calendar.getAllProperties().map((p) => p.name)).toEqual(
      expect.arrayContaining(['name', 'x-wr-calname']),
    );
    for (const p of calendar.getAllProperties()) expect(CALENDAR_PROPERTIES).toContain(p.name);
    const [vevent, ...others] = calendar.getAllSubcomponents('vevent');
    expect(others).toHaveLength(0);
    for (const p of vevent?.getAllProperties() ?? []) expect(EVENT_PROPERTIES).toContain(p.name);

    // The texts read back whole (a line break comes back as a line feed).
    const plain = (text: string) => text.replace(/\r\n|\r/g, '\n');
    expect(vevent?.getFirstPropertyValue('summary')).toBe(plain(title));
    // NAME is not in ical.js's design set: it hands the raw value, read here as TEXT.
    const text = ICAL.design.icalendar.value['text'];
    for (const name of ['name', 'x-wr-calname']) {
      expect(text?.fromICAL?.(String(calendar.getFirstPropertyValue(name)))).toBe(plain(title));
    }
    const description = String(vevent?.getFirstPropertyValue('description'));
    for (const part of ['Description', 'Volée', 'Module', 'Prof', 'Intervenante', 'Slides']) {
      expect(description).toContain(plain(hostile(part)));
    }
    expect(vevent?.getFirstPropertyValue('location')).toBe(
      `${plain(hostile('Salle'))}, ${plain(hostile('Rue'))}`,
    );
  });

  it('keeps a cancellation reason as text too, injecting no property', () => {
    const reason = hostile('Motif');
    const ics = buildIcs('x', [{ ...session, cancelled: true, cancellationReason: reason }]);
    expect(ics).not.toMatch(/^(ATTENDEE|URL|X-EVIL)/m);
    const vevent = parse(ics).getFirstSubcomponent('vevent');
    for (const p of vevent?.getAllProperties() ?? []) expect(EVENT_PROPERTIES).toContain(p.name);
    expect(String(vevent?.getFirstPropertyValue('description'))).toContain(
      reason.replace(/\r\n|\r/g, '\n'),
    );
  });
});
