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
  viewChild,
} from '@angular/core';
import { FormBuilder, FormGroupDirective, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';
import { MatSelectModule } from '@angular/material/select';
import { TranslocoPipe } from '@jsverse/transloco';
import { type Observable } from 'rxjs';
import { toProblem } from '../core/api/problem';
import {
  type CreateFeedbackRequest,
  type Feedback,
  type Problem,
  type Submission,
} from '../core/api/types';
import { ControlErrorsComponent } from '../shared/control-errors.component';
import { DateFormatPipe } from '../core/i18n/date-format.pipe';
import { ErrorMessagePipe } from '../shared/error-message.pipe';

/** Posts a comment in a milestone's thread (the team's, the tutor's or the mentor's way). */
export type FeedbackPoster = (body: CreateFeedbackRequest) => Observable<Feedback>;

const MAX_LENGTH = 10000;

/**
 * A milestone's thread, oldest first, and the form to add to it (about one version or the
 * milestone as a whole).
 */
@Component({
  selector: 'cq-feedback-thread',
  imports: [
    ReactiveFormsModule,
    MatButtonModule,
    MatFormFieldModule,
    MatIconModule,
    MatInputModule,
    MatSelectModule,
    TranslocoPipe,
    DateFormatPipe,
    ControlErrorsComponent,
    ErrorMessagePipe,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './feedback-thread.component.html',
  styleUrl: './feedback-thread.component.scss',
})
export class FeedbackThreadComponent {
  readonly feedback = input.required<readonly Feedback[]>();
  readonly submissions = input.required<readonly Submission[]>();
  readonly milestoneTitle = input.required<string>();
  /** The programme's zone: the dates are shown in it. */
  readonly timeZone = input.required<string>();
  /** How to post; none: the thread is read-only. */
  readonly poster = input<FeedbackPoster | null>(null);
  /** The version a new comment is about by default: the latest (tutor, mentor) or none. */
  readonly aboutLatest = input(false);
  readonly posted = output<Feedback>();

  protected readonly pending = signal(false);
  protected readonly problem = signal<Problem | null>(null);
  protected readonly sent = signal(false);
  protected readonly maxLength = MAX_LENGTH;
  private readonly formDirective = viewChild(FormGroupDirective);

  protected readonly form = inject(FormBuilder).nonNullable.group({
    body: ['', [Validators.required, Validators.maxLength(MAX_LENGTH)]],
    submissionId: [''],
  });

  protected readonly latestId = computed(() => this.submissions()[0]?.id ?? '');

  constructor() {
    // Reviewers comment on the latest version by default, also when a new one arrives.
    effect(() => {
      const latest = this.aboutLatest() ? this.latestId() : '';
      untracked(() => {
        const control = this.form.controls.submissionId;
        if (!control.dirty) control.setValue(latest);
      });
    });
  }

  protected submit(): void {
    const poster = this.poster();
    if (!poster || this.pending()) return;
    this.form.markAllAsTouched();
    if (this.form.invalid || !this.form.controls.body.value.trim()) {
      this.form.controls.body.setErrors({ required: true });
      return;
    }
    const { body, submissionId } = this.form.getRawValue();
    this.pending.set(true);
    this.problem.set(null);
    this.sent.set(false);
    poster({ body: body.trim(), ...(submissionId ? { submissionId } : {}) }).subscribe({
      next: (feedback) => {
        this.pending.set(false);
        this.sent.set(true);
        // resetForm also forgets the submission, so the emptied field shows no error.
        this.formDirective()?.resetForm({
          body: '',
          submissionId: this.aboutLatest() ? this.latestId() : '',
        });
        this.posted.emit(feedback);
      },
      error: (error: unknown) => {
        this.pending.set(false);
        this.problem.set(toProblem(error));
      },
    });
  }
}
