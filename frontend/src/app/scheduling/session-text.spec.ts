import { hasBegun, roleLine, visibleSpeakers } from './session-text';

describe('session texts', () => {
  it('writes job title and organisation once each', () => {
    expect(roleLine('Avocat', 'Étude Fanti')).toBe('Avocat, Étude Fanti');
    expect(roleLine('Avocat', 'Avocat')).toBe('Avocat');
    expect(roleLine(null, 'La Poste')).toBe('La Poste');
    expect(roleLine('', null)).toBe('');
  });

  it('names the speakers still booked, not those who declined or were cancelled', () => {
    const speaker = (status: 'confirmed' | 'declined' | 'cancelled' | 'invited') =>
      ({ status, fullName: status }) as never;
    const names = visibleSpeakers({
      speakers: [
        speaker('confirmed'),
        speaker('declined'),
        speaker('cancelled'),
        speaker('invited'),
      ],
    }).map((s) => s.fullName);
    expect(names).toEqual(['confirmed', 'invited']);
  });

  it('knows whether a session has begun', () => {
    const now = new Date('2026-09-04T12:00:00Z');
    expect(hasBegun({ startsAt: '2026-09-04T11:59:00Z' }, now)).toBe(true);
    expect(hasBegun({ startsAt: '2026-09-04T12:01:00Z' }, now)).toBe(false);
  });
});
