import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { FormControl, FormGroup, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatCheckboxModule } from '@angular/material/checkbox';
import { MatDatepickerModule } from '@angular/material/datepicker';
import { MAT_DIALOG_DATA, MatDialogModule, MatDialogRef } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';
import { MatSelectModule } from '@angular/material/select';
import { TranslocoPipe } from '@jsverse/transloco';
import { type DateTime } from 'luxon';
import { catchError, map, of } from 'rxjs';
import { toProblem } from '../core/api/problem';
import { SessionsApiService } from '../core/api/sessions-api.service';
import { type Problem } from '../core/api/types';
import { dateFieldValue, isoDateOf } from '../core/i18n/date-fields';
import { ControlErrorsComponent } from '../shared/control-errors.component';
import { ErrorMessagePipe } from '../shared/error-message.pipe';
import {
  ASSESSMENT_KINDS,
  type Assessment,
  type AssessmentKind,
  AssessmentsApiService,
  type Gradebook,
} from './assessments-api.service';

export interface AssessmentDialogData {
  cohortId: string;
  modules: Gradebook['modules'];
  /** null: a new one. */
  assessment: Assessment | null;
  /** The module a new one goes in (the gradebook's filter). */
  moduleId: string | null;
}

const DAY = 86_400_000;

/** Defines or changes an assessment; closes with the saved one. */
@Component({
  selector: 'cq-assessment-dialog',
  imports: [
    ReactiveFormsModule,
    MatButtonModule,
    MatCheckboxModule,
    MatDatepickerModule,
    MatDialogModule,
    MatFormFieldModule,
    MatIconModule,
    MatInputModule,
    MatSelectModule,
    TranslocoPipe,
    ControlErrorsComponent,
    ErrorMessagePipe,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <h2 mat-dialog-title>
      {{
        (data.assessment ? 'assessments.dialog.editTitle' : 'assessments.dialog.newTitle')
          | transloco
      }}
    </h2>
    <form [formGroup]="form" (ngSubmit)="save()">
      <mat-dialog-content class="fields">
        @if (problem(); as p) {
          <p class="cq-form-error" role="alert">
            <mat-icon aria-hidden="true">error</mat-icon>
            <span>{{ p | cqErrorMessage: 'assessments' }}</span>
          </p>
        }
        <mat-form-field>
          <mat-label>{{ 'assessments.field.title' | transloco }}</mat-label>
          <input matInput formControlName="title" required maxlength="200" cdkFocusInitial />
          <mat-error><cq-control-errors [control]="form.controls.title" /></mat-error>
        </mat-form-field>
        <mat-form-field>
          <mat-label>{{ 'assessments.field.module' | transloco }}</mat-label>
          <mat-select formControlName="moduleId" required>
            @for (m of data.modules; track m.id) {
              <mat-option [value]="m.id">{{ m.code }} – {{ m.title }}</mat-option>
            }
          </mat-select>
          <mat-error><cq-control-errors [control]="form.controls.moduleId" /></mat-error>
        </mat-form-field>
        <mat-form-field>
          <mat-label>{{ 'assessments.field.kind' | transloco }}</mat-label>
          <mat-select formControlName="kind" required>
            @for (k of kinds; track k) {
              <mat-option [value]="k">{{ 'assessments.kind.' + k | transloco }}</mat-option>
            }
          </mat-select>
        </mat-form-field>
        <mat-form-field>
          <mat-label>{{ 'assessments.field.coefficient' | transloco }}</mat-label>
          <input
            matInput
            type="number"
            formControlName="coefficient"
            min="0.01"
            max="999"
            step="0.5"
            required
          />
          <mat-error><cq-control-errors [control]="form.controls.coefficient" /></mat-error>
        </mat-form-field>
        <mat-form-field>
          <mat-label>{{ 'assessments.field.dueOn' | transloco }}</mat-label>
          <input matInput formControlName="dueOn" [matDatepicker]="duePicker" />
          <mat-datepicker-toggle matIconSuffix [for]="duePicker" />
          <mat-datepicker #duePicker />
          <mat-error><cq-control-errors [control]="form.controls.dueOn" /></mat-error>
        </mat-form-field>
        @if (kind() === 'synthesis') {
          <mat-form-field>
            <mat-label>{{ 'assessments.field.session' | transloco }}</mat-label>
            <mat-select formControlName="sessionId">
              <mat-option [value]="null">{{
                'assessments.field.noSession' | transloco
              }}</mat-option>
              @for (s of talks(); track s.id) {
                <mat-option [value]="s.id">{{ s.title }}</mat-option>
              }
            </mat-select>
          </mat-form-field>
        }
        <mat-checkbox formControlName="counts">{{
          'assessments.field.counts' | transloco
        }}</mat-checkbox>
        @if (kind() === 'project') {
          <mat-checkbox formControlName="fromProjectGrades">
            {{ 'assessments.field.fromProjectGrades' | transloco }}
          </mat-checkbox>
        }
      </mat-dialog-content>
      <mat-dialog-actions align="end">
        <button mat-button type="button" mat-dialog-close>{{ 'common.cancel' | transloco }}</button>
        <button mat-flat-button type="submit" [disabled]="saving()">
          {{ 'assessments.dialog.save' | transloco }}
        </button>
      </mat-dialog-actions>
    </form>
  `,
  styles: `
    .fields {
      display: flex;
      flex-direction: column;
      gap: 4px;
    }
  `,
})
export class AssessmentDialogComponent {
  protected readonly data = inject<AssessmentDialogData>(MAT_DIALOG_DATA);
  private readonly ref = inject(MatDialogRef<AssessmentDialogComponent, Assessment>);
  private readonly api = inject(AssessmentsApiService);
  private readonly sessions = inject(SessionsApiService);

  protected readonly kinds = ASSESSMENT_KINDS;
  protected readonly saving = signal(false);
  protected readonly problem = signal<Problem | null>(null);

  protected readonly form = new FormGroup({
    title: new FormControl(this.data.assessment?.title ?? '', {
      nonNullable: true,
      validators: [Validators.required, Validators.maxLength(200)],
    }),
    moduleId: new FormControl(
      this.data.assessment?.moduleId ?? this.data.moduleId ?? this.data.modules[0]?.id ?? '',
      { nonNullable: true, validators: [Validators.required] },
    ),
    kind: new FormControl<AssessmentKind>(this.data.assessment?.kind ?? 'exam', {
      nonNullable: true,
    }),
    coefficient: new FormControl(this.data.assessment?.coefficient ?? 1, {
      nonNullable: true,
      validators: [Validators.required, Validators.min(0.01), Validators.max(999)],
    }),
    dueOn: new FormControl<DateTime | null>(dateFieldValue(this.data.assessment?.dueOn)),
    sessionId: new FormControl<string | null>(this.data.assessment?.sessionId ?? null),
    counts: new FormControl(this.data.assessment?.counts ?? true, { nonNullable: true }),
    fromProjectGrades: new FormControl(this.data.assessment?.fromProjectGrades ?? false, {
      nonNullable: true,
    }),
  });

  private readonly kindValue = toSignal(this.form.controls.kind.valueChanges, {
    initialValue: this.form.controls.kind.value,
  });
  protected readonly kind = computed(() => this.kindValue());

  /** The cohort's guest talks of the past and the coming year, for a synthesis. */
  protected readonly talks = toSignal(
    this.sessions
      .list({
        from: new Date(Date.now() - 365 * DAY).toISOString(),
        to: new Date(Date.now() + 180 * DAY).toISOString(),
        cohortId: this.data.cohortId,
        kind: 'guest_talk',
      })
      .pipe(
        map((list) => list.items),
        catchError(() => of([])),
      ),
    { initialValue: [] },
  );

  protected save(): void {
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      return;
    }
    const v = this.form.getRawValue();
    const body = {
      title: v.title.trim(),
      moduleId: v.moduleId,
      kind: v.kind,
      coefficient: Number(v.coefficient),
      dueOn: isoDateOf(v.dueOn) || null,
      counts: v.counts,
      sessionId: v.kind === 'synthesis' ? v.sessionId : null,
      fromProjectGrades: v.kind === 'project' ? v.fromProjectGrades : false,
    };
    this.saving.set(true);
    this.problem.set(null);
    const request = this.data.assessment
      ? this.api.update(this.data.assessment.id, body)
      : this.api.create(this.data.cohortId, body);
    request.subscribe({
      next: (saved) => this.ref.close(saved),
      error: (error: unknown) => {
        this.saving.set(false);
        this.problem.set(toProblem(error));
      },
    });
  }
}
