import { hasDecimalPlaces } from './input-numbers';

describe('decimal numbers', () => {
  it.each([
    [5.5, 1],
    [4.25, 2],
    [0.1, 1],
    [120, 1],
    [5e-1, 1],
    [0.07, 2],
  ])('accepts %p with %p places', (value, places) =>
    expect(hasDecimalPlaces(value, places)).toBe(true),
  );
  it.each([
    [1e-7, 1],
    [4.25, 1],
    [0.001, 2],
    [Number.NaN, 2],
    [Number.POSITIVE_INFINITY, 2],
    ['5', 1],
    [null, 1],
  ])('refuses %p with %p places', (value, places) =>
    expect(hasDecimalPlaces(value, places)).toBe(false),
  );
});
