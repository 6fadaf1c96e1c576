import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { MatIconModule } from '@angular/material/icon';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { RouterLink } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import { AuthService } from '../../core/auth/auth.service';
import { HomeApiService } from '../../core/api/home-api.service';
import { type StudentHome } from '../../core/api/types';
import { DateFormatPipe } from '../../core/i18n/date-format.pipe';
import { MyProgrammeComponent } from '../../programmes/my-programme.component';
import { ProgressCardComponent } from '../../progress/progress-card.component';
import { DetailLoader } from '../../shared/detail-loader';
import { HomeSectionComponent } from '../../shared/home-section.component';
import { LoadFailureComponent } from '../../shared/load-failure.component';
import { WelcomeCardComponent } from '../../shared/welcome-card.component';

/**
 * The student's home: the next session first, then what is due (milestones, syntheses,
 * signatures), the project and who acts next, the progress to the diploma, the sessions of this
 * week and the next, new feedback and released grades; their programme below.
 */
@Component({
  selector: 'cq-student-home-page',
  imports: [
    RouterLink,
    MatIconModule,
    MatProgressBarModule,
    TranslocoPipe,
    DateFormatPipe,
    WelcomeCardComponent,
    HomeSectionComponent,
    LoadFailureComponent,
    MyProgrammeComponent,
    ProgressCardComponent,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './student-home.page.html',
  styleUrl: '../../shared/home-page.scss',
})
export class StudentHomePage {
  protected readonly auth = inject(AuthService);
  private readonly api = inject(HomeApiService);

  protected readonly loader = new DetailLoader<true, StudentHome>({
    key: () => true,
    load: () => this.api.student(),
  });
  protected readonly home = this.loader.value;

  protected readonly next = computed(() => this.home()?.sessions[0] ?? null);
  protected readonly later = computed(() => this.home()?.sessions.slice(1) ?? []);
  protected readonly dueCount = computed(() => {
    const h = this.home();
    return h ? h.milestones.length + h.synthesesToWrite.length + h.attendanceToSign.length : 0;
  });
  protected readonly lateCount = computed(
    () => this.home()?.milestones.filter((m) => m.overdue).length ?? 0,
  );
  /** The line under the greeting: how many things wait, or that nothing does. */
  protected readonly summary = computed(() => {
    const h = this.home();
    if (!h) return { key: '', params: {} };
    if (!h.cohort) return { key: 'home.student.summaryNoCohort', params: {} };
    const count = this.dueCount() + (h.project?.nextActor === 'team' ? 1 : 0);
    return count
      ? { key: 'home.student.summary', params: { count } }
      : { key: 'home.student.summaryNothing', params: {} };
  });
}
