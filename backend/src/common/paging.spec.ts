import { likePattern, resolveSort } from './paging';
import { ProblemException } from './problem';

describe('resolveSort', () => {
  const columns = { name: 'p.name', createdAt: 'p.created_at' };

  it('maps a field to its column, ascending or descending', () => {
    expect(resolveSort('name', columns, ['p.id', 'ASC'])).toEqual(['p.name', 'ASC']);
    expect(resolveSort('-createdAt', columns, ['p.id', 'ASC'])).toEqual(['p.created_at', 'DESC']);
    expect(resolveSort(undefined, columns, ['p.id', 'ASC'])).toEqual(['p.id', 'ASC']);
  });

  it('refuses a field outside the allow-list with a 400 naming sort', () => {
    try {
      resolveSort('password', columns, ['p.id', 'ASC']);
      throw new Error('expected a refusal');
    } catch (error) {
      expect(error).toBeInstanceOf(ProblemException);
      expect((error as ProblemException).getStatus()).toBe(400);
      expect((error as ProblemException).extensions['errors']).toEqual([
        expect.objectContaining({ field: 'sort' }),
      ]);
    }
  });
});

describe('likePattern', () => {
  it('escapes LIKE wildcards and trims', () => {
    expect(likePattern(' 50%_off ')).toBe('%50\\%\\_off%');
    expect(likePattern('a\\b')).toBe('%a\\\\b%');
  });
});
