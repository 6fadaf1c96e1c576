import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { MatIconModule } from '@angular/material/icon';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { Router, RouterLink, type UrlTree } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import { AuthService } from '../../core/auth/auth.service';
import { HomeApiService } from '../../core/api/home-api.service';
import { type AdminHome, type HomeCohortHealth } from '../../core/api/types';
import { DateFormatPipe } from '../../core/i18n/date-format.pipe';
import { DetailLoader } from '../../shared/detail-loader';
import { HomeSectionComponent } from '../../shared/home-section.component';
import { LoadFailureComponent } from '../../shared/load-failure.component';
import { LocaleNumberPipe } from '../../shared/locale-date.pipe';
import { WelcomeCardComponent } from '../../shared/welcome-card.component';

/** A link to the list behind a figure. */
interface Figure {
  value: number;
  link: UrlTree;
}

/**
 * A group of a cohort's health: its main figure (`<key>.main`) and the one beside it
 * (`<key>.side`), with `attention` when the side figure asks for action.
 */
interface Group {
  key: string;
  main: Figure;
  side: Figure;
  attention: boolean;
}

/** The administrator's home: the health of each running cohort, each figure a link. */
@Component({
  selector: 'cq-admin-home-page',
  imports: [
    RouterLink,
    MatIconModule,
    MatProgressBarModule,
    TranslocoPipe,
    DateFormatPipe,
    LocaleNumberPipe,
    WelcomeCardComponent,
    HomeSectionComponent,
    LoadFailureComponent,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './admin-home.page.html',
  styleUrls: ['../../shared/home-page.scss', './admin-home.page.scss'],
})
export class AdminHomePage {
  protected readonly auth = inject(AuthService);
  private readonly api = inject(HomeApiService);
  private readonly router = inject(Router);

  protected readonly loader = new DetailLoader<true, AdminHome>({
    key: () => true,
    load: () => this.api.admin(),
  });
  protected readonly home = this.loader.value;

  protected readonly cohorts = computed(() =>
    (this.home()?.cohorts ?? []).map((c) => ({
      cohort: c,
      groups: this.groups(c),
      projects: this.router.parseUrl(c.projectsRoute),
      projectTotal: c.projectsByState.reduce((n, s) => n + s.count, 0),
    })),
  );
  protected readonly summary = computed(() => {
    const h = this.home();
    if (!h) return { key: '', params: {} };
    return h.cohorts.length
      ? { key: 'home.admin.summary', params: { count: h.cohorts.length } }
      : { key: 'home.admin.summaryNone', params: {} };
  });

  private groups(c: HomeCohortHealth): Group[] {
    const figure = (f: { value: number; route: string }): Figure => ({
      value: f.value,
      link: this.router.parseUrl(f.route),
    });
    const group = (
      key: string,
      main: { value: number; route: string },
      side: { value: number; route: string },
      attention = false,
    ): Group => ({
      key,
      main: figure(main),
      side: figure(side),
      attention: attention && side.value > 0,
    });
    return [
      group('enrolments', c.activeEnrolments, c.withdrawnEnrolments),
      group('courseDays', c.courseDaysHeld, c.courseDaysPlanned),
      group('guestTalks', c.guestTalksConfirmed, c.guestTalksPending, true),
      group('accounts', c.passwordLinksUnused, c.passwordLinksExpired, true),
    ];
  }

  protected eligible(c: HomeCohortHealth): Figure | null {
    return c.eligibleForDiploma
      ? {
          value: c.eligibleForDiploma.value,
          link: this.router.parseUrl(c.eligibleForDiploma.route),
        }
      : null;
  }
}
