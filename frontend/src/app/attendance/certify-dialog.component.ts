import { ChangeDetectionStrategy, Component, inject, signal, viewChild } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MAT_DIALOG_DATA, MatDialogModule, MatDialogRef } from '@angular/material/dialog';
import { MatIconModule } from '@angular/material/icon';
import { TranslocoPipe } from '@jsverse/transloco';
import { toProblem } from '../core/api/problem';
import { type Problem } from '../core/api/types';
import { ErrorMessagePipe } from '../shared/error-message.pipe';
import { AttendanceApiService } from './attendance-api.service';
import { SignaturePadComponent } from './signature-pad.component';

export interface CertifyDialogData {
  sessionId: string;
  part: number;
  name: string;
}

/** The instructor signs the sheet of a part; closes with `true` once certified. */
@Component({
  selector: 'cq-certify-dialog',
  imports: [
    MatButtonModule,
    MatDialogModule,
    MatIconModule,
    TranslocoPipe,
    ErrorMessagePipe,
    SignaturePadComponent,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <h2 mat-dialog-title>
      {{
        'attendance.certify.title'
          | transloco: { part: ('attendance.part.' + data.part | transloco) }
      }}
    </h2>
    <mat-dialog-content>
      <p>{{ 'attendance.certify.intro' | transloco }}</p>
      <cq-signature-pad [label]="'attendance.certify.submit' | transloco" [name]="data.name" />
      @if (problem(); as problem) {
        <p class="cq-form-error" role="alert">
          <mat-icon>error</mat-icon><span>{{ problem | cqErrorMessage: 'attendance' }}</span>
        </p>
      }
      @if (empty()) {
        <p class="cq-form-error" role="alert">{{ 'attendance.pad.empty' | transloco }}</p>
      }
    </mat-dialog-content>
    <mat-dialog-actions align="end">
      <button mat-button type="button" mat-dialog-close>{{ 'common.cancel' | transloco }}</button>
      <button
        mat-flat-button
        type="button"
        [disabled]="pending()"
        (click)="certify()"
        data-testid="certify-submit"
      >
        {{ 'attendance.certify.submit' | transloco }}
      </button>
    </mat-dialog-actions>
  `,
})
export class CertifyDialogComponent {
  protected readonly data = inject<CertifyDialogData>(MAT_DIALOG_DATA);
  private readonly ref = inject(MatDialogRef<CertifyDialogComponent, boolean>);
  private readonly api = inject(AttendanceApiService);
  private readonly pad = viewChild.required(SignaturePadComponent);
  protected readonly pending = signal(false);
  protected readonly empty = signal(false);
  protected readonly problem = signal<Problem | null>(null);

  protected certify(): void {
    const signature = this.pad().dataUrl();
    this.empty.set(!signature);
    if (!signature) return;
    this.pending.set(true);
    this.problem.set(null);
    this.api.certify(this.data.sessionId, this.data.part, signature).subscribe({
      next: () => this.ref.close(true),
      error: (error: unknown) => {
        this.pending.set(false);
        this.problem.set(toProblem(error));
      },
    });
  }
}
