import { DestroyRef, Injectable, inject, signal } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { NavigationEnd, Router } from '@angular/router';
import { EMPTY, Subject, catchError, exhaustMap, filter, interval, merge, startWith } from 'rxjs';
import { AuthService } from '../core/auth/auth.service';
import { NotificationsApiService } from './notifications-api.service';

/** How often the bell asks while the page stays open. */
export const UNREAD_REFRESH_MS = 60_000;

/**
 * The unread count of the bell: asked at start, after each navigation, every minute while the
 * tab is visible, and when a page says it changed (`refresh()`); one request at a time, never
 * a loop. A failed request keeps the last count.
 */
@Injectable({ providedIn: 'root' })
export class UnreadCountService {
  private readonly api = inject(NotificationsApiService);
  private readonly router = inject(Router);
  private readonly auth = inject(AuthService);
  private readonly destroyRef = inject(DestroyRef);
  private readonly asked = new Subject<void>();
  private started = false;
  readonly count = signal<number | null>(null);

  /** Starts the refreshes (the bell calls it once it shows). */
  start(): void {
    if (this.started) return;
    this.started = true;
    merge(
      this.asked,
      this.router.events.pipe(filter((e) => e instanceof NavigationEnd)),
      interval(UNREAD_REFRESH_MS).pipe(filter(() => document.visibilityState === 'visible')),
    )
      .pipe(
        startWith(null),
        filter(() => this.auth.signedIn()),
        exhaustMap(() => this.api.unreadCount().pipe(catchError(() => EMPTY))),
        takeUntilDestroyed(this.destroyRef),
      )
      .subscribe(({ unread }) => this.count.set(unread));
  }

  /** Asks again now (after marking read). */
  refresh(): void {
    this.asked.next();
  }

  /** A page that knows the new count (it just read it) sets it without a request. */
  set(unread: number): void {
    this.count.set(unread);
  }
}
