import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatIconModule } from '@angular/material/icon';
import { MatMenuModule } from '@angular/material/menu';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { Router, RouterLink } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import { EMPTY, catchError, filter, switchMap } from 'rxjs';
import { CohortsApiService } from '../core/api/cohorts-api.service';
import { type Cohort } from '../core/api/types';
import { detailLoader } from '../shared/detail-loader';
import { FeedbackService } from '../shared/feedback.service';
import { LoadFailureComponent } from '../shared/load-failure.component';
import { CohortDetailsComponent } from './cohort-details.component';
import { COHORT_PROBLEMS } from './cohort-problems';
import { CohortRosterComponent } from './cohort-roster.component';

/**
 * A cohort and its roster. Admins (`/admin/cohorts/:id`) enrol, import, withdraw and edit;
 * instructors (`/instructor/cohorts/:id`, `readOnly`) read the roster and export it. The page
 * loads the cohort and deletes it; its facts and its roster are section components.
 */
@Component({
  selector: 'cq-cohort-page',
  imports: [
    RouterLink,
    MatButtonModule,
    MatIconModule,
    MatMenuModule,
    MatProgressBarModule,
    TranslocoPipe,
    CohortDetailsComponent,
    CohortRosterComponent,
    LoadFailureComponent,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './cohort.page.html',
  styleUrl: './cohort.page.scss',
})
export class CohortPage {
  private readonly api = inject(CohortsApiService);
  private readonly feedback = inject(FeedbackService);
  private readonly router = inject(Router);

  readonly id = input.required<string>();
  /** Route data: the instructor's view, without admin actions. */
  readonly readOnly = input(false);

  protected readonly loader = detailLoader({
    key: () => this.id(),
    load: (id) => this.api.get(id),
  });
  protected readonly cohort = this.loader.value;
  protected readonly backLink = computed(() =>
    this.readOnly() ? '/instructor' : '/admin/cohorts',
  );

  protected remove(cohort: Cohort): void {
    // Students enrolled: the API would refuse (409 `cohort.in_use`).
    if (cohort.studentCount > 0) {
      this.feedback.explain('cohorts.problem.inUse');
      return;
    }
    this.feedback
      .confirm({
        title: 'cohorts.delete.title',
        message: 'cohorts.delete.message',
        confirm: 'cohorts.delete.confirm',
        params: { name: cohort.name },
      })
      .pipe(
        filter(Boolean),
        switchMap(() =>
          this.api.remove(cohort.id).pipe(
            catchError((error: unknown) => {
              this.feedback.error(error, COHORT_PROBLEMS);
              return EMPTY;
            }),
          ),
        ),
      )
      .subscribe(() => {
        this.feedback.notify('cohorts.delete.done', { name: cohort.name });
        void this.router.navigate(['/admin/programmes', cohort.programme.id]);
      });
  }
}
