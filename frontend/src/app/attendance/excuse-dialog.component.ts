import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { FormControl, FormGroup, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MAT_DIALOG_DATA, MatDialogModule, MatDialogRef } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { TranslocoPipe } from '@jsverse/transloco';

export interface ExcuseDialogData {
  name: string;
  reason: string | null;
}

/** Asks for the reason of an excused absence; closes with the reason. */
@Component({
  selector: 'cq-excuse-dialog',
  imports: [
    ReactiveFormsModule,
    MatButtonModule,
    MatDialogModule,
    MatFormFieldModule,
    MatInputModule,
    TranslocoPipe,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <form [formGroup]="form" (ngSubmit)="save()">
      <h2 mat-dialog-title>
        {{ 'attendance.roster.excuseTitle' | transloco: { name: data.name } }}
      </h2>
      <mat-dialog-content>
        <mat-form-field appearance="outline" class="cq-full-width">
          <mat-label>{{ 'attendance.roster.excuseReason' | transloco }}</mat-label>
          <textarea
            matInput
            formControlName="reason"
            rows="3"
            maxlength="500"
            cdkFocusInitial
            data-testid="excuse-reason"
          ></textarea>
          <mat-hint>{{ 'attendance.roster.excuseHint' | transloco }}</mat-hint>
          @if (reason.hasError('required') && reason.touched) {
            <mat-error>{{ 'attendance.problem.attendance.reason_required' | transloco }}</mat-error>
          }
        </mat-form-field>
      </mat-dialog-content>
      <mat-dialog-actions align="end">
        <button mat-button type="button" mat-dialog-close>{{ 'common.cancel' | transloco }}</button>
        <button mat-flat-button type="submit">
          {{ 'attendance.roster.excuseSave' | transloco }}
        </button>
      </mat-dialog-actions>
    </form>
  `,
})
export class ExcuseDialogComponent {
  protected readonly data = inject<ExcuseDialogData>(MAT_DIALOG_DATA);
  private readonly ref = inject(MatDialogRef<ExcuseDialogComponent, string>);
  protected readonly reason = new FormControl(this.data.reason ?? '', {
    nonNullable: true,
    validators: [Validators.required, Validators.pattern(/\S/), Validators.maxLength(500)],
  });
  protected readonly form = new FormGroup({ reason: this.reason });

  protected save(): void {
    this.reason.markAsTouched();
    if (this.reason.invalid) return;
    this.ref.close(this.reason.value.trim());
  }
}
