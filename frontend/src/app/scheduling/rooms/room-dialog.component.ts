import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { FormControl, FormGroup, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MAT_DIALOG_DATA, MatDialogModule, MatDialogRef } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { TranslocoPipe } from '@jsverse/transloco';
import { toProblem } from '../../core/api/problem';
import { RoomsApiService } from '../../core/api/rooms-api.service';
import { type Problem, type Room } from '../../core/api/types';
import { applyProblemToForm, type ServerError } from '../../core/forms/problem-form-errors';
import { ControlErrorsComponent } from '../../shared/control-errors.component';
import { ErrorMessagePipe } from '../../shared/error-message.pipe';

const CODE_TO_FIELD: Readonly<Record<string, string>> = { 'room.name_taken': 'name' };

/** Creates or edits a room; closes with the saved room. */
@Component({
  selector: 'cq-room-dialog',
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
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <h2 mat-dialog-title>
      {{ (room ? 'scheduling.rooms.editTitle' : 'scheduling.rooms.newTitle') | transloco }}
    </h2>
    <form [formGroup]="form" novalidate (ngSubmit)="submit()">
      <mat-dialog-content>
        <div role="alert">
          @for (error of formErrors(); track $index) {
            <p class="cq-form-error">
              <mat-icon>error</mat-icon>
              <span>{{ error | cqErrorMessage }}</span>
            </p>
          }
        </div>
        <mat-form-field class="cq-full-width">
          <mat-label>{{ 'scheduling.rooms.name' | transloco }}</mat-label>
          <input matInput formControlName="name" autocomplete="off" required />
          <mat-error>
            @if (form.controls.name.getError('server')?.code === 'room.name_taken') {
              {{ 'scheduling.problem.room.name_taken' | transloco }}
            } @else {
              <cq-control-errors [control]="form.controls.name" />
            }
          </mat-error>
        </mat-form-field>
        <mat-form-field class="cq-full-width">
          <mat-label>{{ 'scheduling.rooms.address' | transloco }}</mat-label>
          <input matInput formControlName="address" autocomplete="off" />
          <mat-error><cq-control-errors [control]="form.controls.address" /></mat-error>
        </mat-form-field>
        <mat-form-field class="cq-full-width">
          <mat-label>{{ 'scheduling.rooms.capacity' | transloco }}</mat-label>
          <input matInput type="number" min="1" max="10000" step="1" formControlName="capacity" />
          <mat-error>
            @if (form.controls.capacity.hasError('min') || form.controls.capacity.hasError('max')) {
              {{ 'scheduling.rooms.capacityRange' | transloco }}
            } @else {
              <cq-control-errors [control]="form.controls.capacity" />
            }
          </mat-error>
        </mat-form-field>
        <mat-form-field class="cq-full-width" subscriptSizing="dynamic">
          <mat-label>{{ 'scheduling.rooms.notes' | transloco }}</mat-label>
          <textarea matInput rows="3" formControlName="notes"></textarea>
          <mat-hint>{{ 'scheduling.rooms.notesHint' | transloco }}</mat-hint>
        </mat-form-field>
        @if (pending()) {
          <mat-progress-bar mode="indeterminate" [attr.aria-label]="'common.loading' | transloco" />
        }
      </mat-dialog-content>
      <mat-dialog-actions align="end">
        <button mat-button type="button" mat-dialog-close>{{ 'common.cancel' | transloco }}</button>
        <button mat-flat-button type="submit" [disabled]="pending()">
          {{ (room ? 'scheduling.rooms.save' : 'scheduling.rooms.create') | transloco }}
        </button>
      </mat-dialog-actions>
    </form>
  `,
  styles: `
    form {
      display: contents;
    }
  `,
})
export class RoomDialogComponent {
  protected readonly room = inject<{ room: Room | null }>(MAT_DIALOG_DATA).room;
  private readonly dialogRef = inject<MatDialogRef<RoomDialogComponent, Room>>(MatDialogRef);
  private readonly api = inject(RoomsApiService);

  protected readonly form = new FormGroup({
    name: new FormControl(this.room?.name ?? '', {
      nonNullable: true,
      validators: [Validators.required, Validators.maxLength(120)],
    }),
    address: new FormControl(this.room?.address ?? '', {
      nonNullable: true,
      validators: [Validators.maxLength(300)],
    }),
    capacity: new FormControl<number | null>(this.room?.capacity ?? null, {
      validators: [Validators.min(1), Validators.max(10000)],
    }),
    notes: new FormControl(this.room?.notes ?? '', {
      nonNullable: true,
      validators: [Validators.maxLength(2000)],
    }),
  });
  protected readonly pending = signal(false);
  protected readonly formErrors = signal<(Problem | ServerError)[]>([]);

  protected submit(): void {
    if (this.pending()) return;
    this.form.markAllAsTouched();
    if (this.form.invalid) return;
    const v = this.form.getRawValue();
    const body = {
      name: v.name.trim(),
      address: v.address.trim(),
      capacity:
        v.capacity === null || (v.capacity as unknown) === '' ? null : Math.round(v.capacity),
      notes: v.notes,
    };
    this.pending.set(true);
    this.formErrors.set([]);
    (this.room ? this.api.update(this.room.id, body) : this.api.create(body)).subscribe({
      next: (room) => {
        this.pending.set(false);
        this.dialogRef.close(room);
      },
      error: (error: unknown) => {
        this.pending.set(false);
        this.formErrors.set(applyProblemToForm(this.form, toProblem(error), CODE_TO_FIELD));
      },
    });
  }
}
