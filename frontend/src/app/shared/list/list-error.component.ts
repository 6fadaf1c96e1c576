import { ChangeDetectionStrategy, Component, input, output } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatIconModule } from '@angular/material/icon';
import { TranslocoPipe } from '@jsverse/transloco';
import { type Problem } from '../../core/api/types';
import { ErrorMessagePipe } from '../error-message.pipe';

/** The banner a list shows when loading (or a row action) failed, with a retry button. */
@Component({
  selector: 'cq-list-error',
  imports: [MatButtonModule, MatIconModule, TranslocoPipe, ErrorMessagePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @if (problem(); as problem) {
      <div class="cq-form-error" role="alert">
        <mat-icon aria-hidden="true">error</mat-icon>
        <span class="message">{{ problem | cqErrorMessage: scope() }}</span>
        <button mat-button type="button" (click)="retry.emit()">
          {{ 'common.retry' | transloco }}
        </button>
      </div>
    }
  `,
  styles: `
    :host {
      display: block;
    }

    .cq-form-error {
      align-items: center;
    }

    .message {
      flex: 1;
    }
  `,
})
export class ListErrorComponent {
  readonly problem = input<Problem | null>(null);
  /** The feature whose error texts come first (`'scheduling'`), as for `cqErrorMessage`. */
  readonly scope = input<string | undefined>(undefined);
  readonly retry = output();
}
