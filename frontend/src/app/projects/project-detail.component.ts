import { ChangeDetectionStrategy, Component, computed, inject, input, signal } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatDialog } from '@angular/material/dialog';
import { MatIconModule } from '@angular/material/icon';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { RouterLink } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import { filter, forkJoin } from 'rxjs';
import { ProjectsApiService } from '../core/api/projects-api.service';
import {
  type Milestone,
  type ProjectAssessment,
  type ProjectDetail,
  type ProjectEvent,
  type ProjectState,
} from '../core/api/types';
import { LanguageService } from '../core/i18n/language.service';
import { DateFormatPipe } from '../core/i18n/date-format.pipe';
import { DefencePanelComponent } from './defence-panel.component';
import {
  EditProjectDialogComponent,
  type EditProjectDialogData,
} from './edit-project-dialog.component';
import { GradesPanelComponent } from './grades-panel.component';
import { MentorLinkPanelComponent } from './mentor-link-panel.component';
import { MilestoneCardComponent } from './milestone-card.component';
import { MilestoneDialogComponent, type MilestoneDialogData } from './milestone-dialog.component';
import { detailLoader } from '../shared/detail-loader';
import { LoadFailureComponent } from '../shared/load-failure.component';
import { ProjectMessagesService } from './project-messages.service';
import { ProjectStateComponent } from './project-state.component';
import { ProjectStepsComponent } from './project-steps.component';
import { ProjectTimelineComponent } from './project-timeline.component';
import { type TransitionAction, transitionActions } from './project-transitions';
import {
  TransitionDialogComponent,
  type TransitionDialogData,
  type TransitionDialogResult,
} from './transition-dialog.component';

/** States in which the tutor may schedule the defence. */
const DEFENCE_STATES: readonly ProjectState[] = ['approved', 'in_progress', 'submitted'];
/** States whose comment the team should read (why it was sent back, rejected, abandoned). */
const COMMENTED_STATES: readonly ProjectState[] = ['sent_back', 'rejected', 'abandoned'];

/**
 * A project's page, for its team, its tutor and admins: state and its moves, brief and
 * people, milestones (upload, versions, feedback), defence, grades, mentor link, history.
 * Shows only the actions the API says the viewer may take.
 */
@Component({
  selector: 'cq-project-detail',
  imports: [
    MatButtonModule,
    MatIconModule,
    MatProgressBarModule,
    RouterLink,
    TranslocoPipe,
    DateFormatPipe,
    DefencePanelComponent,
    GradesPanelComponent,
    MentorLinkPanelComponent,
    MilestoneCardComponent,
    LoadFailureComponent,
    ProjectStateComponent,
    ProjectStepsComponent,
    ProjectTimelineComponent,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './project-detail.component.html',
  styleUrl: './project-detail.component.scss',
})
export class ProjectDetailComponent {
  readonly projectId = input.required<string>();
  /** Where "back" goes (the list the page was opened from), with its label's key. */
  readonly backLink = input<string | null>(null);
  readonly backLabel = input('projects.back');

  private readonly api = inject(ProjectsApiService);
  private readonly dialog = inject(MatDialog);
  private readonly messages = inject(ProjectMessagesService);
  private readonly language = inject(LanguageService);

  /** The project and its timeline, loaded together. */
  protected readonly loader = detailLoader({
    key: () => this.projectId(),
    load: (id) => forkJoin({ project: this.api.get(id), events: this.api.events(id) }),
  });
  protected readonly project = computed(() => this.loader.value()?.project ?? null);
  protected readonly events = computed<ProjectEvent[]>(() => this.loader.value()?.events ?? []);
  protected readonly loading = this.loader.loading;
  protected readonly problem = this.loader.problem;
  protected readonly moving = signal(false);

  protected readonly actions = computed(() => {
    const p = this.project();
    return p ? transitionActions(p.state, p.permissions.transitions) : [];
  });
  protected readonly showComment = computed(() => {
    const p = this.project();
    return !!p?.stateComment && COMMENTED_STATES.includes(p.state);
  });
  protected readonly canScheduleDefence = computed(() => {
    const p = this.project();
    return !!p && p.permissions.canManageMilestones && DEFENCE_STATES.includes(p.state);
  });
  /** The tutor or an admin (not a team member). */
  protected readonly staff = computed(() => {
    const p = this.project()?.permissions;
    return !!p && !p.isTeamMember && (p.isTutor || p.canManageMilestones || p.canGrade);
  });
  protected readonly summaryUrl = computed(() =>
    this.api.summaryUrl(this.projectId(), this.language.lang()),
  );

  protected reload(): void {
    this.loader.reload();
  }

  protected move(action: TransitionAction): void {
    const project = this.project();
    if (!project || this.moving()) return;
    this.dialog
      .open<TransitionDialogComponent, TransitionDialogData, TransitionDialogResult>(
        TransitionDialogComponent,
        {
          data: { action, projectTitle: project.title },
          width: '520px',
          maxWidth: 'calc(100vw - 32px)',
        },
      )
      .afterClosed()
      .pipe(filter(Boolean))
      .subscribe(({ comment }) => {
        this.moving.set(true);
        this.api.transition(project.id, action.to, comment || undefined).subscribe({
          next: (updated) => {
            this.moving.set(false);
            this.messages.notify(`projects.transition.${action.key}.done`);
            // The new state shows at once; the timeline follows with the whole reload.
            this.loader.update((loaded) => ({ ...loaded, project: updated }));
            this.reload();
          },
          error: (error: unknown) => {
            this.moving.set(false);
            this.messages.error(error);
            this.reload();
          },
        });
      });
  }

  protected edit(): void {
    const project = this.project();
    if (!project) return;
    this.dialog
      .open<EditProjectDialogComponent, EditProjectDialogData, ProjectDetail>(
        EditProjectDialogComponent,
        {
          data: { project, staff: this.staff() },
          width: '640px',
          maxWidth: 'calc(100vw - 32px)',
        },
      )
      .afterClosed()
      .pipe(filter(Boolean))
      .subscribe((updated) => {
        this.loader.update((loaded) => ({ ...loaded, project: updated }));
        this.messages.notify('projects.edit.saved');
      });
  }

  protected addMilestone(): void {
    const project = this.project();
    if (!project) return;
    this.dialog
      .open<MilestoneDialogComponent, MilestoneDialogData, Milestone>(MilestoneDialogComponent, {
        data: { mode: 'create', projectId: project.id, timeZone: project.timeZone },
        width: '560px',
        maxWidth: 'calc(100vw - 32px)',
      })
      .afterClosed()
      .pipe(filter(Boolean))
      .subscribe(() => {
        this.messages.notify('projects.milestone.added');
        this.reload();
      });
  }

  protected onAssessment(assessment: ProjectAssessment): void {
    this.loader.update((loaded) => ({
      ...loaded,
      project: { ...loaded.project, assessment },
    }));
  }
}
