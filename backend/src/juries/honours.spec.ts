import { DEFAULT_HONOURS, suggestHonours } from './honours';

describe('suggestHonours', () => {
  const fr = DEFAULT_HONOURS.FR_20;

  it('suggests the highest French mention the final grade reaches', () => {
    expect(suggestHonours(fr, 11.99)).toBeNull();
    expect(suggestHonours(fr, 12)?.key).toBe('assez_bien');
    expect(suggestHonours(fr, 15.5)?.key).toBe('bien');
    expect(suggestHonours(fr, 16)?.key).toBe('tres_bien');
  });

  it('suggests nothing without a final grade or without levels', () => {
    expect(suggestHonours(fr, null)).toBeNull();
    expect(suggestHonours([], 19)).toBeNull();
  });

  it('gives the Swiss scale its own levels', () => {
    expect(suggestHonours(DEFAULT_HONOURS.CH_6, 4.5)).toBeNull();
    expect(suggestHonours(DEFAULT_HONOURS.CH_6, 5.5)?.key).toBe('tres_bien');
  });
});
