import {
  ChangeDetectionStrategy,
  Component,
  computed,
  effect,
  inject,
  input,
  signal,
  untracked,
} from '@angular/core';
import { FormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatToolbarModule } from '@angular/material/toolbar';
import { TranslocoPipe } from '@jsverse/transloco';
import { MentorApiService } from '../core/api/mentor-api.service';
import { toProblem } from '../core/api/problem';
import {
  type CreateFeedbackRequest,
  type Feedback,
  type MentorMilestone,
  type MentorProject,
  type Problem,
} from '../core/api/types';
import { LanguageSwitchComponent } from '../core/i18n/language-switch.component';
import { LanguageService } from '../core/i18n/language.service';
import { ControlErrorsComponent } from '../shared/control-errors.component';
import { DateFormatPipe } from '../core/i18n/date-format.pipe';
import { LocaleNumberPipe } from '../shared/locale-date.pipe';
import { CountdownComponent } from '../projects/countdown.component';
import {
  type FeedbackPoster,
  FeedbackThreadComponent,
} from '../projects/feedback-thread.component';
import { detailLoader } from '../shared/detail-loader';
import { ErrorMessagePipe } from '../shared/error-message.pipe';
import { ProjectMessagesService } from '../projects/project-messages.service';
import { ProjectStateComponent } from '../projects/project-state.component';
import { VersionsListComponent } from '../projects/versions-list.component';

/** Why a link does not open the project: each gets its own page. */
type LinkFailure = 'invalid' | 'expired' | 'revoked' | 'other';

function failureOf(problem: Problem): LinkFailure {
  switch (problem.code) {
    case 'mentor_link.invalid':
      return 'invalid';
    case 'mentor_link.expired':
      return 'expired';
    case 'mentor_link.revoked':
      return 'revoked';
    default:
      return problem.status === 404 ? 'invalid' : 'other';
  }
}

/**
 * `/mentor/:token`: the partner's mentor, without an account, reads the brief, the team and
 * the milestones with their versions, leaves feedback and proposes a grade for the final
 * report. No app navigation; the language switch stays.
 */
@Component({
  selector: 'cq-mentor-page',
  imports: [
    ReactiveFormsModule,
    MatButtonModule,
    MatFormFieldModule,
    MatIconModule,
    MatInputModule,
    MatProgressBarModule,
    MatToolbarModule,
    TranslocoPipe,
    ControlErrorsComponent,
    CountdownComponent,
    FeedbackThreadComponent,
    LanguageSwitchComponent,
    DateFormatPipe,
    LocaleNumberPipe,
    ErrorMessagePipe,
    ProjectStateComponent,
    VersionsListComponent,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './mentor.page.html',
  styleUrl: './mentor.page.scss',
})
export class MentorPage {
  /** Route parameter: the signed link's token. */
  readonly token = input.required<string>();

  private readonly api = inject(MentorApiService);
  private readonly messages = inject(ProjectMessagesService);
  private readonly language = inject(LanguageService);

  protected readonly loader = detailLoader({
    key: () => this.token(),
    load: (token) => this.api.view(token),
  });
  protected readonly project = this.loader.value;
  protected readonly loading = this.loader.loading;
  protected readonly problem = this.loader.problem;
  protected readonly failure = computed(() => {
    const problem = this.problem();
    return problem ? failureOf(problem) : null;
  });
  protected readonly summaryUrl = computed(() =>
    this.api.summaryUrl(this.token(), this.language.lang()),
  );

  protected readonly gradePending = signal(false);
  protected readonly gradeProblem = signal<Problem | null>(null);
  protected readonly gradeForm = inject(FormBuilder).nonNullable.group({
    grade: [null as number | null, [Validators.required]],
    comment: ['', [Validators.maxLength(5000)]],
  });

  constructor() {
    // Not loading: the mentor's own proposal fills the form until they change it.
    effect(() => {
      const own = this.project()?.assessment.mentor;
      untracked(() => {
        if (own && this.gradeForm.pristine) {
          this.gradeForm.reset({ grade: own.grade, comment: own.comment ?? '' });
        }
      });
    });
  }

  protected load(): void {
    this.loader.reload();
  }

  private readonly posters = new Map<string, FeedbackPoster>();

  /** One poster per milestone, kept so that the thread's input does not change each time. */
  protected posterFor(milestone: MentorMilestone): FeedbackPoster {
    let poster = this.posters.get(milestone.id);
    if (!poster) {
      poster = (body: CreateFeedbackRequest) =>
        this.api.postFeedback(this.token(), milestone.id, body);
      this.posters.set(milestone.id, poster);
    }
    return poster;
  }

  protected onPosted(milestone: MentorMilestone, feedback: Feedback): void {
    this.loader.update((p) => ({
      ...p,
      milestones: p.milestones.map((m) =>
        m.id === milestone.id ? { ...m, feedback: [...m.feedback, feedback] } : m,
      ),
    }));
  }

  protected proposeGrade(): void {
    if (this.gradePending()) return;
    this.gradeForm.markAllAsTouched();
    if (this.gradeForm.invalid) return;
    const { grade, comment } = this.gradeForm.getRawValue();
    this.gradePending.set(true);
    this.gradeProblem.set(null);
    this.api
      .proposeGrade(this.token(), { grade: Number(grade), comment: comment.trim() || null })
      .subscribe({
        next: (assessment) => {
          this.gradePending.set(false);
          this.gradeForm.markAsPristine();
          this.loader.update((p) => ({ ...p, assessment }));
          this.messages.notify('projects.mentor.gradeSaved');
        },
        error: (error: unknown) => {
          this.gradePending.set(false);
          this.gradeProblem.set(toProblem(error));
        },
      });
  }

  protected teamNames(project: MentorProject): string {
    return project.team.map((m) => m.displayName).join(', ');
  }

  protected submitted(m: MentorMilestone): boolean {
    return m.status === 'submitted' || m.status === 'submitted_late' || m.status === 'done';
  }
}
