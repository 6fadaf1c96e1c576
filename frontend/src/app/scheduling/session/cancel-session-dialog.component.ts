import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { FormControl, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MAT_DIALOG_DATA, MatDialogModule, MatDialogRef } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatRadioModule } from '@angular/material/radio';
import { TranslocoPipe } from '@jsverse/transloco';
import { type SeriesScope } from '../../core/api/types';
import { ControlErrorsComponent } from '../../shared/control-errors.component';

export type CancelScope = 'one' | SeriesScope;

export interface CancelSessionResult {
  reason: string;
  scope: CancelScope;
}

/**
 * Asks for the reason of a cancellation and, for a session of a series, whether it is this
 * one, this and the following ones, or the whole series; closes with the answer when confirmed.
 */
@Component({
  selector: 'cq-cancel-session-dialog',
  imports: [
    ReactiveFormsModule,
    MatButtonModule,
    MatDialogModule,
    MatFormFieldModule,
    MatInputModule,
    MatRadioModule,
    TranslocoPipe,
    ControlErrorsComponent,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <h2 mat-dialog-title>{{ 'scheduling.cancel.title' | transloco: { title: data.title } }}</h2>
    <mat-dialog-content>
      <p>{{ 'scheduling.cancel.message' | transloco }}</p>
      @if (data.series) {
        <mat-radio-group
          class="scopes"
          [formControl]="scope"
          [attr.aria-label]="'scheduling.seriesEdit.scope' | transloco"
        >
          <mat-radio-button value="one">{{ 'scheduling.cancel.one' | transloco }}</mat-radio-button>
          <mat-radio-button value="following">{{
            'scheduling.seriesEdit.following' | transloco
          }}</mat-radio-button>
          <mat-radio-button value="all">{{
            'scheduling.seriesEdit.all' | transloco
          }}</mat-radio-button>
        </mat-radio-group>
      }
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
    .scopes {
      display: flex;
      flex-direction: column;
      margin: 0 0 12px;
    }
    .danger {
      --mat-button-filled-container-color: var(--mat-sys-error);
      --mat-button-filled-label-text-color: var(--mat-sys-on-error);
    }
  `,
})
export class CancelSessionDialogComponent {
  protected readonly data = inject<{ title: string; series?: boolean }>(MAT_DIALOG_DATA);
  private readonly dialogRef =
    inject<MatDialogRef<CancelSessionDialogComponent, CancelSessionResult>>(MatDialogRef);
  protected readonly scope = new FormControl<CancelScope>('one', { nonNullable: true });
  protected readonly reason = new FormControl('', {
    nonNullable: true,
    validators: [Validators.maxLength(500)],
  });

  protected confirm(): void {
    if (this.reason.invalid) return;
    this.dialogRef.close({ reason: this.reason.value.trim(), scope: this.scope.value });
  }
}
