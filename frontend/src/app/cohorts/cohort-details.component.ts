import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { RouterLink } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import { type Cohort } from '../core/api/types';
import { DateFormatPipe } from '../core/i18n/date-format.pipe';
import { LocaleNumberPipe } from '../shared/locale-date.pipe';
import { CohortStatusComponent } from './cohort-status.component';

/** The cohort page's facts: programme, period, status, head count and instructors. */
@Component({
  selector: 'cq-cohort-details',
  imports: [RouterLink, TranslocoPipe, DateFormatPipe, LocaleNumberPipe, CohortStatusComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './cohort-details.component.html',
  styleUrl: './cohort-details.component.scss',
})
export class CohortDetailsComponent {
  readonly cohort = input.required<Cohort>();
  /** The instructor's view: the programme is not a link. */
  readonly readOnly = input(false);

  protected readonly instructorNames = computed(() =>
    this.cohort()
      .instructors.map((i) => i.displayName)
      .join(', '),
  );
}
