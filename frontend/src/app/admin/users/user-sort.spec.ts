import { toSortParam } from './user-sort';

describe('toSortParam', () => {
  it('sends an ascending column as is and a descending one with a minus', () => {
    expect(toSortParam({ active: 'email', direction: 'asc' })).toBe('email');
    expect(toSortParam({ active: 'createdAt', direction: 'desc' })).toBe('-createdAt');
  });

  it('sends no sort for a cleared or unsortable column', () => {
    expect(toSortParam({ active: 'email', direction: '' })).toBeUndefined();
    expect(toSortParam({ active: 'status', direction: 'asc' })).toBeUndefined();
  });
});
