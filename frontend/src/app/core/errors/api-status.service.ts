import { Injectable, signal } from '@angular/core';

export type ApiStatus = 'ok' | 'unreachable' | 'server-error';

/** Whether the API answered lately: drives the global banner. */
@Injectable({ providedIn: 'root' })
export class ApiStatusService {
  private readonly current = signal<ApiStatus>('ok');
  private readonly lastRequestId = signal<string | null>(null);
  readonly status = this.current.asReadonly();
  /** The `requestId` of the last server error, to quote to support. */
  readonly requestId = this.lastRequestId.asReadonly();

  reportUnreachable(): void {
    this.current.set('unreachable');
  }

  reportServerError(requestId?: string): void {
    this.current.set('server-error');
    this.lastRequestId.set(requestId ?? null);
  }

  /** A response came back: the API is reachable again. */
  reportReachable(): void {
    if (this.current() === 'unreachable') this.current.set('ok');
  }

  dismiss(): void {
    this.current.set('ok');
    this.lastRequestId.set(null);
  }
}
