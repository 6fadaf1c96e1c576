import { anyElementMatches, likePattern, matchesAny, searchParams } from './search';

describe('likePattern', () => {
  it('escapes LIKE wildcards and trims', () => {
    expect(likePattern(' 50%_off ')).toBe('%50\\%\\_off%');
    expect(likePattern('a\\b')).toBe('%a\\\\b%');
  });
});

describe('matchesAny', () => {
  it('folds both sides of every comparison', () => {
    expect(matchesAny(['u.email', 'u.display_name'])).toBe(
      "(clique_fold(u.email) LIKE clique_fold(:q) ESCAPE '\\' OR clique_fold(u.display_name) LIKE clique_fold(:q) ESCAPE '\\')",
    );
  });

  it('uses the named parameter it is given', () => {
    expect(matchesAny(['o.name'], 'organisation')).toContain('clique_fold(:organisation)');
    expect(anyElementMatches('sp.topics', 'topic')).toContain('clique_fold(:topic)');
    expect(searchParams('x', 'organisation')).toEqual({ organisation: '%x%' });
  });
});
