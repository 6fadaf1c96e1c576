import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { FormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatDatepickerModule } from '@angular/material/datepicker';
import { MAT_DIALOG_DATA, MatDialogModule, MatDialogRef } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatSelectModule } from '@angular/material/select';
import { TranslocoPipe } from '@jsverse/transloco';
import { toProblem } from '../core/api/problem';
import { ProjectsApiService } from '../core/api/projects-api.service';
import { type Milestone, type MilestoneKind } from '../core/api/types';
import { applyProblemToForm, type ServerError } from '../core/forms/problem-form-errors';
import { dateFieldValue, isoDateOf } from '../core/i18n/date-fields';
import { zonedDate } from '../scheduling/zoned-time';
import { ControlErrorsComponent } from '../shared/control-errors.component';
import { ErrorMessagePipe } from '../shared/error-message.pipe';

/** `timeZone`: the programme's; a due date is the end of that day there. */
export type MilestoneDialogData =
  | { mode: 'create'; projectId: string; timeZone: string }
  | { mode: 'edit'; milestone: Milestone; timeZone: string };

const KINDS: readonly MilestoneKind[] = [
  'proposal',
  'intermediate_report',
  'final_report',
  'defence',
  'other',
];

/** Adds a milestone to a project or changes one; closes with the saved milestone. */
@Component({
  selector: 'cq-milestone-dialog',
  imports: [
    ReactiveFormsModule,
    MatButtonModule,
    MatDialogModule,
    MatFormFieldModule,
    MatDatepickerModule,
    MatIconModule,
    MatInputModule,
    MatProgressBarModule,
    MatSelectModule,
    TranslocoPipe,
    ControlErrorsComponent,
    ErrorMessagePipe,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <h2 mat-dialog-title>
      {{
        (data.mode === 'create' ? 'projects.milestone.addTitle' : 'projects.milestone.editTitle')
          | transloco
      }}
    </h2>
    <form [formGroup]="form" novalidate (ngSubmit)="submit()">
      <mat-dialog-content>
        <div role="alert">
          @for (error of formErrors(); track $index) {
            <p class="cq-form-error">
              <mat-icon>error</mat-icon><span>{{ error | cqErrorMessage: 'projects' }}</span>
            </p>
          }
        </div>
        @if (data.mode === 'create') {
          <mat-form-field class="cq-full-width">
            <mat-label>{{ 'projects.milestone.kind' | transloco }}</mat-label>
            <mat-select formControlName="kind">
              @for (kind of kinds; track kind) {
                <mat-option [value]="kind">{{
                  'projects.milestoneKind.' + kind | transloco
                }}</mat-option>
              }
            </mat-select>
          </mat-form-field>
        }
        <mat-form-field class="cq-full-width">
          <mat-label>{{ 'projects.milestone.title' | transloco }}</mat-label>
          <input matInput formControlName="title" maxlength="200" required />
          <mat-error><cq-control-errors [control]="form.controls.title" /></mat-error>
        </mat-form-field>
        <mat-form-field class="cq-full-width">
          <mat-label>{{ 'projects.milestone.expectations' | transloco }}</mat-label>
          <textarea matInput formControlName="expectations" rows="3" maxlength="5000"></textarea>
          <mat-error><cq-control-errors [control]="form.controls.expectations" /></mat-error>
        </mat-form-field>
        <mat-form-field subscriptSizing="dynamic" class="cq-full-width">
          <mat-label>{{ 'projects.milestone.dueOn' | transloco }}</mat-label>
          <input matInput formControlName="dueAt" required [matDatepicker]="duePicker" />
          <mat-datepicker-toggle matIconSuffix [for]="duePicker" />
          <mat-datepicker #duePicker />
          <mat-hint>{{ 'projects.milestone.dueHint' | transloco }}</mat-hint>
          <mat-error><cq-control-errors [control]="form.controls.dueAt" /></mat-error>
        </mat-form-field>
        @if (pending()) {
          <mat-progress-bar mode="indeterminate" [attr.aria-label]="'common.loading' | transloco" />
        }
      </mat-dialog-content>
      <mat-dialog-actions align="end">
        <button mat-button type="button" mat-dialog-close>{{ 'common.cancel' | transloco }}</button>
        <button mat-flat-button type="submit" [disabled]="pending()">
          {{ 'projects.milestone.save' | transloco }}
        </button>
      </mat-dialog-actions>
    </form>
  `,
  styles: `
    form mat-dialog-content {
      display: flex;
      flex-direction: column;
      gap: 4px;
      padding-top: 8px;
    }
  `,
})
export class MilestoneDialogComponent {
  protected readonly data = inject<MilestoneDialogData>(MAT_DIALOG_DATA);
  private readonly api = inject(ProjectsApiService);
  private readonly dialogRef =
    inject<MatDialogRef<MilestoneDialogComponent, Milestone>>(MatDialogRef);

  protected readonly kinds = KINDS;
  protected readonly pending = signal(false);
  protected readonly formErrors = signal<ServerError[]>([]);

  private readonly initial = this.data.mode === 'edit' ? this.data.milestone : null;
  /** The current due date as the day it falls on in the programme's zone. */
  private readonly initialDueOn = this.initial
    ? zonedDate(new Date(this.initial.dueAt), this.data.timeZone)
    : null;

  protected readonly form = inject(FormBuilder).nonNullable.group({
    kind: [(this.initial?.kind ?? 'other') as MilestoneKind],
    title: [this.initial?.title ?? '', [Validators.required, Validators.maxLength(200)]],
    expectations: [this.initial?.expectations ?? '', [Validators.maxLength(5000)]],
    dueAt: [dateFieldValue(this.initialDueOn), [Validators.required]],
  });

  protected submit(): void {
    if (this.pending()) return;
    this.form.markAllAsTouched();
    if (this.form.invalid) return;
    const value = this.form.getRawValue();
    const body = {
      title: value.title.trim(),
      expectations: value.expectations.trim(),
      dueAt: isoDateOf(value.dueAt),
    };
    const request =
      this.data.mode === 'create'
        ? this.api.addMilestone(this.data.projectId, { ...body, kind: value.kind })
        : this.api.updateMilestone(this.data.milestone.id, this.changedOnly(body));
    this.pending.set(true);
    this.formErrors.set([]);
    request.subscribe({
      next: (milestone) => this.dialogRef.close(milestone),
      error: (error: unknown) => {
        this.pending.set(false);
        this.formErrors.set(applyProblemToForm(this.form, toProblem(error)));
      },
    });
  }

  /** An edit sends what changed only: an unchanged due date is not a (refused) move. */
  private changedOnly(body: { title: string; expectations: string; dueAt: string }) {
    const initial = this.initial;
    if (!initial) return body;
    return {
      ...(body.title !== initial.title ? { title: body.title } : {}),
      ...(body.expectations !== initial.expectations ? { expectations: body.expectations } : {}),
      ...(body.dueAt !== this.initialDueOn ? { dueAt: body.dueAt } : {}),
    };
  }
}
