import { type Sort } from '@angular/material/sort';
import { type SortParam } from '../core/api/types';

/**
 * mat-sort's state as a list endpoint's `sort` parameter (`name`, `-startsOn`…): none when
 * unsorted or when the column is not one the API sorts by.
 */
export function toSortParam<T extends string>(
  sort: Sort,
  sortable: readonly T[],
): SortParam<T> | undefined {
  const column = sortable.find((c) => c === sort.active);
  if (!column || !sort.direction) return undefined;
  return sort.direction === 'desc' ? `-${column}` : column;
}
