import { ChangeDetectionStrategy, Component, inject, input, signal } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatIconModule } from '@angular/material/icon';
import { MatMenuModule } from '@angular/material/menu';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { Router, RouterLink } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import { ProgrammesApiService } from '../core/api/programmes-api.service';
import { type ProgrammeDetail } from '../core/api/types';
import { detailLoader } from '../shared/detail-loader';
import { LoadFailureComponent } from '../shared/load-failure.component';
import { DateFormatPipe } from '../core/i18n/date-format.pipe';
import { ProgrammeActionsService } from './programme-actions.service';
import { ProgrammeCohortsComponent } from './programme-cohorts.component';
import { ProgrammeModulesComponent } from './programme-modules.component';
import { ProgrammeRulesComponent } from './programme-rules.component';
import { ProgrammeStructureComponent } from './programme-structure.component';

/**
 * Admin: one programme with its rules, its modules (ordered) and its cohorts. The page loads
 * the programme and runs its actions; each section is a component of its own.
 */
@Component({
  selector: 'cq-programme-page',
  imports: [
    RouterLink,
    MatButtonModule,
    MatIconModule,
    MatMenuModule,
    MatProgressBarModule,
    TranslocoPipe,
    DateFormatPipe,
    LoadFailureComponent,
    ProgrammeCohortsComponent,
    ProgrammeModulesComponent,
    ProgrammeRulesComponent,
    ProgrammeStructureComponent,
  ],
  providers: [ProgrammeActionsService],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './programme.page.html',
  styleUrl: './programme.page.scss',
})
export class ProgrammePage {
  private readonly api = inject(ProgrammesApiService);
  private readonly actions = inject(ProgrammeActionsService);
  private readonly router = inject(Router);

  readonly id = input.required<string>();

  protected readonly loader = detailLoader({
    key: () => this.id(),
    load: (id) => this.api.get(id),
  });
  protected readonly programme = this.loader.value;
  /** A programme or module action is under way. */
  protected readonly busy = signal(false);
  protected readonly savingOrder = signal(false);

  protected archive(programme: ProgrammeDetail): void {
    this.runProgrammeAction(this.actions.archive(programme));
  }

  protected restore(programme: ProgrammeDetail): void {
    this.runProgrammeAction(this.actions.restore(programme));
  }

  protected remove(programme: ProgrammeDetail): void {
    this.runProgrammeAction(this.actions.remove(programme));
  }

  private runProgrammeAction(action: ReturnType<ProgrammeActionsService['archive']>): void {
    this.busy.set(true);
    action.subscribe({
      next: (result) => {
        if (result === 'removed') void this.router.navigate(['/admin/programmes']);
        else this.loader.set(result);
      },
      complete: () => this.busy.set(false),
    });
  }
}
