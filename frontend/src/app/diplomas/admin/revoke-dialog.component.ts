import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { FormControl, FormGroup, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MAT_DIALOG_DATA, MatDialogModule, MatDialogRef } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { TranslocoPipe } from '@jsverse/transloco';

export interface RevokeDialogData {
  number: string;
}

/** Asks for the reason of a revocation (required); closes with it. */
@Component({
  selector: 'cq-revoke-dialog',
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
      <h2 mat-dialog-title>{{ 'diplomas.revoke.title' | transloco: { number: data.number } }}</h2>
      <mat-dialog-content>
        <p>{{ 'diplomas.revoke.message' | transloco }}</p>
        <mat-form-field appearance="outline" class="cq-full-width">
          <mat-label>{{ 'diplomas.revoke.reason' | transloco }}</mat-label>
          <textarea
            matInput
            formControlName="reason"
            rows="3"
            maxlength="1000"
            required
            cdkFocusInitial
            data-testid="revoke-reason"
          ></textarea>
          <mat-hint>{{ 'diplomas.revoke.reasonHint' | transloco }}</mat-hint>
          @if (reason.invalid && reason.touched) {
            <mat-error>{{ 'diplomas.revoke.reasonRequired' | transloco }}</mat-error>
          }
        </mat-form-field>
      </mat-dialog-content>
      <mat-dialog-actions align="end">
        <button mat-button type="button" mat-dialog-close>{{ 'common.cancel' | transloco }}</button>
        <button mat-flat-button type="submit" class="danger" data-testid="revoke-confirm">
          {{ 'diplomas.revoke.confirm' | transloco }}
        </button>
      </mat-dialog-actions>
    </form>
  `,
  styles: `
    .danger {
      --mat-button-filled-container-color: var(--mat-sys-error);
      --mat-button-filled-label-text-color: var(--mat-sys-on-error);
    }
  `,
})
export class RevokeDialogComponent {
  protected readonly data = inject<RevokeDialogData>(MAT_DIALOG_DATA);
  private readonly ref = inject(MatDialogRef<RevokeDialogComponent, string>);
  protected readonly reason = new FormControl('', {
    nonNullable: true,
    validators: [Validators.required, Validators.pattern(/\S/), Validators.maxLength(1000)],
  });
  protected readonly form = new FormGroup({ reason: this.reason });

  protected save(): void {
    this.reason.markAsTouched();
    if (this.reason.invalid) return;
    this.ref.close(this.reason.value.trim());
  }
}
