import { type Session } from '../../core/api/types';
import { clockOf, moveBy, resizeBy, slotPlacement, splitSlots } from './week-edits';

const ZONE = 'Europe/Zurich';

function session(id: string, startsAt: string, endsAt: string, parent?: string): Session {
  return {
    id,
    startsAt,
    endsAt,
    parent: parent ? { id: parent, title: 'Jour', startsAt, endsAt } : null,
  } as Session;
}

describe('editing the week by hand', () => {
  it('moves a session on the wall clock, onto another day, keeping its length', () => {
    // 09:00–12:00 in Zurich on a winter Friday.
    const s = session('a', '2027-03-26T08:00:00.000Z', '2027-03-26T11:00:00.000Z');
    expect(moveBy(s, 45, '2027-03-26', ZONE)).toEqual({
      id: 'a',
      startsAt: '2027-03-26T08:45:00.000Z',
      endsAt: '2027-03-26T11:45:00.000Z',
    });
    // A week later clocks have changed: 09:00 is 07:00 UTC.
    expect(moveBy(s, 0, '2027-04-02', ZONE).startsAt).toBe('2027-04-02T07:00:00.000Z');
  });

  it('moves past midnight onto the next day rather than wrapping round', () => {
    const s = session('a', '2027-03-26T21:30:00.000Z', '2027-03-26T22:30:00.000Z'); // 22:30
    expect(moveBy(s, 120, '2027-03-26', ZONE).startsAt).toBe('2027-03-26T23:30:00.000Z'); // 00:30 on the 27th
  });

  it('resizes the end, never below a quarter of an hour', () => {
    const s = session('a', '2027-03-26T13:00:00.000Z', '2027-03-26T14:30:00.000Z');
    expect(resizeBy(s, 30).endsAt).toBe('2027-03-26T15:00:00.000Z');
    expect(resizeBy(s, -600).endsAt).toBe('2027-03-26T13:15:00.000Z');
  });

  it('places a slot within its day as fractions of the day', () => {
    const day = session('d', '2027-03-26T08:00:00.000Z', '2027-03-26T16:00:00.000Z');
    const talk = session('t', '2027-03-26T13:00:00.000Z', '2027-03-26T14:30:00.000Z', 'd');
    expect(slotPlacement(day, talk)).toEqual({ top: 5 / 8, height: 1.5 / 8 });
  });

  it('keeps a slot inside its day, and alone when its day is not shown', () => {
    const day = session('d', '2027-03-26T08:00:00.000Z', '2027-03-26T16:00:00.000Z');
    const talk = session('t', '2027-03-26T13:00:00.000Z', '2027-03-26T14:30:00.000Z', 'd');
    const orphan = session('o', '2027-03-27T13:00:00.000Z', '2027-03-27T14:00:00.000Z', 'x');
    const { days, slotsOf } = splitSlots([day, talk, orphan]);
    expect(days.map((s) => s.id)).toEqual(['d', 'o']);
    expect(slotsOf.get('d')?.map((s) => s.id)).toEqual(['t']);
  });

  it('writes minutes as a clock time', () => {
    expect(clockOf(14 * 60 + 5)).toBe('14:05');
    expect(clockOf(-10)).toBe('00:00');
    expect(clockOf(24 * 60)).toBe('23:59');
  });
});
