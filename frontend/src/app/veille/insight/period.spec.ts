import { isoDay, lastDays, thisWeek } from './period';

describe('participation periods', () => {
  it('counts whole days back from today, and weeks from Monday', () => {
    const wednesday = new Date(2031, 0, 15, 14, 0);
    expect(isoDay(wednesday)).toBe('2031-01-15');
    expect(lastDays(wednesday, 30)).toEqual({ from: '2030-12-17', to: '2031-01-15' });
    expect(thisWeek(wednesday)).toEqual({ from: '2031-01-13', to: '2031-01-15' });
    expect(thisWeek(new Date(2031, 0, 19))).toEqual({ from: '2031-01-13', to: '2031-01-19' });
  });
});
