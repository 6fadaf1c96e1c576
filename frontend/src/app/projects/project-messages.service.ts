import { Injectable, inject } from '@angular/core';
import { MatDialog } from '@angular/material/dialog';
import { MatSnackBar } from '@angular/material/snack-bar';
import { TranslocoService } from '@jsverse/transloco';
import { type Observable, map } from 'rxjs';
import { toProblem } from '../core/api/problem';
import { type Problem } from '../core/api/types';
import { ErrorMessagesService } from '../core/errors/error-messages.service';
import { type ServerError } from '../core/forms/problem-form-errors';
import { ConfirmDialogComponent, type ConfirmDialogData } from '../shared/confirm-dialog.component';

function isProblem(value: Problem | ServerError): value is Problem {
  return 'status' in value && 'type' in value;
}

/**
 * Messages of the project screens: the API's project codes (`project.*`, `upload.*`,
 * `mentor_link.*`…) are translated in the `projects` scope, the others as everywhere else.
 */
@Injectable({ providedIn: 'root' })
export class ProjectMessagesService {
  private readonly transloco = inject(TranslocoService);
  private readonly errors = inject(ErrorMessagesService);
  private readonly snackBar = inject(MatSnackBar);
  private readonly dialog = inject(MatDialog);

  /** The text for a problem (or a server error on a form), in the active language. */
  problem(problem: Problem | ServerError): string {
    return isProblem(problem)
      ? this.errors.problem(problem, 'projects')
      : this.errors.field(problem, 'projects');
  }

  /** A snack bar with what went wrong; returns the problem. */
  error(error: unknown): Problem {
    const problem = toProblem(error);
    this.snackBar.open(this.problem(problem), this.transloco.translate('common.close'), {
      duration: 10000,
      politeness: 'assertive',
    });
    return problem;
  }

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
}
