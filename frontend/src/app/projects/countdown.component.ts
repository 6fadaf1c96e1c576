import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import { DateFormatService } from '../core/i18n/date-format.service';
import { ClockService } from './clock.service';
import { countdown } from './countdown';

/**
 * A live "dans 3 jours" / "in 3 days" for a due date, in red once it has passed (unless the
 * work is in). Its full date goes in the `title`.
 */
@Component({
  selector: 'cq-countdown',
  changeDetection: ChangeDetectionStrategy.OnPush,
  host: { '[class.overdue]': 'overdue()' },
  template: `{{ text() }}`,
  styles: `
    :host {
      white-space: nowrap;
    }
    :host(.overdue) {
      color: var(--mat-sys-error);
      font-weight: 500;
    }
  `,
})
export class CountdownComponent {
  readonly dueAt = input.required<string>();
  /** The milestone is submitted: a past date is no longer overdue. */
  readonly done = input(false);

  private readonly clock = inject(ClockService);
  private readonly dates = inject(DateFormatService);

  private readonly value = computed(() => countdown(this.dueAt(), this.clock.now()));
  protected readonly text = computed(() =>
    this.dates.format(this.dueAt(), 'relative', null, this.clock.now()),
  );
  protected readonly overdue = computed(() => this.value().past && !this.done());
}
