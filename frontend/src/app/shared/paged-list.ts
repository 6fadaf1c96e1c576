import { type WritableSignal, computed, signal } from '@angular/core';
import { takeUntilDestroyed, toObservable } from '@angular/core/rxjs-interop';
import { FormControl } from '@angular/forms';
import { type PageEvent } from '@angular/material/paginator';
import { type Sort } from '@angular/material/sort';
import {
  type Observable,
  catchError,
  debounceTime,
  distinctUntilChanged,
  map,
  of,
  switchMap,
  tap,
} from 'rxjs';
import { toProblem } from '../core/api/problem';
import { type Page, type Problem, type SortParam } from '../core/api/types';
import { toSortParam } from './sort-param';

export const PAGE_SIZES: readonly number[] = [10, 25, 50, 100];
const SEARCH_DEBOUNCE_MS = 300;

export interface PagedQuery<S extends string> {
  page: number;
  size: number;
  sort?: SortParam<S>;
  q?: string;
}

export interface PagedListOptions<T, S extends string, F> {
  /** Columns the API sorts by. */
  sortable: readonly S[];
  initialSort: Sort;
  pageSize?: number;
  /** Extra query parameters (filters) to start with; `setFilters` changes them. */
  filters?: F;
  load: (query: PagedQuery<S> & F) => Observable<Page<T>>;
}

type Result<T> = { ok: true; page: Page<T> } | { ok: false; problem: Problem };

/**
 * The state of a server-side paged, sorted and searched list (mat-table + mat-paginator +
 * mat-sort + a search field). Create it in an injection context (a field initialiser).
 */
export class PagedList<T, S extends string, F = object> {
  readonly searchControl = new FormControl('', { nonNullable: true });
  readonly pageIndex = signal(0);
  readonly pageSize: WritableSignal<number>;
  readonly sort: WritableSignal<Sort>;
  readonly filters: WritableSignal<F>;
  readonly items = signal<T[]>([]);
  readonly total = signal(0);
  readonly loading = signal(true);
  readonly problem = signal<Problem | null>(null);
  /** Whether the search field or a filter narrows the list (to word the empty state). */
  readonly searching = signal(false);

  private readonly search = signal('');
  private readonly reloads = signal(0);

  constructor(options: PagedListOptions<T, S, F>) {
    this.pageSize = signal(options.pageSize ?? 25);
    this.sort = signal<Sort>(options.initialSort);
    this.filters = signal<F>(options.filters ?? ({} as F));

    const query = computed(() => ({
      query: {
        ...this.filters(),
        page: this.pageIndex() + 1,
        size: this.pageSize(),
        sort: toSortParam(this.sort(), options.sortable),
        q: this.search() || undefined,
      } as PagedQuery<S> & F,
      reload: this.reloads(),
    }));

    this.searchControl.valueChanges
      .pipe(
        map((value) => value.trim()),
        debounceTime(SEARCH_DEBOUNCE_MS),
        distinctUntilChanged(),
        takeUntilDestroyed(),
      )
      .subscribe((q) => {
        this.search.set(q);
        this.pageIndex.set(0);
      });

    toObservable(query)
      .pipe(
        tap(() => this.loading.set(true)),
        switchMap(({ query: q }) =>
          options.load(q).pipe(
            map((page): Result<T> => ({ ok: true, page })),
            catchError((error: unknown) => of<Result<T>>({ ok: false, problem: toProblem(error) })),
            map((result) => ({ result, narrowed: hasNarrowing(q) })),
          ),
        ),
        takeUntilDestroyed(),
      )
      .subscribe(({ result, narrowed }) => {
        this.loading.set(false);
        this.searching.set(narrowed);
        if (result.ok) {
          this.problem.set(null);
          this.items.set(result.page.items);
          this.total.set(result.page.total);
        } else {
          this.problem.set(result.problem);
        }
      });
  }

  onPage(event: PageEvent): void {
    this.pageSize.set(event.pageSize);
    this.pageIndex.set(event.pageIndex);
  }

  onSort(sort: Sort): void {
    this.sort.set(sort);
    this.pageIndex.set(0);
  }

  /** Changes filters and goes back to the first page. */
  setFilters(patch: Partial<F>): void {
    this.filters.update((current) => ({ ...current, ...patch }));
    this.pageIndex.set(0);
  }

  clearSearch(): void {
    this.searchControl.setValue('');
  }

  reload(): void {
    this.reloads.update((n) => n + 1);
  }

  /** Replaces one item in place (after a row action). */
  replace(match: (item: T) => boolean, next: T): void {
    this.items.update((items) => items.map((item) => (match(item) ? next : item)));
  }
}

/** Whether a query narrows the list beyond paging and sorting. */
function hasNarrowing(query: object): boolean {
  return Object.entries(query).some(
    ([key, value]) =>
      !['page', 'size', 'sort'].includes(key) &&
      value !== undefined &&
      value !== null &&
      value !== '' &&
      value !== false,
  );
}
