import { Injectable, inject } from '@angular/core';
import { MatDialog } from '@angular/material/dialog';
import { MatSnackBar } from '@angular/material/snack-bar';
import { TranslocoService } from '@jsverse/transloco';
import { type Observable, map } from 'rxjs';
import { toProblem } from '../core/api/problem';
import { type Problem } from '../core/api/types';
import { ErrorMessagesService } from '../core/errors/error-messages.service';
import { ConfirmDialogComponent, type ConfirmDialogData } from './confirm-dialog.component';

/** Confirmations and snack-bar messages for a page's actions. */
@Injectable({ providedIn: 'root' })
export class FeedbackService {
  private readonly dialog = inject(MatDialog);
  private readonly snackBar = inject(MatSnackBar);
  private readonly transloco = inject(TranslocoService);
  private readonly errorMessages = inject(ErrorMessagesService);

  /** Asks to confirm; emits true when confirmed. */
  confirm(data: ConfirmDialogData): Observable<boolean> {
    return this.dialog
      .open<ConfirmDialogComponent, ConfirmDialogData, boolean>(ConfirmDialogComponent, {
        data,
        maxWidth: 'calc(100vw - 32px)',
      })
      .afterClosed()
      .pipe(map((result) => result === true));
  }

  /** A short confirmation that something was done. */
  notify(key: string, params?: Record<string, unknown>): void {
    this.snackBar.open(this.transloco.translate(key, params), undefined, { duration: 4000 });
  }

  /** Explains why an action cannot be done (stays until closed or 10 s). */
  explain(key: string, params?: Record<string, unknown>): void {
    this.snackBar.open(
      this.transloco.translate(key, params),
      this.transloco.translate('common.close'),
      {
        duration: 10000,
        politeness: 'assertive',
      },
    );
  }

  /**
   * An API error: `explain` may give a translation key for a problem code (e.g. a 409 that
   * needs more words than the generic message); else the translated problem.
   */
  error(error: unknown, explain: Readonly<Record<string, string>> = {}): Problem {
    const problem = toProblem(error);
    const key = explain[problem.code];
    const text = key ? this.transloco.translate(key) : this.errorMessages.problem(problem);
    this.snackBar.open(text, this.transloco.translate('common.close'), {
      duration: 10000,
      politeness: 'assertive',
    });
    return problem;
  }
}
