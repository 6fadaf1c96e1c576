import { toSortParam } from './sort-param';

describe('toSortParam', () => {
  const sortable = ['name', 'startsOn'] as const;

  it('sends an ascending column as is and a descending one with a minus', () => {
    expect(toSortParam({ active: 'name', direction: 'asc' }, sortable)).toBe('name');
    expect(toSortParam({ active: 'startsOn', direction: 'desc' }, sortable)).toBe('-startsOn');
  });

  it('sends no sort for a cleared or unsortable column', () => {
    expect(toSortParam({ active: 'name', direction: '' }, sortable)).toBeUndefined();
    expect(toSortParam({ active: 'status', direction: 'asc' }, sortable)).toBeUndefined();
  });
});
