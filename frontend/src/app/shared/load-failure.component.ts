import { ChangeDetectionStrategy, Component, input, output } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatIconModule } from '@angular/material/icon';
import { TranslocoPipe } from '@jsverse/transloco';
import { type DetailLoader } from './detail-loader';
import { ErrorMessagePipe } from './error-message.pipe';

/**
 * Why a detail page has no record: "not found" (nothing to retry) or a failure with a retry
 * button that reloads. `<cq-load-failure [loader]="programme" scope="scheduling" />`.
 */
@Component({
  selector: 'cq-load-failure',
  imports: [MatButtonModule, MatIconModule, TranslocoPipe, ErrorMessagePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @if (loader().problem(); as problem) {
      <div class="cq-form-error" role="alert">
        <mat-icon>{{ loader().notFound() ? 'search_off' : 'error' }}</mat-icon>
        <span class="message">{{ problem | cqErrorMessage: scope() }}</span>
        @if (!loader().notFound()) {
          <button mat-button type="button" (click)="retry()">
            {{ 'common.retry' | transloco }}
          </button>
        }
      </div>
    }
  `,
})
export class LoadFailureComponent {
  readonly loader = input.required<DetailLoader<unknown, unknown>>();
  /** A feature's error texts to look up first (as `cqErrorMessage: scope`). */
  readonly scope = input<string | undefined>(undefined);
  /** Emitted after a retry was asked, for pages that reload more than the record. */
  readonly retried = output<void>();

  protected retry(): void {
    this.loader().reload();
    this.retried.emit();
  }
}
