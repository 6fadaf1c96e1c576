import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { FormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatDatepickerModule } from '@angular/material/datepicker';
import { MAT_DIALOG_DATA, MatDialogModule, MatDialogRef } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { TranslocoPipe, provideTranslocoScope } from '@jsverse/transloco';
import { CohortsApiService } from '../core/api/cohorts-api.service';
import { toProblem } from '../core/api/problem';
import { type Enrolment, type Problem } from '../core/api/types';
import { applyProblemToForm, type ServerError } from '../core/forms/problem-form-errors';
import { ControlErrorsComponent } from '../shared/control-errors.component';
import { ErrorMessagePipe } from '../shared/error-message.pipe';
import { DateTime } from 'luxon';

export interface WithdrawDialogData {
  enrolment: Enrolment;
}

/**
 * Withdraws a student from the cohort, with a date (today by default, not in the future)
 * and a reason; the enrolment stays in the history. Closes with the updated enrolment.
 */
@Component({
  selector: 'cq-withdraw-dialog',
  imports: [
    ReactiveFormsModule,
    MatButtonModule,
    MatDatepickerModule,
    MatDialogModule,
    MatFormFieldModule,
    MatIconModule,
    MatInputModule,
    MatProgressBarModule,
    TranslocoPipe,
    ControlErrorsComponent,
    ErrorMessagePipe,
  ],
  providers: [provideTranslocoScope('cohorts')],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <h2 mat-dialog-title>
      {{ 'cohorts.withdraw.title' | transloco: { name: data.enrolment.student.displayName } }}
    </h2>
    <form [formGroup]="form" novalidate (ngSubmit)="submit()">
      <mat-dialog-content>
        <p>
          {{ 'cohorts.withdraw.message' | transloco: { name: data.enrolment.student.displayName } }}
        </p>
        <div role="alert">
          @for (error of formErrors(); track $index) {
            <p class="cq-form-error">
              <mat-icon>error</mat-icon>
              <span>{{ error | cqErrorMessage }}</span>
            </p>
          }
        </div>
        <mat-form-field class="cq-full-width" subscriptSizing="dynamic">
          <mat-label>{{ 'cohorts.withdraw.date' | transloco }}</mat-label>
          <input
            matInput
            formControlName="withdrawnOn"
            required
            [matDatepicker]="picker"
            [max]="today"
          />
          <mat-hint>{{ 'dates.dateHint' | transloco }}</mat-hint>
          <mat-datepicker-toggle
            matIconSuffix
            [for]="picker"
            [aria-label]="'cohorts.withdraw.openCalendar' | transloco"
          />
          <mat-datepicker #picker />
          <mat-error>
            @if (form.controls.withdrawnOn.hasError('matDatepickerParse')) {
              {{ 'cohorts.form.dateInvalid' | transloco }}
            } @else if (form.controls.withdrawnOn.hasError('matDatepickerMax')) {
              {{ 'cohorts.withdraw.notInFuture' | transloco }}
            } @else {
              <cq-control-errors [control]="form.controls.withdrawnOn" />
            }
          </mat-error>
        </mat-form-field>
        <mat-form-field class="cq-full-width">
          <mat-label>{{ 'cohorts.withdraw.reason' | transloco }}</mat-label>
          <textarea matInput formControlName="reason" rows="3" required></textarea>
          <mat-error><cq-control-errors [control]="form.controls.reason" /></mat-error>
        </mat-form-field>
        <div class="progress">
          @if (pending()) {
            <mat-progress-bar
              mode="indeterminate"
              [attr.aria-label]="'common.loading' | transloco"
            />
          }
        </div>
      </mat-dialog-content>
      <mat-dialog-actions align="end">
        <button mat-button type="button" mat-dialog-close>{{ 'common.cancel' | transloco }}</button>
        <button mat-flat-button type="submit" [disabled]="pending()">
          {{ 'cohorts.withdraw.confirm' | transloco }}
        </button>
      </mat-dialog-actions>
    </form>
  `,
  styles: `
    .progress {
      height: 4px;
    }
  `,
})
export class WithdrawDialogComponent {
  private readonly api = inject(CohortsApiService);
  private readonly dialogRef =
    inject<MatDialogRef<WithdrawDialogComponent, Enrolment>>(MatDialogRef);
  protected readonly data = inject<WithdrawDialogData>(MAT_DIALOG_DATA);

  protected readonly today = startOfToday();
  protected readonly pending = signal(false);
  protected readonly formErrors = signal<(Problem | ServerError)[]>([]);

  protected readonly form = inject(FormBuilder).nonNullable.group({
    withdrawnOn: [startOfToday() as DateTime | null, [Validators.required]],
    reason: ['', [Validators.required, Validators.maxLength(1000)]],
  });

  protected submit(): void {
    if (this.pending()) return;
    this.form.markAllAsTouched();
    if (this.form.invalid) return;
    const { withdrawnOn, reason } = this.form.getRawValue();
    this.pending.set(true);
    this.formErrors.set([]);
    this.api
      .withdraw(this.data.enrolment.id, {
        reason: reason.trim(),
        withdrawnAt: withdrawalInstant(withdrawnOn as DateTime),
      })
      .subscribe({
        next: (enrolment) => {
          this.pending.set(false);
          this.dialogRef.close(enrolment);
        },
        error: (error: unknown) => {
          this.pending.set(false);
          const problem = toProblem(error);
          const errors = (problem.errors ?? []).map((e) =>
            e.field === 'withdrawnAt' ? { ...e, field: 'withdrawnOn' } : e,
          );
          this.formErrors.set(
            applyProblemToForm(this.form, { ...problem, errors: problem.errors && errors }),
          );
        },
      });
  }
}

/** Today as a date field holds it (a wall date, see `core/i18n/date-fields.ts`). */
function startOfToday(): DateTime {
  const now = DateTime.local();
  return DateTime.utc(now.year, now.month, now.day);
}

/** The instant to record for a chosen day: now when it is today, else noon of that day. */
function withdrawalInstant(day: DateTime): string {
  if (day.hasSame(startOfToday(), 'day')) return new Date().toISOString();
  return DateTime.local(day.year, day.month, day.day, 12).toUTC().toISO() ?? '';
}
