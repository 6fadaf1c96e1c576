import { distribution, moduleState } from './module-state';

describe('progress: module state and distribution', () => {
  it('says pending until complete, then kept, compensated, passed or failed', () => {
    const base = {
      moduleId: 'm',
      average: 3.5,
      passed: false,
      compensated: false,
      complete: true,
      kept: false,
    };
    expect(moduleState({ ...base, complete: false })).toBe('pending');
    expect(moduleState({ ...base, compensated: true })).toBe('compensated');
    expect(moduleState({ ...base, passed: true })).toBe('passed');
    expect(moduleState(base)).toBe('failed');
    expect(moduleState(undefined)).toBe('pending');
  });

  it('puts averages in bands, the maximum in the last one, and counts those without', () => {
    const { bands, none } = distribution([1, 3.5, 4, 4.5, 6, null], 1, 6, 1);
    expect(bands.map((b) => [b.from, b.count])).toEqual([
      [1, 1],
      [2, 0],
      [3, 1],
      [4, 2],
      [5, 1],
    ]);
    expect(none).toBe(1);
  });
});
