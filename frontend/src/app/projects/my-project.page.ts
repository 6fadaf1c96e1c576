import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatIconModule } from '@angular/material/icon';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { RouterLink } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import { catchError, forkJoin, of, throwError } from 'rxjs';
import { CohortsApiService } from '../core/api/cohorts-api.service';
import { toProblem } from '../core/api/problem';
import { ProjectsApiService } from '../core/api/projects-api.service';
import {
  type Problem,
  type ProjectState,
  type ProjectSummary,
  type MyProgramme,
} from '../core/api/types';
import { DateFormatPipe } from '../core/i18n/date-format.pipe';
import { ProjectDetailComponent } from './project-detail.component';
import { ErrorMessagePipe } from '../shared/error-message.pipe';
import { ProjectMessagesService } from './project-messages.service';
import { ProjectStateComponent } from './project-state.component';
import { ProposalFormComponent } from './proposal-form.component';

/** States after which a student may (and must) propose another project. */
const CLOSED: readonly ProjectState[] = ['rejected', 'abandoned'];

type Loaded = { projects: ProjectSummary[]; programme: MyProgramme | null };

/**
 * Student: "My project". Their current project's page; without one, the proposal form; and
 * any earlier (rejected or abandoned) projects below.
 */
@Component({
  selector: 'cq-my-project-page',
  imports: [
    MatButtonModule,
    MatIconModule,
    MatProgressBarModule,
    RouterLink,
    TranslocoPipe,
    DateFormatPipe,
    ProjectDetailComponent,
    ErrorMessagePipe,
    ProjectStateComponent,
    ProposalFormComponent,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <div class="cq-page">
      @if (loading()) {
        <h1>{{ 'projects.mine.title' | transloco }}</h1>
        <mat-progress-bar mode="indeterminate" [attr.aria-label]="'common.loading' | transloco" />
      } @else if (problem(); as problem) {
        <h1>{{ 'projects.mine.title' | transloco }}</h1>
        <div class="cq-form-error" role="alert">
          <mat-icon aria-hidden="true">error</mat-icon>
          <span class="grow">{{ problem | cqErrorMessage: 'projects' }}</span>
          <button mat-button type="button" (click)="load()">
            {{ 'common.retry' | transloco }}
          </button>
        </div>
      } @else if (current(); as current) {
        <cq-project-detail [projectId]="current.id" />
      } @else {
        <h1>{{ 'projects.propose.title' | transloco }}</h1>
        @if (programme(); as programme) {
          <p class="intro">
            {{
              'projects.propose.intro'
                | transloco: { cohort: programme.cohort.name, programme: programme.programme.title }
            }}
          </p>
          <cq-proposal-form [programme]="programme" (proposed)="onProposed()" />
        } @else {
          <p class="intro">{{ 'projects.propose.notEnrolled' | transloco }}</p>
        }
      }

      @if (earlier().length) {
        <section class="earlier" aria-labelledby="cq-earlier">
          <h2 id="cq-earlier">{{ 'projects.mine.earlier' | transloco }}</h2>
          <ul>
            @for (p of earlier(); track p.id) {
              <li>
                <a [routerLink]="['/student/project', p.id]">{{ p.title }}</a>
                <cq-project-state [state]="p.state" />
                <span class="muted">{{ p.stateChangedAt | cqDate: 'date' : p.timeZone }}</span>
              </li>
            }
          </ul>
        </section>
      }
    </div>
  `,
  styles: `
    .intro {
      max-width: 760px;
      margin: 0 0 16px;
    }
    .earlier {
      margin-top: 32px;
    }
    .earlier ul {
      margin: 0;
      padding: 0;
      list-style: none;
    }
    .earlier li {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: 4px 12px;
      padding: 6px 0;
    }
    .muted {
      color: var(--mat-sys-on-surface-variant);
    }
    .cq-form-error {
      align-items: center;
    }
    .grow {
      flex: 1;
    }
  `,
})
export class MyProjectPage {
  private readonly api = inject(ProjectsApiService);
  private readonly cohorts = inject(CohortsApiService);
  private readonly messages = inject(ProjectMessagesService);

  protected readonly loading = signal(true);
  protected readonly problem = signal<Problem | null>(null);
  private readonly projects = signal<ProjectSummary[]>([]);
  protected readonly programme = signal<MyProgramme | null>(null);

  /** The newest project that is not closed. */
  protected readonly current = computed(
    () => this.sorted().find((p) => !CLOSED.includes(p.state)) ?? null,
  );
  protected readonly earlier = computed(() =>
    this.sorted().filter((p) => CLOSED.includes(p.state)),
  );
  private readonly sorted = computed(() =>
    [...this.projects()].sort((a, b) => b.createdAt.localeCompare(a.createdAt)),
  );

  constructor() {
    this.load();
  }

  protected load(): void {
    this.loading.set(true);
    this.problem.set(null);
    forkJoin({
      projects: this.api.mine(),
      // A student enrolled nowhere cannot propose: 404 means "no programme".
      programme: this.cohorts
        .myProgramme()
        .pipe(
          catchError((error: unknown) =>
            toProblem(error).status === 404 ? of(null) : throwError(() => error),
          ),
        ),
    }).subscribe({
      next: ({ projects, programme }: Loaded) => {
        this.projects.set(projects);
        this.programme.set(programme);
        this.loading.set(false);
      },
      error: (error: unknown) => {
        this.problem.set(toProblem(error));
        this.loading.set(false);
      },
    });
  }

  protected onProposed(): void {
    this.messages.notify('projects.propose.sent');
    this.load();
  }
}
