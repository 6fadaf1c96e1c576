import {
  ChangeDetectionStrategy,
  Component,
  computed,
  effect,
  inject,
  input,
  output,
  signal,
  untracked,
} from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatDialog } from '@angular/material/dialog';
import { MatIconModule } from '@angular/material/icon';
import { MatMenuModule } from '@angular/material/menu';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { TranslocoPipe } from '@jsverse/transloco';
import { filter } from 'rxjs';
import { toProblem } from '../core/api/problem';
import { ProjectsApiService } from '../core/api/projects-api.service';
import {
  type CreateFeedbackRequest,
  type Milestone,
  type MilestoneDetail,
  type MilestoneExtension,
  type Problem,
  type ProjectPermissions,
  type Submission,
} from '../core/api/types';
import { LocaleDatePipe } from '../shared/locale-date.pipe';
import { CountdownComponent } from './countdown.component';
import { ExtensionDialogComponent } from './extension-dialog.component';
import { type FeedbackPoster, FeedbackThreadComponent } from './feedback-thread.component';
import { MilestoneDialogComponent, type MilestoneDialogData } from './milestone-dialog.component';
import { ErrorMessagePipe } from '../shared/error-message.pipe';
import { ProjectMessagesService } from './project-messages.service';
import { SubmissionUploadComponent } from './submission-upload.component';
import { VersionsListComponent } from './versions-list.component';

/**
 * One milestone of the project page: due date with a live countdown, what is expected, the
 * upload (team), the versions, the feedback thread and, for the tutor, its management.
 */
@Component({
  selector: 'cq-milestone-card',
  imports: [
    MatButtonModule,
    MatIconModule,
    MatMenuModule,
    MatProgressBarModule,
    TranslocoPipe,
    LocaleDatePipe,
    CountdownComponent,
    FeedbackThreadComponent,
    ErrorMessagePipe,
    SubmissionUploadComponent,
    VersionsListComponent,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './milestone-card.component.html',
  styleUrl: './milestone-card.component.scss',
})
export class MilestoneCardComponent {
  readonly milestone = input.required<Milestone>();
  readonly permissions = input.required<ProjectPermissions>();
  /** Something changed that the project page shows too (status, counts, dates). */
  readonly changed = output<void>();

  private readonly api = inject(ProjectsApiService);
  private readonly dialog = inject(MatDialog);
  private readonly messages = inject(ProjectMessagesService);

  protected readonly detail = signal<MilestoneDetail | null>(null);
  protected readonly loading = signal(true);
  protected readonly problem = signal<Problem | null>(null);
  protected readonly headingId = `cq-milestone-${Math.random().toString(36).slice(2, 10)}`;

  protected readonly submitted = computed(() => {
    const status = this.milestone().status;
    return status === 'submitted' || status === 'submitted_late';
  });

  protected readonly poster = computed<FeedbackPoster | null>(() =>
    this.permissions().canComment
      ? (body: CreateFeedbackRequest) => this.api.postFeedback(this.milestone().id, body)
      : null,
  );

  constructor() {
    // Load the details again whenever the project page hands in a newer milestone.
    effect(() => {
      const milestone = this.milestone();
      untracked(() => this.load(milestone.id));
    });
  }

  protected load(id = this.milestone().id): void {
    this.loading.set(true);
    this.api.milestone(id).subscribe({
      next: (detail) => {
        this.detail.set(detail);
        this.problem.set(null);
        this.loading.set(false);
      },
      error: (error: unknown) => {
        this.problem.set(toProblem(error));
        this.loading.set(false);
      },
    });
  }

  protected onUploaded(submission: Submission): void {
    this.detail.update((detail) =>
      detail ? { ...detail, submissions: [submission, ...detail.submissions] } : detail,
    );
    this.changed.emit();
  }

  protected onPosted(): void {
    this.changed.emit();
  }

  protected edit(): void {
    this.dialog
      .open<MilestoneDialogComponent, MilestoneDialogData, Milestone>(MilestoneDialogComponent, {
        data: { mode: 'edit', milestone: this.milestone() },
        width: '560px',
        maxWidth: 'calc(100vw - 32px)',
      })
      .afterClosed()
      .pipe(filter(Boolean))
      .subscribe(() => {
        this.messages.notify('projects.milestone.saved');
        this.changed.emit();
      });
  }

  protected extend(): void {
    this.dialog
      .open<ExtensionDialogComponent, Milestone, MilestoneExtension>(ExtensionDialogComponent, {
        data: this.milestone(),
        width: '520px',
        maxWidth: 'calc(100vw - 32px)',
      })
      .afterClosed()
      .pipe(filter(Boolean))
      .subscribe(() => {
        this.messages.notify('projects.extension.granted');
        this.changed.emit();
      });
  }

  protected remove(): void {
    const milestone = this.milestone();
    this.messages
      .confirm({
        title: 'projects.milestone.removeTitle',
        message: 'projects.milestone.removeMessage',
        confirm: 'projects.milestone.remove',
        params: { title: milestone.title },
      })
      .pipe(filter(Boolean))
      .subscribe(() =>
        this.api.removeMilestone(milestone.id).subscribe({
          next: () => {
            this.messages.notify('projects.milestone.removed', { title: milestone.title });
            this.changed.emit();
          },
          error: (error: unknown) => this.messages.error(error),
        }),
      );
  }
}
