import { type Sort } from '@angular/material/sort';
import { type UserSort, type UserSortParam } from '../../core/api/types';

export const SORTABLE_COLUMNS: readonly UserSort[] = ['displayName', 'email', 'role', 'createdAt'];

/** mat-sort's state as the API's `sort` parameter (`email`, `-createdAt`…); none when unsorted. */
export function toSortParam(sort: Sort): UserSortParam | undefined {
  const column = SORTABLE_COLUMNS.find((c) => c === sort.active);
  if (!column || !sort.direction) return undefined;
  return sort.direction === 'desc' ? `-${column}` : column;
}
