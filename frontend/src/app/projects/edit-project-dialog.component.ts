import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { FormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MAT_DIALOG_DATA, MatDialogModule, MatDialogRef } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatSelectModule } from '@angular/material/select';
import { TranslocoPipe } from '@jsverse/transloco';
import { CohortsApiService } from '../core/api/cohorts-api.service';
import { toProblem } from '../core/api/problem';
import { ProjectsApiService } from '../core/api/projects-api.service';
import { type Cohort, type ProjectDetail, type UpdateProjectRequest } from '../core/api/types';
import { applyProblemToForm, type ServerError } from '../core/forms/problem-form-errors';
import { ControlErrorsComponent } from '../shared/control-errors.component';
import { ErrorMessagePipe } from '../shared/error-message.pipe';

export interface EditProjectDialogData {
  project: ProjectDetail;
  /** The tutor or an admin: may also change the tutor. */
  staff: boolean;
}

/** Changes a project's title and brief (and, for staff, its tutor). */
@Component({
  selector: 'cq-edit-project-dialog',
  imports: [
    ReactiveFormsModule,
    MatButtonModule,
    MatDialogModule,
    MatFormFieldModule,
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
    <h2 mat-dialog-title>{{ 'projects.edit.title' | transloco }}</h2>
    <form [formGroup]="form" novalidate (ngSubmit)="submit()">
      <mat-dialog-content>
        <div role="alert">
          @for (error of formErrors(); track $index) {
            <p class="cq-form-error">
              <mat-icon aria-hidden="true">error</mat-icon
              ><span>{{ error | cqErrorMessage: 'projects' }}</span>
            </p>
          }
        </div>
        <mat-form-field class="cq-full-width">
          <mat-label>{{ 'projects.field.title' | transloco }}</mat-label>
          <input matInput formControlName="title" maxlength="200" required />
          <mat-error><cq-control-errors [control]="form.controls.title" /></mat-error>
        </mat-form-field>
        <mat-form-field class="cq-full-width">
          <mat-label>{{ 'projects.field.brief' | transloco }}</mat-label>
          <textarea matInput formControlName="brief" rows="8" maxlength="20000"></textarea>
          <mat-error><cq-control-errors [control]="form.controls.brief" /></mat-error>
        </mat-form-field>
        @if (data.staff) {
          <mat-form-field class="cq-full-width">
            <mat-label>{{ 'projects.field.tutor' | transloco }}</mat-label>
            <mat-select formControlName="tutorId">
              <mat-option [value]="null">{{ 'projects.field.noTutor' | transloco }}</mat-option>
              @for (person of instructors(); track person.id) {
                <mat-option [value]="person.id">{{ person.displayName }}</mat-option>
              }
            </mat-select>
          </mat-form-field>
        }
        @if (pending()) {
          <mat-progress-bar mode="indeterminate" [attr.aria-label]="'common.loading' | transloco" />
        }
      </mat-dialog-content>
      <mat-dialog-actions align="end">
        <button mat-button type="button" mat-dialog-close>{{ 'common.cancel' | transloco }}</button>
        <button mat-flat-button type="submit" [disabled]="pending()">
          {{ 'projects.edit.save' | transloco }}
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
export class EditProjectDialogComponent {
  protected readonly data = inject<EditProjectDialogData>(MAT_DIALOG_DATA);
  private readonly api = inject(ProjectsApiService);
  private readonly cohorts = inject(CohortsApiService);
  private readonly dialogRef =
    inject<MatDialogRef<EditProjectDialogComponent, ProjectDetail>>(MatDialogRef);

  protected readonly pending = signal(false);
  protected readonly formErrors = signal<ServerError[]>([]);
  protected readonly instructors = signal<Cohort['instructors']>(
    this.data.project.tutor ? [this.data.project.tutor] : [],
  );

  protected readonly form = inject(FormBuilder).nonNullable.group({
    title: [this.data.project.title, [Validators.required, Validators.maxLength(200)]],
    brief: [this.data.project.brief, [Validators.maxLength(20000)]],
    tutorId: [this.data.project.tutor?.id ?? null],
  });

  constructor() {
    if (this.data.staff) {
      this.cohorts.get(this.data.project.cohort.id).subscribe({
        next: (cohort) => {
          const tutor = this.data.project.tutor;
          const others = cohort.instructors.filter((i) => i.id !== tutor?.id);
          this.instructors.set(tutor ? [tutor, ...others] : others);
        },
        // The current tutor stays selectable; the list is a convenience.
        error: () => undefined,
      });
    }
  }

  protected submit(): void {
    if (this.pending()) return;
    this.form.markAllAsTouched();
    if (this.form.invalid) return;
    const value = this.form.getRawValue();
    const project = this.data.project;
    const body: UpdateProjectRequest = {};
    if (value.title.trim() !== project.title) body.title = value.title.trim();
    if (value.brief.trim() !== project.brief) body.brief = value.brief.trim();
    if (this.data.staff && value.tutorId !== (project.tutor?.id ?? null)) {
      body.tutorId = value.tutorId;
    }
    if (Object.keys(body).length === 0) {
      this.dialogRef.close();
      return;
    }
    this.pending.set(true);
    this.formErrors.set([]);
    this.api.update(project.id, body).subscribe({
      next: (updated) => this.dialogRef.close(updated),
      error: (error: unknown) => {
        this.pending.set(false);
        this.formErrors.set(applyProblemToForm(this.form, toProblem(error)));
      },
    });
  }
}
