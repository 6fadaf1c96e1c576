import { NgTemplateOutlet } from '@angular/common';
import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { MatIconModule } from '@angular/material/icon';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { Router, RouterLink, type UrlTree } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import { AuthService } from '../../core/auth/auth.service';
import { HomeApiService } from '../../core/api/home-api.service';
import { type InstructorHome } from '../../core/api/types';
import { DateFormatPipe } from '../../core/i18n/date-format.pipe';
import { DetailLoader } from '../../shared/detail-loader';
import { HomeSectionComponent } from '../../shared/home-section.component';
import { LoadFailureComponent } from '../../shared/load-failure.component';
import { WelcomeCardComponent } from '../../shared/welcome-card.component';

/**
 * The instructor's home: today's sessions and the rest of the week with what each still
 * needs, then what waits for them: invitations, proposals, submissions, late milestones,
 * syntheses to answer.
 */
@Component({
  selector: 'cq-instructor-home-page',
  imports: [
    NgTemplateOutlet,
    RouterLink,
    MatIconModule,
    MatProgressBarModule,
    TranslocoPipe,
    DateFormatPipe,
    WelcomeCardComponent,
    HomeSectionComponent,
    LoadFailureComponent,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './instructor-home.page.html',
  styleUrl: '../../shared/home-page.scss',
})
export class InstructorHomePage {
  protected readonly auth = inject(AuthService);
  private readonly api = inject(HomeApiService);
  private readonly router = inject(Router);

  protected readonly loader = new DetailLoader<true, InstructorHome>({
    key: () => true,
    load: () => this.api.instructor(),
  });
  protected readonly home = this.loader.value;

  protected readonly today = computed(() => this.home()?.sessions.filter((s) => s.today) ?? []);
  protected readonly week = computed(() => this.home()?.sessions.filter((s) => !s.today) ?? []);
  protected readonly projectCount = computed(() => {
    const h = this.home();
    return h ? h.proposals.length + h.submissions.length + h.overdueMilestones.length : 0;
  });
  protected readonly waiting = computed(() => {
    const h = this.home();
    if (!h) return 0;
    return (
      h.invitations.length +
      this.projectCount() +
      h.synthesesToReview.reduce((n, s) => n + s.waiting, 0) +
      h.attendanceToTake.length +
      h.gradesToRelease.length
    );
  });
  protected readonly summary = computed(() => {
    if (!this.home()) return { key: '', params: {} };
    const count = this.waiting();
    return count
      ? { key: 'home.instructor.summary', params: { count } }
      : { key: 'home.instructor.summaryNothing', params: {} };
  });

  /** A route the API gives, query included (`/instructor/gradebook?cohort=…`). */
  protected link(route: string): UrlTree {
    return this.router.parseUrl(route);
  }
}
