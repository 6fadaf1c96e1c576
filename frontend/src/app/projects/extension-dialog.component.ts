import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { FormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatDatepickerModule } from '@angular/material/datepicker';
import { MAT_DIALOG_DATA, MatDialogModule, MatDialogRef } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { TranslocoPipe } from '@jsverse/transloco';
import { type DateTime } from 'luxon';
import { toProblem } from '../core/api/problem';
import { ProjectsApiService } from '../core/api/projects-api.service';
import { type Milestone, type MilestoneExtension } from '../core/api/types';
import { applyProblemToForm, type ServerError } from '../core/forms/problem-form-errors';
import { dateFieldValue, isoDateOf } from '../core/i18n/date-fields';
import { zonedDate } from '../scheduling/zoned-time';
import { ControlErrorsComponent } from '../shared/control-errors.component';
import { ErrorMessagePipe } from '../shared/error-message.pipe';
import { DateFormatPipe } from '../core/i18n/date-format.pipe';

export interface ExtensionDialogData {
  milestone: Milestone;
  /** The programme's zone: a due date is the end of that day there. */
  timeZone: string;
}

/** The tutor moves a milestone's due date later, with the reason. */
@Component({
  selector: 'cq-extension-dialog',
  imports: [
    ReactiveFormsModule,
    MatButtonModule,
    MatDialogModule,
    MatFormFieldModule,
    MatDatepickerModule,
    MatIconModule,
    MatInputModule,
    MatProgressBarModule,
    TranslocoPipe,
    ControlErrorsComponent,
    ErrorMessagePipe,
    DateFormatPipe,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <h2 mat-dialog-title>
      {{ 'projects.extension.title' | transloco: { milestone: milestone.title } }}
    </h2>
    <form [formGroup]="form" novalidate (ngSubmit)="submit()">
      <mat-dialog-content>
        <p>
          {{
            'projects.extension.current'
              | transloco: { date: (milestone.dueAt | cqDate: 'dateTime' : data.timeZone) }
          }}
        </p>
        <div role="alert">
          @for (error of formErrors(); track $index) {
            <p class="cq-form-error">
              <mat-icon>error</mat-icon><span>{{ error | cqErrorMessage: 'projects' }}</span>
            </p>
          }
        </div>
        <mat-form-field class="cq-full-width">
          <mat-label>{{ 'projects.extension.dueOn' | transloco }}</mat-label>
          <input
            matInput
            formControlName="dueAt"
            required
            [min]="minDate"
            [matDatepicker]="duePicker"
          />
          <mat-datepicker-toggle matIconSuffix [for]="duePicker" />
          <mat-datepicker #duePicker />
          <mat-error><cq-control-errors [control]="form.controls.dueAt" /></mat-error>
        </mat-form-field>
        <mat-form-field class="cq-full-width">
          <mat-label>{{ 'projects.extension.reason' | transloco }}</mat-label>
          <textarea matInput formControlName="reason" rows="3" maxlength="2000" required></textarea>
          <mat-error><cq-control-errors [control]="form.controls.reason" /></mat-error>
        </mat-form-field>
        @if (pending()) {
          <mat-progress-bar mode="indeterminate" [attr.aria-label]="'common.loading' | transloco" />
        }
      </mat-dialog-content>
      <mat-dialog-actions align="end">
        <button mat-button type="button" mat-dialog-close>{{ 'common.cancel' | transloco }}</button>
        <button mat-flat-button type="submit" [disabled]="pending()">
          {{ 'projects.extension.submit' | transloco }}
        </button>
      </mat-dialog-actions>
    </form>
  `,
  styles: `
    form mat-dialog-content {
      display: flex;
      flex-direction: column;
      gap: 4px;
    }
  `,
})
export class ExtensionDialogComponent {
  protected readonly data = inject<ExtensionDialogData>(MAT_DIALOG_DATA);
  protected readonly milestone = this.data.milestone;
  private readonly api = inject(ProjectsApiService);
  private readonly dialogRef =
    inject<MatDialogRef<ExtensionDialogComponent, MilestoneExtension>>(MatDialogRef);

  protected readonly pending = signal(false);
  protected readonly formErrors = signal<ServerError[]>([]);
  protected readonly minDate = dateFieldValue(
    zonedDate(new Date(this.milestone.dueAt), this.data.timeZone),
  );

  protected readonly form = inject(FormBuilder).nonNullable.group({
    dueAt: [null as DateTime | null, [Validators.required]],
    reason: ['', [Validators.required, Validators.maxLength(2000)]],
  });

  protected submit(): void {
    if (this.pending()) return;
    this.form.markAllAsTouched();
    if (this.form.invalid) return;
    const { dueAt, reason } = this.form.getRawValue();
    this.pending.set(true);
    this.formErrors.set([]);
    const request = { dueAt: isoDateOf(dueAt), reason: reason.trim() };
    this.api.grantExtension(this.milestone.id, request).subscribe({
      next: (extension) => this.dialogRef.close(extension),
      error: (error: unknown) => {
        this.pending.set(false);
        this.formErrors.set(applyProblemToForm(this.form, toProblem(error)));
      },
    });
  }
}
