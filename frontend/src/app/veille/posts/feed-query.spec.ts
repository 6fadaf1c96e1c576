import { filtersFrom, filtersToParams, hasFilters, NO_FILTERS } from './feed-query';

describe('the feed filters in the URL', () => {
  const topic = '0b8f0e3e-4b4d-4c1b-9a53-1d3c2b1a0f00';
  it('reads them back as written, and drops what is malformed', () => {
    const f = { ...NO_FILTERS, q: 'réseaux', topicId: topic, from: '2026-11-01', bookmarked: true };
    const params = Object.fromEntries(
      Object.entries(filtersToParams(f)).filter(([, v]) => v !== null),
    ) as Record<string, string>;
    expect(filtersFrom(params)).toEqual(f);
    expect(filtersFrom({ topic: 'x', from: 'hier', author: '1' })).toEqual(NO_FILTERS);
    expect(hasFilters(NO_FILTERS)).toBe(false);
    expect(hasFilters({ ...NO_FILTERS, to: '2026-12-01' })).toBe(true);
  });
});
