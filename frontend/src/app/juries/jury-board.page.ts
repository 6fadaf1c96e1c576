import { BreakpointObserver } from '@angular/cdk/layout';
import { NgTemplateOutlet } from '@angular/common';
import { ChangeDetectionStrategy, Component, computed, inject, input, signal } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { MatButtonModule } from '@angular/material/button';
import { MatDialog } from '@angular/material/dialog';
import { MatIconModule } from '@angular/material/icon';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { RouterLink } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import { map } from 'rxjs';
import { AuthService } from '../core/auth/auth.service';
import { toProblem } from '../core/api/problem';
import { type Problem } from '../core/api/types';
import { DateFormatPipe } from '../core/i18n/date-format.pipe';
import { LanguageService } from '../core/i18n/language.service';
import { ReasonParamsPipe } from '../progress/reason-params';
import { detailLoader } from '../shared/detail-loader';
import { ErrorMessagePipe } from '../shared/error-message.pipe';
import { FeedbackService } from '../shared/feedback.service';
import { LoadFailureComponent } from '../shared/load-failure.component';
import { LocaleNumberPipe } from '../shared/locale-date.pipe';
import { DecisionDialogComponent, type DecisionDialogData } from './decision-dialog.component';
import {
  type BoardStudent,
  type JuryBoard,
  type JuryDecision,
  JuriesApiService,
} from './juries-api.service';
import { HonoursDialogComponent, type HonoursDialogData } from './honours-dialog.component';
import { SignDialogComponent, type SignDialogData } from './sign-dialog.component';

/**
 * The jury's board: every student's outcome (the rules not met and why, the final grade) and
 * the decision in force, a table on a desktop and cards on a phone; decide per student, award
 * everyone who meets every rule at once, the president's sign-off, the minutes, and after the
 * sign-off corrections as new dated decisions.
 */
@Component({
  selector: 'cq-jury-board-page',
  imports: [
    NgTemplateOutlet,
    MatButtonModule,
    MatIconModule,
    MatProgressBarModule,
    RouterLink,
    TranslocoPipe,
    DateFormatPipe,
    ErrorMessagePipe,
    LoadFailureComponent,
    LocaleNumberPipe,
    ReasonParamsPipe,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './jury-board.page.html',
  styleUrl: './jury-board.page.scss',
})
export class JuryBoardPage {
  readonly id = input.required<string>();

  private readonly api = inject(JuriesApiService);
  private readonly dialog = inject(MatDialog);
  private readonly feedback = inject(FeedbackService);
  private readonly language = inject(LanguageService);

  protected readonly phone = toSignal(
    inject(BreakpointObserver)
      .observe('(max-width: 839.98px)')
      .pipe(map((state) => state.matches)),
    { initialValue: false },
  );
  protected readonly loader = detailLoader({
    key: () => this.id(),
    load: (id) => this.api.board(id),
  });
  protected readonly busy = signal(false);
  protected readonly problem = signal<Problem | null>(null);

  protected readonly signed = computed(() => this.loader.value()?.jury.status === 'signed');
  private readonly auth = inject(AuthService);
  /** Admins hold the jury; after the sign-off they may still correct a decision. */
  protected readonly isAdmin = computed(() => this.auth.role() === 'admin');
  protected readonly eligible = computed(
    () => this.loader.value()?.students.filter((s) => s.rulesMet && !s.decision).length ?? 0,
  );
  protected readonly undecided = computed(
    () => this.loader.value()?.students.filter((s) => !s.decision).length ?? 0,
  );
  protected readonly minutesUrl = computed(() =>
    this.api.minutesUrl(this.id(), this.language.lang()),
  );

  protected honoursLabel(d: JuryDecision): string | null {
    return this.language.lang() === 'fr' ? d.honoursLabelFr : d.honoursLabelEn;
  }

  protected decide(board: JuryBoard, student: BoardStudent): void {
    this.dialog
      .open<DecisionDialogComponent, DecisionDialogData, JuryDecision>(DecisionDialogComponent, {
        data: {
          juryId: board.jury.id,
          student,
          levels: board.honoursLevels,
          signed: board.jury.status === 'signed',
        },
        maxWidth: 'calc(100vw - 32px)',
        autoFocus: 'first-tabbable',
      })
      .afterClosed()
      .subscribe((saved) => {
        if (!saved) return;
        this.feedback.notify('juries.saved');
        this.loader.reload();
      });
  }

  protected awardEligible(board: JuryBoard): void {
    this.feedback
      .confirm({
        title: 'juries.award.title',
        message: 'juries.award.message',
        params: { count: this.eligible() },
        confirm: 'juries.award.confirm',
      })
      .subscribe((ok) => {
        if (!ok) return;
        this.busy.set(true);
        this.problem.set(null);
        this.api.awardEligible(board.jury.id).subscribe({
          next: ({ awarded }) => {
            this.busy.set(false);
            this.feedback.notify('juries.award.done', { count: awarded });
            this.loader.reload();
          },
          error: (error: unknown) => {
            this.busy.set(false);
            this.problem.set(toProblem(error));
          },
        });
      });
  }

  protected sign(board: JuryBoard): void {
    this.dialog
      .open<SignDialogComponent, SignDialogData, JuryBoard>(SignDialogComponent, {
        data: { juryId: board.jury.id, members: board.members },
        maxWidth: 'calc(100vw - 32px)',
        autoFocus: 'first-tabbable',
      })
      .afterClosed()
      .subscribe((signed) => {
        if (!signed) return;
        this.feedback.notify('juries.sign.done');
        this.loader.reload();
      });
  }

  protected editHonours(board: JuryBoard): void {
    this.dialog
      .open<HonoursDialogComponent, HonoursDialogData, boolean>(HonoursDialogComponent, {
        data: {
          programmeId: board.jury.cohort.programmeId,
          programmeTitle: board.jury.cohort.programmeTitle,
          levels: board.honoursLevels,
          pass: board.pass,
          max: board.max,
        },
        maxWidth: 'calc(100vw - 32px)',
        autoFocus: 'first-tabbable',
      })
      .afterClosed()
      .subscribe((saved) => {
        if (!saved) return;
        this.feedback.notify('juries.honoursEdit.saved');
        this.loader.reload();
      });
  }
}
