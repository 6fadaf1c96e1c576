import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { FormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MAT_DIALOG_DATA, MatDialogModule, MatDialogRef } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatSelectModule } from '@angular/material/select';
import { MatSlideToggleModule } from '@angular/material/slide-toggle';
import { TranslocoPipe, provideTranslocoScope } from '@jsverse/transloco';
import { toProblem } from '../core/api/problem';
import { ProgrammesApiService } from '../core/api/programmes-api.service';
import { type Problem, type ProgrammeDetail, type UpdateProgrammeRequest } from '../core/api/types';
import { applyProblemToForm, type ServerError } from '../core/forms/problem-form-errors';
import { ControlErrorsComponent } from '../shared/control-errors.component';
import { ErrorMessagePipe } from '../shared/error-message.pipe';
import { LocaleNumberPipe } from '../shared/locale-date.pipe';

/** Grade steps each scale allows (as the API checks them). */
export const GRADE_STEPS = { CH_6: [0.5, 0.25], FR_20: [0.01] } as const;
/** Steps the overall average may be rounded to; 0 in the form: not rounded (null to the API). */
export const ROUNDINGS: readonly number[] = [0, 0.01, 0.05, 0.1, 0.25, 0.5, 1];

const CODE_TO_FIELD: Readonly<Record<string, string>> = {
  'programme.step_locked': 'gradeStep',
};

const minutes = [
  Validators.required,
  Validators.min(0),
  Validators.max(240),
  Validators.pattern(/^\d+$/),
];
const weight = [
  Validators.required,
  Validators.min(0),
  Validators.max(100),
  Validators.pattern(/^\d+$/),
];

/** The programme's grading and attendance settings; closes with the saved programme. */
@Component({
  selector: 'cq-programme-settings-dialog',
  imports: [
    ReactiveFormsModule,
    MatButtonModule,
    MatDialogModule,
    MatFormFieldModule,
    MatIconModule,
    MatInputModule,
    MatProgressBarModule,
    MatSelectModule,
    MatSlideToggleModule,
    TranslocoPipe,
    ControlErrorsComponent,
    ErrorMessagePipe,
    LocaleNumberPipe,
  ],
  providers: [provideTranslocoScope('programmes')],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './programme-settings-dialog.component.html',
  styles: `
    form {
      display: flex;
      flex-direction: column;
    }
    .row {
      display: flex;
      flex-wrap: wrap;
      gap: 0 16px;
      > * {
        flex: 1 1 160px;
        min-width: 0;
      }
    }
    fieldset {
      border: 1px solid var(--mat-sys-outline-variant);
      border-radius: var(--mat-sys-corner-medium);
      margin: 0 0 16px;
      padding: 4px 12px 8px;
    }
    legend {
      padding: 0 4px;
      font: var(--mat-sys-title-small);
    }
    mat-slide-toggle {
      display: block;
      margin: 8px 0;
    }
    .progress {
      height: 4px;
    }
  `,
})
export class ProgrammeSettingsDialogComponent {
  private readonly api = inject(ProgrammesApiService);
  private readonly dialogRef =
    inject<MatDialogRef<ProgrammeSettingsDialogComponent, ProgrammeDetail>>(MatDialogRef);
  protected readonly programme = inject<ProgrammeDetail>(MAT_DIALOG_DATA);
  protected readonly steps: readonly number[] = GRADE_STEPS[this.programme.gradingScale];
  protected readonly roundings = ROUNDINGS;
  protected readonly pending = signal(false);
  protected readonly formErrors = signal<(Problem | ServerError)[]>([]);

  protected readonly form = inject(FormBuilder).nonNullable.group({
    gradeStep: [this.programme.gradeStep, [Validators.required]],
    averageWeighting: [this.programme.averageWeighting],
    finalRounding: [this.programme.finalRounding ?? 0],
    resitPolicy: [this.programme.resitPolicy],
    projectWeightTutor: [this.programme.projectWeightTutor as number | null, weight],
    projectWeightMentor: [this.programme.projectWeightMentor as number | null, weight],
    projectWeightJury: [this.programme.projectWeightJury as number | null, weight],
    signingOpensBeforeMinutes: [this.programme.signingOpensBeforeMinutes as number | null, minutes],
    signingClosesAfterMinutes: [this.programme.signingClosesAfterMinutes as number | null, minutes],
    compensation: [this.programme.compensation],
    keepPassedModules: [this.programme.keepPassedModules],
  });

  protected weightsSum(): number {
    const v = this.form.getRawValue();
    return (v.projectWeightTutor ?? 0) + (v.projectWeightMentor ?? 0) + (v.projectWeightJury ?? 0);
  }

  protected submit(): void {
    if (this.pending()) return;
    this.form.markAllAsTouched();
    if (this.form.invalid || this.weightsSum() !== 100) return;
    const v = this.form.getRawValue();
    const body: Partial<UpdateProgrammeRequest> = {
      gradeStep: v.gradeStep as UpdateProgrammeRequest['gradeStep'],
      averageWeighting: v.averageWeighting,
      finalRounding: (v.finalRounding || null) as UpdateProgrammeRequest['finalRounding'],
      resitPolicy: v.resitPolicy,
      projectWeightTutor: v.projectWeightTutor ?? 0,
      projectWeightMentor: v.projectWeightMentor ?? 0,
      projectWeightJury: v.projectWeightJury ?? 0,
      signingOpensBeforeMinutes: v.signingOpensBeforeMinutes ?? 0,
      signingClosesAfterMinutes: v.signingClosesAfterMinutes ?? 0,
      compensation: v.compensation,
      keepPassedModules: v.keepPassedModules,
    };
    this.pending.set(true);
    this.formErrors.set([]);
    this.api.update(this.programme.id, body).subscribe({
      next: (saved) => {
        this.pending.set(false);
        this.dialogRef.close(saved);
      },
      error: (error: unknown) => {
        this.pending.set(false);
        this.formErrors.set(applyProblemToForm(this.form, toProblem(error), CODE_TO_FIELD));
      },
    });
  }
}
