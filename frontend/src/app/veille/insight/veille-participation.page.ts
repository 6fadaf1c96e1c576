import {
  ChangeDetectionStrategy,
  Component,
  computed,
  effect,
  inject,
  input,
  linkedSignal,
  signal,
} from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { RouterLink } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import { toProblem } from '../../core/api/problem';
import {
  type Problem,
  type VeilleParticipation as Participation,
  type VeilleParticipationRow as Row,
} from '../../core/api/types';
import { VeilleApiService } from '../../core/api/veille-api.service';
import { DateFormatPipe } from '../../core/i18n/date-format.pipe';
import { LanguageService } from '../../core/i18n/language.service';
import { ErrorMessagePipe } from '../../shared/error-message.pipe';
import { lastDays, thisWeek } from './period';

const DAY = /^\d{4}-\d{2}-\d{2}$/;

type SortKey = 'name' | 'posts' | 'comments' | 'reactions' | 'topicsCovered';

/**
 * Instructors: per student and period, posts shared, comments written, reactions given and
 * topics covered, sortable, downloadable as CSV: the basis of a participation grade.
 */
@Component({
  selector: 'cq-veille-participation-page',
  imports: [
    RouterLink,
    MatButtonModule,
    MatFormFieldModule,
    MatIconModule,
    MatInputModule,
    MatProgressBarModule,
    TranslocoPipe,
    DateFormatPipe,
    ErrorMessagePipe,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './veille-participation.page.html',
  styleUrl: './veille-participation.page.scss',
})
export class VeilleParticipationPage {
  readonly cohortId = input.required<string>();
  /** A period to open with (the roster links the cohort's whole year), else the last 30 days. */
  readonly from = input<string>();
  readonly to = input<string>();

  private readonly api = inject(VeilleApiService);
  private readonly language = inject(LanguageService);

  protected readonly period = linkedSignal(() => {
    const [from, to] = [this.from(), this.to()];
    return from && to && DAY.test(from) && DAY.test(to) && from <= to
      ? { from, to }
      : lastDays(new Date(), 30);
  });
  protected readonly data = signal<Participation | null>(null);
  protected readonly loading = signal(false);
  protected readonly problem = signal<Problem | null>(null);
  protected readonly sort = signal<{ key: SortKey; desc: boolean }>({ key: 'name', desc: false });
  protected readonly rows = computed(() => {
    const { key, desc } = this.sort();
    const value = (r: Row) => (key === 'name' ? r.student.displayName : r[key]);
    const sorted = [...(this.data()?.students ?? [])].sort((a, b) => {
      const [x, y] = [value(a), value(b)];
      const c =
        typeof x === 'string' ? x.localeCompare(y as string, 'fr') : (x as number) - (y as number);
      return c !== 0 ? c : a.student.displayName.localeCompare(b.student.displayName, 'fr');
    });
    return desc ? sorted.reverse() : sorted;
  });
  protected readonly csvUrl = computed(() => {
    const { from, to } = this.period();
    const lang = this.language.lang();
    return `/api/veille/cohorts/${encodeURIComponent(this.cohortId())}/participation.csv?from=${from}&to=${to}&lang=${lang}`;
  });
  protected readonly columns: SortKey[] = ['posts', 'comments', 'reactions', 'topicsCovered'];

  constructor() {
    effect(() => {
      const { from, to } = this.period();
      const id = this.cohortId();
      this.loading.set(true);
      this.problem.set(null);
      this.api.participation(id, from, to).subscribe({
        next: (d) => {
          this.data.set(d);
          this.loading.set(false);
        },
        error: (e: unknown) => {
          this.problem.set(toProblem(e));
          this.loading.set(false);
        },
      });
    });
  }

  protected preset(kind: 'week' | 'month' | 'term'): void {
    const today = new Date();
    this.period.set(
      kind === 'week' ? thisWeek(today) : lastDays(today, kind === 'month' ? 30 : 120),
    );
  }

  protected setFrom(from: string): void {
    if (from) this.period.update((p) => ({ ...p, from }));
  }

  protected setTo(to: string): void {
    if (to) this.period.update((p) => ({ ...p, to }));
  }

  protected sortBy(key: SortKey): void {
    this.sort.update((s) =>
      s.key === key ? { key, desc: !s.desc } : { key, desc: key !== 'name' },
    );
  }

  protected ariaSort(key: SortKey): 'ascending' | 'descending' | 'none' {
    const s = this.sort();
    return s.key !== key ? 'none' : s.desc ? 'descending' : 'ascending';
  }

  protected idle(r: Row): boolean {
    return r.posts + r.comments + r.reactions === 0;
  }
}
