import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { FormControl, ReactiveFormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MAT_DIALOG_DATA, MatDialogModule, MatDialogRef } from '@angular/material/dialog';
import { MatIconModule } from '@angular/material/icon';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { TranslocoPipe, provideTranslocoScope } from '@jsverse/transloco';
import { CohortsApiService } from '../core/api/cohorts-api.service';
import { toProblem } from '../core/api/problem';
import { type Enrolment, type Problem } from '../core/api/types';
import { ErrorMessagePipe } from '../shared/error-message.pipe';
import {
  EmployerFieldComponent,
  type EmployerValue,
  employerChosenValidator,
  employerId,
} from './employer-field.component';

export interface EmployerDialogData {
  enrolment: Enrolment;
}

/** Sets or clears a student's work-study employer. Closes with the updated enrolment. */
@Component({
  selector: 'cq-employer-dialog',
  imports: [
    ReactiveFormsModule,
    MatButtonModule,
    MatDialogModule,
    MatIconModule,
    MatProgressBarModule,
    TranslocoPipe,
    ErrorMessagePipe,
    EmployerFieldComponent,
  ],
  providers: [provideTranslocoScope('cohorts')],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <h2 mat-dialog-title>
      {{ 'cohorts.employer.title' | transloco: { name: data.enrolment.student.displayName } }}
    </h2>
    <form novalidate (ngSubmit)="submit()">
      <mat-dialog-content>
        @if (problem(); as problem) {
          <p class="cq-form-error" role="alert">
            <mat-icon>error</mat-icon>
            <span>{{ problem | cqErrorMessage }}</span>
          </p>
        }
        <cq-employer-field [control]="employer" />
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
          {{ 'cohorts.employer.save' | transloco }}
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
export class EmployerDialogComponent {
  private readonly api = inject(CohortsApiService);
  private readonly dialogRef =
    inject<MatDialogRef<EmployerDialogComponent, Enrolment>>(MatDialogRef);
  protected readonly data = inject<EmployerDialogData>(MAT_DIALOG_DATA);

  protected readonly pending = signal(false);
  protected readonly problem = signal<Problem | null>(null);
  protected readonly employer = new FormControl<EmployerValue>(this.data.enrolment.employer, [
    employerChosenValidator,
  ]);

  protected submit(): void {
    if (this.pending()) return;
    this.employer.markAsTouched();
    if (this.employer.invalid) return;
    this.pending.set(true);
    this.problem.set(null);
    this.api
      .updateEnrolment(this.data.enrolment.id, { employerId: employerId(this.employer.value) })
      .subscribe({
        next: (enrolment) => {
          this.pending.set(false);
          this.dialogRef.close(enrolment);
        },
        error: (error: unknown) => {
          this.pending.set(false);
          this.problem.set(toProblem(error));
        },
      });
  }
}
