import { ChangeDetectionStrategy, Component, computed, inject, input, signal } from '@angular/core';
import { FormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatSelectModule } from '@angular/material/select';
import { TranslocoPipe } from '@jsverse/transloco';
import { DateFormatPipe } from '../core/i18n/date-format.pipe';
import { DateFormatService } from '../core/i18n/date-format.service';
import { LanguageService } from '../core/i18n/language.service';
import { detailLoader } from '../shared/detail-loader';
import { LoadFailureComponent } from '../shared/load-failure.component';
import { AttendanceApiService } from './attendance-api.service';

/**
 * A student's attendance in a cohort: the overall rate against the diploma's minimum, the rate
 * per module, each session counted, and the month's statement (PDF) for a work-study employer.
 * `<cq-attendance-summary [cohortId]="…" [studentId]="…" />`, for the student or their staff.
 */
@Component({
  selector: 'cq-attendance-summary',
  imports: [
    FormsModule,
    MatButtonModule,
    MatFormFieldModule,
    MatIconModule,
    MatProgressBarModule,
    MatSelectModule,
    TranslocoPipe,
    DateFormatPipe,
    LoadFailureComponent,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './attendance-summary.component.html',
  styleUrl: './attendance-summary.component.scss',
})
export class AttendanceSummaryComponent {
  private readonly api = inject(AttendanceApiService);
  private readonly language = inject(LanguageService);
  private readonly dates = inject(DateFormatService);

  readonly cohortId = input.required<string>();
  readonly studentId = input.required<string>();

  protected readonly loader = detailLoader({
    key: () => ({ cohortId: this.cohortId(), studentId: this.studentId() }),
    load: (k) => this.api.student(k.cohortId, k.studentId),
  });
  protected readonly data = this.loader.value;
  protected readonly below = computed(() => {
    const d = this.data();
    return (
      !!d &&
      d.overall.rate !== null &&
      d.minimumPercent !== null &&
      d.overall.rate < d.minimumPercent
    );
  });
  /** The months that have sessions counted, newest first (YYYY-MM in the programme's zone). */
  protected readonly months = computed(() => {
    const d = this.data();
    if (!d) return [];
    const zone = d.timeZone;
    const months = new Set(d.lines.map((l) => monthOf(l.startsAt, zone)));
    return [...months].sort().reverse();
  });
  protected readonly chosenMonth = signal<string | null>(null);
  protected readonly month = computed(() => this.chosenMonth() ?? this.months()[0] ?? null);
  protected readonly monthUrl = computed(() => {
    const month = this.month();
    return month
      ? this.api.monthUrl(this.cohortId(), this.studentId(), month, this.language.lang())
      : null;
  });

  protected percent(rate: number | null): string {
    if (rate === null) return '—';
    return `${new Intl.NumberFormat(this.language.locale(), { maximumFractionDigits: 1 }).format(rate)} %`;
  }

  protected monthLabel(month: string): string {
    return new Intl.DateTimeFormat(this.language.locale(), {
      month: 'long',
      year: 'numeric',
      timeZone: 'UTC',
    }).format(new Date(`${month}-15T12:00:00Z`));
  }

  protected time(instant: string): string {
    return this.dates.format(instant, 'time', this.data()?.timeZone);
  }
}

function monthOf(instant: string, timeZone: string): string {
  const parts = new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit' })
    .formatToParts(new Date(instant))
    .reduce<Record<string, string>>((all, p) => ({ ...all, [p.type]: p.value }), {});
  return `${parts['year']}-${parts['month']}`;
}
