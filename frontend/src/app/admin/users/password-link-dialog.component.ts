import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MAT_DIALOG_DATA, MatDialogModule } from '@angular/material/dialog';
import { TranslocoPipe } from '@jsverse/transloco';
import { PasswordLinkComponent } from './password-link.component';

export interface PasswordLinkDialogData {
  displayName: string;
  setPasswordUrl: string;
  /** The address the link was mailed to. */
  mailedTo?: string | null;
}

/** Shows a freshly made set-password link for a user. */
@Component({
  selector: 'cq-password-link-dialog',
  imports: [MatDialogModule, MatButtonModule, TranslocoPipe, PasswordLinkComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <h2 mat-dialog-title>{{ 'users.link.title' | transloco }}</h2>
    <mat-dialog-content>
      <cq-password-link
        [url]="data.setPasswordUrl"
        [displayName]="data.displayName"
        [mailedTo]="data.mailedTo ?? null"
      />
    </mat-dialog-content>
    <mat-dialog-actions align="end">
      <button mat-flat-button type="button" mat-dialog-close>
        {{ 'common.close' | transloco }}
      </button>
    </mat-dialog-actions>
  `,
})
export class PasswordLinkDialogComponent {
  protected readonly data = inject<PasswordLinkDialogData>(MAT_DIALOG_DATA);
}
