import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { TranslocoPipe, provideTranslocoScope } from '@jsverse/transloco';
import { type CohortStatus } from '../core/api/types';

/** A cohort's status as a small label: planned, running or closed. */
@Component({
  selector: 'cq-cohort-status',
  imports: [TranslocoPipe],
  providers: [provideTranslocoScope('cohorts')],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `<span class="status" [class]="status()">{{
    'cohorts.status.' + status() | transloco
  }}</span>`,
  styles: `
    .status {
      display: inline-block;
      padding: 2px 8px;
      border-radius: var(--mat-sys-corner-small);
      white-space: nowrap;
      background: var(--mat-sys-surface-container-highest);
      color: var(--mat-sys-on-surface);
    }
    .running {
      background: var(--mat-sys-primary-container);
      color: var(--mat-sys-on-primary-container);
    }
    .planned {
      background: var(--mat-sys-tertiary-container);
      color: var(--mat-sys-on-tertiary-container);
    }
  `,
})
export class CohortStatusComponent {
  readonly status = input.required<CohortStatus>();
}
