import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { takeUntilDestroyed, toObservable } from '@angular/core/rxjs-interop';
import { MatButtonModule } from '@angular/material/button';
import { MatIconModule } from '@angular/material/icon';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatSlideToggleModule } from '@angular/material/slide-toggle';
import { RouterLink } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import { catchError, map, of, switchMap, tap } from 'rxjs';
import { toProblem } from '../core/api/problem';
import { ProjectsApiService } from '../core/api/projects-api.service';
import { type Problem, type ProjectSummary } from '../core/api/types';
import { DateFormatPipe } from '../core/i18n/date-format.pipe';
import { CountdownComponent } from './countdown.component';
import { ErrorMessagePipe } from '../shared/error-message.pipe';
import { ProjectStateComponent } from './project-state.component';

type Result = { ok: true; items: ProjectSummary[] } | { ok: false; problem: Problem };

/** Instructor: the projects they tutor, those waiting for them first, with what waits. */
@Component({
  selector: 'cq-tutored-projects-page',
  imports: [
    MatButtonModule,
    MatIconModule,
    MatProgressBarModule,
    MatSlideToggleModule,
    RouterLink,
    TranslocoPipe,
    DateFormatPipe,
    CountdownComponent,
    ErrorMessagePipe,
    ProjectStateComponent,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './tutored-projects.page.html',
  styleUrl: './tutored-projects.page.scss',
})
export class TutoredProjectsPage {
  private readonly api = inject(ProjectsApiService);

  protected readonly includeClosed = signal(false);
  private readonly reloads = signal(0);
  protected readonly loading = signal(true);
  protected readonly problem = signal<Problem | null>(null);
  protected readonly items = signal<ProjectSummary[]>([]);

  constructor() {
    const query = computed(() => ({ includeClosed: this.includeClosed(), reload: this.reloads() }));
    toObservable(query)
      .pipe(
        tap(() => this.loading.set(true)),
        switchMap(({ includeClosed }) =>
          this.api.tutored(includeClosed).pipe(
            map((items): Result => ({ ok: true, items })),
            catchError((error: unknown) => of<Result>({ ok: false, problem: toProblem(error) })),
          ),
        ),
        takeUntilDestroyed(),
      )
      .subscribe((result) => {
        this.loading.set(false);
        if (result.ok) {
          this.items.set(result.items);
          this.problem.set(null);
        } else {
          this.problem.set(result.problem);
        }
      });
  }

  protected reload(): void {
    this.reloads.update((n) => n + 1);
  }

  protected waits(p: ProjectSummary): boolean {
    return p.waiting.approval || p.waiting.newSubmissions > 0 || p.waiting.overdueMilestones > 0;
  }

  protected teamNames(p: ProjectSummary): string {
    return p.team.map((m) => m.displayName).join(', ');
  }
}
