import { ChangeDetectionStrategy, Component, inject, input } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatIconModule } from '@angular/material/icon';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { RouterLink } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import { map } from 'rxjs';
import { CohortStatusComponent } from '../cohorts/cohort-status.component';
import { CohortsApiService } from '../core/api/cohorts-api.service';
import { type ProgrammeDetail } from '../core/api/types';
import { detailLoader } from '../shared/detail-loader';
import { ErrorMessagePipe } from '../shared/error-message.pipe';
import { DateFormatPipe } from '../core/i18n/date-format.pipe';

/** The programme page's cohorts, newest first, with a link to start a new one. */
@Component({
  selector: 'cq-programme-cohorts',
  imports: [
    RouterLink,
    MatButtonModule,
    MatIconModule,
    MatProgressBarModule,
    TranslocoPipe,
    ErrorMessagePipe,
    DateFormatPipe,
    CohortStatusComponent,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './programme-cohorts.component.html',
  styleUrls: ['./programme-sections.scss', './programme-cohorts.component.scss'],
})
export class ProgrammeCohortsComponent {
  private readonly api = inject(CohortsApiService);

  readonly programme = input.required<ProgrammeDetail>();

  private readonly loader = detailLoader({
    key: () => this.programme().id,
    load: (programmeId) =>
      this.api
        .list({ page: 1, size: 100, programmeId, sort: '-startsOn' })
        .pipe(map((page) => page.items)),
  });
  protected readonly cohorts = this.loader.value;
  protected readonly cohortsProblem = this.loader.problem;
}
