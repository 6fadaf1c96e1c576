import { ChangeDetectionStrategy, Component, computed, inject, input, output } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatDialog } from '@angular/material/dialog';
import { MatIconModule } from '@angular/material/icon';
import { MatMenuModule } from '@angular/material/menu';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { TranslocoPipe } from '@jsverse/transloco';
import { filter } from 'rxjs';
import { ProjectsApiService } from '../core/api/projects-api.service';
import {
  type CreateFeedbackRequest,
  type Milestone,
  type MilestoneDetail,
  type MilestoneExtension,
  type ProjectPermissions,
  type Submission,
} from '../core/api/types';
import { DateFormatPipe } from '../core/i18n/date-format.pipe';
import { CountdownComponent } from './countdown.component';
import { ExtensionDialogComponent, type ExtensionDialogData } from './extension-dialog.component';
import { type FeedbackPoster, FeedbackThreadComponent } from './feedback-thread.component';
import { MilestoneDialogComponent, type MilestoneDialogData } from './milestone-dialog.component';
import { detailLoader } from '../shared/detail-loader';
import { LoadFailureComponent } from '../shared/load-failure.component';
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
    DateFormatPipe,
    CountdownComponent,
    FeedbackThreadComponent,
    LoadFailureComponent,
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
  /** The programme's zone: the dates are shown in it. */
  readonly timeZone = input.required<string>();
  /** Something changed that the project page shows too (status, counts, dates). */
  readonly changed = output<void>();

  private readonly api = inject(ProjectsApiService);
  private readonly dialog = inject(MatDialog);
  private readonly messages = inject(ProjectMessagesService);

  /**
   * The versions, extensions and feedback. The project page hands in a newer copy of the
   * milestone after each change: the same milestone, so it reloads and stays on screen.
   */
  protected readonly loader = detailLoader<Milestone, MilestoneDetail>({
    key: () => this.milestone(),
    load: (milestone) => this.api.milestone(milestone.id),
    sameRecord: (previous, next) => previous.id === next.id,
  });
  protected readonly detail = this.loader.value;
  /** Only the first load shows the bar: a reload keeps the details on screen. */
  protected readonly firstLoad = computed(() => this.loader.state().kind === 'loading');
  protected readonly headingId = `cq-milestone-${Math.random().toString(36).slice(2, 10)}`;

  protected readonly submitted = computed(() => {
    const status = this.milestone().status;
    // `done`: the project's state has moved past it (a proposed project's proposal).
    return status === 'submitted' || status === 'submitted_late' || status === 'done';
  });

  protected readonly poster = computed<FeedbackPoster | null>(() =>
    this.permissions().canComment
      ? (body: CreateFeedbackRequest) => this.api.postFeedback(this.milestone().id, body)
      : null,
  );

  protected onUploaded(submission: Submission): void {
    this.loader.update((detail) => ({
      ...detail,
      submissions: [submission, ...detail.submissions],
    }));
    this.changed.emit();
  }

  protected onPosted(): void {
    this.changed.emit();
  }

  protected edit(): void {
    this.dialog
      .open<MilestoneDialogComponent, MilestoneDialogData, Milestone>(MilestoneDialogComponent, {
        data: { mode: 'edit', milestone: this.milestone(), timeZone: this.timeZone() },
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
      .open<ExtensionDialogComponent, ExtensionDialogData, MilestoneExtension>(
        ExtensionDialogComponent,
        {
          data: { milestone: this.milestone(), timeZone: this.timeZone() },
          width: '520px',
          maxWidth: 'calc(100vw - 32px)',
        },
      )
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
