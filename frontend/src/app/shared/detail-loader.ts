import { DestroyRef, type Signal, computed, inject, signal } from '@angular/core';
import { takeUntilDestroyed, toObservable } from '@angular/core/rxjs-interop';
import {
  type Observable,
  Subject,
  catchError,
  defer,
  distinctUntilChanged,
  map,
  of,
  startWith,
  switchMap,
} from 'rxjs';
import { toProblem } from '../core/api/problem';
import { type Problem } from '../core/api/types';

/** What a detail page shows: nothing asked yet, the spinner, the record, or why there is none. */
export type DetailState<T> =
  | { kind: 'idle' }
  | { kind: 'loading' }
  | { kind: 'ready'; value: T }
  | { kind: 'not-found'; problem: Problem }
  | { kind: 'error'; problem: Problem };

export interface DetailLoaderOptions<K, T> {
  /** Reads the signal(s) naming the record; `null`/`undefined` means "none" (a new form). */
  key: () => K | null | undefined;
  load: (key: K) => Observable<T>;
  /**
   * Whether two keys name the same record (default: never, a new key is a new record). A new
   * key for the same record, e.g. a newer copy of the milestone the page hands in, reloads it
   * and keeps it on screen meanwhile, as `reload()` does.
   */
  sameRecord?: (previous: K, next: K) => boolean;
}

/**
 * The one way a page loads the record it shows. A new key cancels the request for the previous
 * one (`switchMap`), so switching quickly between two records never shows the wrong one; a 404
 * becomes the `not-found` state; `reload()` asks again for the same key and keeps the record
 * on screen meanwhile (`refreshing`). Create it in an injection context (a field initialiser).
 */
export class DetailLoader<K, T> {
  private readonly current = signal<DetailState<T>>({ kind: 'loading' });
  private readonly reloads = new Subject<void>();

  readonly state: Signal<DetailState<T>> = this.current.asReadonly();
  /** A reload of a record already shown is under way. */
  readonly refreshing = signal(false);
  readonly value = computed(() => {
    const state = this.current();
    return state.kind === 'ready' ? state.value : null;
  });
  /** The first load, or a reload, is under way. */
  readonly loading = computed(() => this.current().kind === 'loading' || this.refreshing());
  readonly notFound = computed(() => this.current().kind === 'not-found');
  /** Why there is no record (not found or failed), else `null`. */
  readonly problem = computed(() => {
    const state = this.current();
    return state.kind === 'error' || state.kind === 'not-found' ? state.problem : null;
  });

  constructor(options: DetailLoaderOptions<K, T>) {
    const key = computed(() => options.key() ?? null);
    const sameRecord = options.sameRecord ?? (() => false);
    let previous: K | null = null;
    toObservable(key)
      .pipe(
        distinctUntilChanged(),
        switchMap((k) => {
          const again = previous !== null && k !== null && sameRecord(previous, k);
          previous = k;
          return k === null
            ? of<DetailState<T>>({ kind: 'idle' })
            : this.reloads.pipe(
                startWith(undefined),
                switchMap((_, i) => defer(() => this.request(options.load(k), again || i > 0))),
              );
        }),
        takeUntilDestroyed(inject(DestroyRef)),
      )
      .subscribe((state) => {
        this.refreshing.set(false);
        this.current.set(state);
      });
  }

  /** Asks again for the current record (after a change made elsewhere, or to retry). */
  reload(): void {
    this.reloads.next();
  }

  /** Shows the record a mutation returned, without asking the API again. */
  set(value: T): void {
    this.refreshing.set(false);
    this.current.set({ kind: 'ready', value });
  }

  /** Changes the record shown (e.g. after a row action); does nothing while there is none. */
  update(change: (value: T) => T): void {
    const value = this.value();
    if (value !== null) this.set(change(value));
  }

  /** A new key clears the record shown; a reload keeps it until the answer arrives. */
  private request(source: Observable<T>, isReload: boolean): Observable<DetailState<T>> {
    if (isReload && this.current().kind === 'ready') this.refreshing.set(true);
    else this.current.set({ kind: 'loading' });
    return source.pipe(
      map((value): DetailState<T> => ({ kind: 'ready', value })),
      catchError((error: unknown) => {
        const problem = toProblem(error);
        return of<DetailState<T>>(
          problem.status === 404 ? { kind: 'not-found', problem } : { kind: 'error', problem },
        );
      }),
    );
  }
}

/** `protected readonly programme = detailLoader({ key: () => this.id(), load: (id) => … })`. */
export function detailLoader<K, T>(options: DetailLoaderOptions<K, T>): DetailLoader<K, T> {
  return new DetailLoader(options);
}
