import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { FormBuilder, FormControl, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MAT_DIALOG_DATA, MatDialogModule, MatDialogRef } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatRadioModule } from '@angular/material/radio';
import { MatSelectModule } from '@angular/material/select';
import { TranslocoPipe, provideTranslocoScope } from '@jsverse/transloco';
import { PasswordLinkComponent } from '../admin/users/password-link.component';
import { CohortsApiService } from '../core/api/cohorts-api.service';
import { toProblem } from '../core/api/problem';
import {
  type Cohort,
  type CreateEnrolmentRequest,
  type CreatedEnrolment,
  type Language,
  type Problem,
} from '../core/api/types';
import { applyProblemToForm, type ServerError } from '../core/forms/problem-form-errors';
import { LanguageService } from '../core/i18n/language.service';
import { ControlErrorsComponent } from '../shared/control-errors.component';
import { ErrorMessagePipe } from '../shared/error-message.pipe';
import {
  EmployerFieldComponent,
  type EmployerValue,
  employerChosenValidator,
  employerId,
} from './employer-field.component';

export interface EnrolDialogData {
  cohort: Cohort;
}

type Mode = 'existing' | 'new';

const CODE_TO_FIELD: Readonly<Record<string, string>> = {
  'enrolment.exists': 'email',
  'user.not_student': 'email',
};

/**
 * Enrols one student: an existing student found by e-mail, or a new one (names, language).
 * A new account's set-password link is shown at the end. Closes with the enrolment.
 */
@Component({
  selector: 'cq-enrol-dialog',
  imports: [
    ReactiveFormsModule,
    MatButtonModule,
    MatDialogModule,
    MatFormFieldModule,
    MatIconModule,
    MatInputModule,
    MatProgressBarModule,
    MatRadioModule,
    MatSelectModule,
    TranslocoPipe,
    ControlErrorsComponent,
    ErrorMessagePipe,
    EmployerFieldComponent,
    PasswordLinkComponent,
  ],
  providers: [provideTranslocoScope('cohorts')],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './enrol-dialog.component.html',
  styles: `
    form {
      display: flex;
      flex-direction: column;
    }
    .radio-group {
      display: flex;
      flex-wrap: wrap;
      gap: 0 16px;
      margin: 4px 0 12px;
    }
    .row {
      display: flex;
      flex-wrap: wrap;
      gap: 0 16px;
      > * {
        flex: 1 1 180px;
        min-width: 0;
      }
    }
    .progress {
      height: 4px;
    }
  `,
})
export class EnrolDialogComponent {
  private readonly api = inject(CohortsApiService);
  private readonly dialogRef =
    inject<MatDialogRef<EnrolDialogComponent, CreatedEnrolment>>(MatDialogRef);
  protected readonly data = inject<EnrolDialogData>(MAT_DIALOG_DATA);

  protected readonly languages: readonly Language[] = ['fr', 'en'];
  protected readonly pending = signal(false);
  protected readonly formErrors = signal<(Problem | ServerError)[]>([]);
  protected readonly result = signal<CreatedEnrolment | null>(null);
  /** "Existing student" chosen, but no account has this e-mail. */
  protected readonly unknownEmail = signal(false);

  protected readonly form = inject(FormBuilder).nonNullable.group({
    mode: ['existing' as Mode],
    email: ['', [Validators.required, Validators.email, Validators.maxLength(320)]],
    givenName: ['', [Validators.maxLength(100)]],
    familyName: ['', [Validators.maxLength(100)]],
    preferredLanguage: [inject(LanguageService).lang()],
    employer: new FormControl<EmployerValue>(null, [employerChosenValidator]),
  });

  constructor() {
    // A new student needs names; an existing one is found by e-mail only.
    this.form.controls.mode.valueChanges.pipe(takeUntilDestroyed()).subscribe((mode) => {
      const { givenName, familyName } = this.form.controls;
      for (const control of [givenName, familyName]) {
        control.setValidators(
          mode === 'new'
            ? [Validators.required, Validators.maxLength(100)]
            : [Validators.maxLength(100)],
        );
        control.updateValueAndValidity();
      }
      this.formErrors.set([]);
      this.unknownEmail.set(false);
    });
  }

  protected submit(): void {
    if (this.pending()) return;
    this.form.markAllAsTouched();
    if (this.form.invalid) return;
    const value = this.form.getRawValue();
    const body: CreateEnrolmentRequest = {
      email: value.email.trim(),
      preferredLanguage: value.preferredLanguage,
      employerId: employerId(value.employer),
    };
    if (value.mode === 'new') {
      body.givenName = value.givenName.trim();
      body.familyName = value.familyName.trim();
    }
    this.pending.set(true);
    this.formErrors.set([]);
    this.unknownEmail.set(false);
    this.api.enrol(this.data.cohort.id, body).subscribe({
      next: (result) => {
        this.pending.set(false);
        this.result.set(result);
      },
      error: (error: unknown) => {
        this.pending.set(false);
        this.formErrors.set(this.mapProblem(toProblem(error), value.mode));
      },
    });
  }

  protected switchToNew(): void {
    this.form.controls.mode.setValue('new');
  }

  protected close(): void {
    this.dialogRef.close(this.result() ?? undefined);
  }

  /** "Existing student" with an unknown e-mail: the API asks for names; say so plainly. */
  private mapProblem(problem: Problem, mode: Mode): (Problem | ServerError)[] {
    const asksForNames = (problem.errors ?? []).some(
      (e) => e.field === 'givenName' || e.field === 'familyName',
    );
    if (mode === 'existing' && asksForNames) {
      this.unknownEmail.set(true);
      return [];
    }
    const errors = (problem.errors ?? []).map((e) =>
      e.field === 'employerId' ? { ...e, field: 'employer' } : e,
    );
    return applyProblemToForm(
      this.form,
      { ...problem, errors: problem.errors && errors },
      CODE_TO_FIELD,
    );
  }
}
