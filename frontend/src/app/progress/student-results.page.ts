import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatIconModule } from '@angular/material/icon';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { RouterLink } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import { detailLoader } from '../shared/detail-loader';
import { LoadFailureComponent } from '../shared/load-failure.component';
import { ProgressApiService } from './progress-api.service';
import { ResultsViewComponent } from './results-view.component';

/** Staff: one student's results in a cohort (every grade, released or not). */
@Component({
  selector: 'cq-student-results-page',
  imports: [
    MatButtonModule,
    MatIconModule,
    MatProgressBarModule,
    RouterLink,
    TranslocoPipe,
    LoadFailureComponent,
    ResultsViewComponent,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <div class="cq-page">
      <a mat-button [routerLink]="back()" [queryParams]="{ cohort: cohortId() }">
        <mat-icon aria-hidden="true">arrow_back</mat-icon>
        {{ 'progress.student.back' | transloco }}
      </a>
      @if (loader.value(); as details) {
        <h1>{{ 'progress.student.title' | transloco: { name: details.student.displayName } }}</h1>
        <p class="intro">{{ details.programme.title }} · {{ details.cohort.name }}</p>
        <cq-results-view [details]="details" />
      } @else {
        <h1>{{ 'progress.cohort.title' | transloco }}</h1>
        @if (loader.loading()) {
          <mat-progress-bar mode="indeterminate" [attr.aria-label]="'common.loading' | transloco" />
        }
        <cq-load-failure [loader]="loader" scope="progress" />
      }
    </div>
  `,
  styles: `
    .intro {
      color: var(--mat-sys-on-surface-variant);
      margin: 0 0 16px;
    }
  `,
})
export class StudentResultsPage {
  /** Route parameters. */
  readonly cohortId = input.required<string>();
  readonly studentId = input.required<string>();
  /** Route data: the cohort table this page was opened from. */
  readonly back = input<string>('..');

  private readonly api = inject(ProgressApiService);
  private readonly key = computed(() => ({
    cohortId: this.cohortId(),
    studentId: this.studentId(),
  }));

  protected readonly loader = detailLoader({
    key: () => this.key(),
    load: ({ cohortId, studentId }) => this.api.details(cohortId, studentId),
  });
}
