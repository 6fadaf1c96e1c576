import { formatDate } from '@angular/common';
import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { FormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MAT_DIALOG_DATA, MatDialogModule, MatDialogRef } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { TranslocoPipe } from '@jsverse/transloco';
import { toProblem } from '../core/api/problem';
import { ProjectsApiService } from '../core/api/projects-api.service';
import { type Milestone, type MilestoneExtension } from '../core/api/types';
import { applyProblemToForm, type ServerError } from '../core/forms/problem-form-errors';
import { ControlErrorsComponent } from '../shared/control-errors.component';
import { ErrorMessagePipe } from '../shared/error-message.pipe';
import { LocaleDatePipe } from '../shared/locale-date.pipe';

/** The tutor moves a milestone's due date later, with the reason. */
@Component({
  selector: 'cq-extension-dialog',
  imports: [
    ReactiveFormsModule,
    MatButtonModule,
    MatDialogModule,
    MatFormFieldModule,
    MatIconModule,
    MatInputModule,
    MatProgressBarModule,
    TranslocoPipe,
    ControlErrorsComponent,
    ErrorMessagePipe,
    LocaleDatePipe,
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
            'projects.extension.current' | transloco: { date: (milestone.dueAt | cqDate: 'medium') }
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
          <input matInput type="date" formControlName="dueAt" [min]="minDate" required />
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
  protected readonly milestone = inject<Milestone>(MAT_DIALOG_DATA);
  private readonly api = inject(ProjectsApiService);
  private readonly dialogRef =
    inject<MatDialogRef<ExtensionDialogComponent, MilestoneExtension>>(MatDialogRef);

  protected readonly pending = signal(false);
  protected readonly formErrors = signal<ServerError[]>([]);
  protected readonly minDate = formatDate(this.milestone.dueAt, 'yyyy-MM-dd', 'en');

  protected readonly form = inject(FormBuilder).nonNullable.group({
    dueAt: ['', [Validators.required]],
    reason: ['', [Validators.required, Validators.maxLength(2000)]],
  });

  protected submit(): void {
    if (this.pending()) return;
    this.form.markAllAsTouched();
    if (this.form.invalid) return;
    const { dueAt, reason } = this.form.getRawValue();
    this.pending.set(true);
    this.formErrors.set([]);
    this.api.grantExtension(this.milestone.id, { dueAt, reason: reason.trim() }).subscribe({
      next: (extension) => this.dialogRef.close(extension),
      error: (error: unknown) => {
        this.pending.set(false);
        this.formErrors.set(applyProblemToForm(this.form, toProblem(error)));
      },
    });
  }
}
