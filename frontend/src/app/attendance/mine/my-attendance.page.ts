import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { TranslocoPipe } from '@jsverse/transloco';
import { CohortsApiService } from '../../core/api/cohorts-api.service';
import { AuthService } from '../../core/auth/auth.service';
import { detailLoader } from '../../shared/detail-loader';
import { AttendanceSummaryComponent } from '../attendance-summary.component';

/** /student/attendance: the student's own attendance in the cohort they follow. */
@Component({
  selector: 'cq-my-attendance-page',
  imports: [MatProgressBarModule, TranslocoPipe, AttendanceSummaryComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <div class="cq-page">
      <header class="cq-page-header">
        <h1>{{ 'attendance.mine.title' | transloco }}</h1>
      </header>
      @if (programme.loading()) {
        <mat-progress-bar mode="indeterminate" [attr.aria-label]="'common.loading' | transloco" />
      }
      @if (programme.notFound()) {
        <p>{{ 'attendance.mine.notEnrolled' | transloco }}</p>
      } @else if (programme.problem()) {
        <p class="cq-form-error" role="alert">{{ 'problem.internal' | transloco }}</p>
      }
      @if (cohortId(); as cohortId) {
        @if (studentId(); as studentId) {
          <cq-attendance-summary [cohortId]="cohortId" [studentId]="studentId" />
        }
      }
    </div>
  `,
})
export class MyAttendancePage {
  private readonly cohorts = inject(CohortsApiService);
  private readonly auth = inject(AuthService);

  protected readonly programme = detailLoader({
    key: () => this.auth.me()?.id,
    load: () => this.cohorts.myProgramme(),
  });
  protected readonly cohortId = computed(() => this.programme.value()?.cohort.id ?? null);
  protected readonly studentId = computed(() => this.auth.me()?.id ?? null);
}
