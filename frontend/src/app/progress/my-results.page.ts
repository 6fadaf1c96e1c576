import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { TranslocoPipe } from '@jsverse/transloco';
import { switchMap } from 'rxjs';
import { CohortsApiService } from '../core/api/cohorts-api.service';
import { AuthService } from '../core/auth/auth.service';
import { detailLoader } from '../shared/detail-loader';
import { LoadFailureComponent } from '../shared/load-failure.component';
import { ProgressApiService } from './progress-api.service';
import { ResultsViewComponent } from './results-view.component';

/** Student: "My results": progress to the diploma in their cohort, released grades only. */
@Component({
  selector: 'cq-my-results-page',
  imports: [MatProgressBarModule, TranslocoPipe, LoadFailureComponent, ResultsViewComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <div class="cq-page">
      <h1>{{ 'progress.myResults.title' | transloco }}</h1>
      @if (loader.loading()) {
        <mat-progress-bar mode="indeterminate" [attr.aria-label]="'common.loading' | transloco" />
      }
      @if (loader.notFound()) {
        <p>{{ 'progress.myResults.notEnrolled' | transloco }}</p>
      } @else {
        <cq-load-failure [loader]="loader" scope="progress" />
      }
      @if (loader.value(); as details) {
        <p class="intro">
          {{ details.programme.title }} · {{ details.cohort.name }} —
          {{ 'progress.myResults.releasedOnly' | transloco }}
        </p>
        <cq-results-view [details]="details" />
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
export class MyResultsPage {
  private readonly api = inject(ProgressApiService);
  private readonly cohorts = inject(CohortsApiService);
  private readonly auth = inject(AuthService);
  private readonly me = computed(() => this.auth.me()?.id ?? null);

  protected readonly loader = detailLoader({
    key: () => this.me(),
    load: (studentId) =>
      this.cohorts.myProgramme().pipe(switchMap((p) => this.api.details(p.cohort.id, studentId))),
  });
}
