import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { FormControl, FormGroup, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MAT_DIALOG_DATA, MatDialogModule, MatDialogRef } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { TranslocoPipe } from '@jsverse/transloco';
import { ControlErrorsComponent } from '../shared/control-errors.component';
import { type TransitionAction } from './project-transitions';

export interface TransitionDialogData {
  action: TransitionAction;
  projectTitle: string;
}

/** What the dialog closes with: the move is confirmed, with its comment if any. */
export interface TransitionDialogResult {
  comment: string;
}

/** Confirms a change of state, asking for the comment (required for some moves). */
@Component({
  selector: 'cq-transition-dialog',
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
    <h2 mat-dialog-title>
      {{ 'projects.transition.' + data.action.key + '.title' | transloco }}
    </h2>
    <form novalidate [formGroup]="form" (ngSubmit)="confirm()">
      <mat-dialog-content>
        <p>
          {{
            'projects.transition.' + data.action.key + '.message'
              | transloco: { title: data.projectTitle }
          }}
        </p>
        <mat-form-field subscriptSizing="dynamic" class="cq-full-width">
          <mat-label>
            {{
              (data.action.commentRequired
                ? 'projects.transition.commentRequired'
                : 'projects.transition.commentOptional'
              ) | transloco
            }}
          </mat-label>
          <textarea
            matInput
            rows="4"
            maxlength="5000"
            formControlName="comment"
            [required]="data.action.commentRequired"
          ></textarea>
          <mat-hint>{{ 'projects.transition.commentHint' | transloco }}</mat-hint>
          <mat-error><cq-control-errors [control]="comment" /></mat-error>
        </mat-form-field>
      </mat-dialog-content>
      <mat-dialog-actions align="end">
        <button mat-button type="button" mat-dialog-close>{{ 'common.cancel' | transloco }}</button>
        <button mat-flat-button type="submit" [class.danger]="data.action.emphasis === 'danger'">
          {{ 'projects.transition.' + data.action.key + '.button' | transloco }}
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
export class TransitionDialogComponent {
  protected readonly data = inject<TransitionDialogData>(MAT_DIALOG_DATA);
  private readonly dialogRef =
    inject<MatDialogRef<TransitionDialogComponent, TransitionDialogResult>>(MatDialogRef);

  protected readonly comment = new FormControl('', {
    nonNullable: true,
    validators: this.data.action.commentRequired
      ? [Validators.required, Validators.maxLength(5000)]
      : [Validators.maxLength(5000)],
  });
  protected readonly form = new FormGroup({ comment: this.comment });

  protected confirm(): void {
    this.comment.markAsTouched();
    const text = this.comment.value.trim();
    if (this.data.action.commentRequired && !text) {
      this.comment.setErrors({ required: true });
      return;
    }
    if (this.comment.invalid) return;
    this.dialogRef.close({ comment: text });
  }
}
