/**
 * VTIMEZONE components (RFC 5545 §3.6.5) for the zones programmes use. All follow the EU rule
 * since 1996: summer time from the last Sunday of March to the last Sunday of October, changing
 * at 01:00 UTC. The offsets are the zone's standard ones; calendar apps map the TZID to their
 * own database anyway, the component is for those that do not.
 */
const EU_ZONES: Record<string, { standard: number; names: [string, string] }> = {
  'Europe/Zurich': { standard: 60, names: ['CET', 'CEST'] },
  'Europe/Paris': { standard: 60, names: ['CET', 'CEST'] },
  'Europe/Brussels': { standard: 60, names: ['CET', 'CEST'] },
  'Europe/Luxembourg': { standard: 60, names: ['CET', 'CEST'] },
  'Europe/Berlin': { standard: 60, names: ['CET', 'CEST'] },
  'Europe/London': { standard: 0, names: ['GMT', 'BST'] },
};

const offset = (minutes: number) => {
  const sign = minutes < 0 ? '-' : '+';
  const abs = Math.abs(minutes);
  return `${sign}${String(Math.floor(abs / 60)).padStart(2, '0')}${String(abs % 60).padStart(2, '0')}`;
};

/** Whether a VTIMEZONE can be given for this zone (else times go out in UTC). */
export function hasVtimezone(zone: string): boolean {
  return zone in EU_ZONES;
}

export function vtimezone(zone: string): string | null {
  const z = EU_ZONES[zone];
  if (!z) return null;
  const summer = z.standard + 60;
  // The change happens at 01:00 UTC: that is this local time before it.
  const toSummer = String(1 + z.standard / 60).padStart(2, '0');
  const toWinter = String(1 + summer / 60).padStart(2, '0');
  return [
    'BEGIN:VTIMEZONE',
    `TZID:${zone}`,
    `X-LIC-LOCATION:${zone}`,
    'BEGIN:DAYLIGHT',
    `TZOFFSETFROM:${offset(z.standard)}`,
    `TZOFFSETTO:${offset(summer)}`,
    `TZNAME:${z.names[1]}`,
    `DTSTART:19700329T${toSummer}0000`,
    'RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU',
    'END:DAYLIGHT',
    'BEGIN:STANDARD',
    `TZOFFSETFROM:${offset(summer)}`,
    `TZOFFSETTO:${offset(z.standard)}`,
    `TZNAME:${z.names[0]}`,
    `DTSTART:19701025T${toWinter}0000`,
    'RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU',
    'END:STANDARD',
    'END:VTIMEZONE',
  ].join('\r\n');
}
