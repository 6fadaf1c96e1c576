import { pageOrder, resolveSort, sortValues } from './paging';
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

describe('pageOrder', () => {
  const columns = { name: 'p.name COLLATE "und-x-icu"', createdAt: 'p.created_at' };

  it('sorts by the requested field, then by the unique id so ties keep one order', () => {
    expect(pageOrder('-createdAt', columns, 'name', 'p.id')).toEqual([
      ['p.created_at', 'DESC'],
      ['p.id', 'ASC'],
    ]);
  });

  it('falls back to the default sort, which may be descending', () => {
    expect(pageOrder(undefined, columns, '-createdAt', 'p.id')[0]).toEqual([
      'p.created_at',
      'DESC',
    ]);
  });

  it('refuses a field inherited from Object.prototype', () => {
    expect(() => pageOrder('constructor', columns, 'name', 'p.id')).toThrow(ProblemException);
  });
});

describe('sortValues', () => {
  it('lists each field ascending and descending', () => {
    expect(sortValues(['name', 'createdAt'])).toEqual(['name', '-name', 'createdAt', '-createdAt']);
  });
});
