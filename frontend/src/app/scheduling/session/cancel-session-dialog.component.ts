import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { FormControl, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MAT_DIALOG_DATA, MatDialogModule, MatDialogRef } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { TranslocoPipe } from '@jsverse/transloco';
import { ControlErrorsComponent } from '../../shared/control-errors.component';

/** Asks for the reason of a cancellation; closes with `{ reason }` when confirmed. */
@Component({
  selector: 'cq-cancel-session-dialog',
  imports: [
    ReactiveFormsModule,
    MatButtonModule,
    MatDialogModule,
    MatFormFieldModule,
    MatInputModule,
    TranslocoPipe,
    ControlErrorsComponent,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <h2 mat-dialog-title>{{ 'scheduling.cancel.title' | transloco: { title: data.title } }}</h2>
    <mat-dialog-content>
      <p>{{ 'scheduling.cancel.message' | transloco }}</p>
      <mat-form-field class="cq-full-width">
        <mat-label>{{ 'scheduling.cancel.reason' | transloco }}</mat-label>
        <textarea matInput rows="3" [formControl]="reason"></textarea>
        <mat-error><cq-control-errors [control]="reason" /></mat-error>
      </mat-form-field>
    </mat-dialog-content>
    <mat-dialog-actions align="end">
      <button mat-button type="button" mat-dialog-close>
        {{ 'scheduling.cancel.keep' | transloco }}
      </button>
      <button mat-flat-button type="button" class="danger" (click)="confirm()">
        {{ 'scheduling.cancel.confirm' | transloco }}
      </button>
    </mat-dialog-actions>
  `,
  styles: `
    .danger {
      --mat-button-filled-container-color: var(--mat-sys-error);
      --mat-button-filled-label-text-color: var(--mat-sys-on-error);
    }
  `,
})
export class CancelSessionDialogComponent {
  protected readonly data = inject<{ title: string }>(MAT_DIALOG_DATA);
  private readonly dialogRef =
    inject<MatDialogRef<CancelSessionDialogComponent, { reason: string }>>(MatDialogRef);
  protected readonly reason = new FormControl('', {
    nonNullable: true,
    validators: [Validators.maxLength(500)],
  });

  protected confirm(): void {
    if (this.reason.invalid) return;
    this.dialogRef.close({ reason: this.reason.value.trim() });
  }
}
