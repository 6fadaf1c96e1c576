import { ChangeDetectionStrategy, Component, inject, signal, viewChild } from '@angular/core';
import { FormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MAT_DIALOG_DATA, MatDialogModule, MatDialogRef } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';
import { MatSelectModule } from '@angular/material/select';
import { TranslocoPipe } from '@jsverse/transloco';
import { SignaturePadComponent } from '../attendance/signature-pad.component';
import { toProblem } from '../core/api/problem';
import { type Problem } from '../core/api/types';
import { ErrorMessagePipe } from '../shared/error-message.pipe';
import { type JuryBoard, type JuryMember, JuriesApiService } from './juries-api.service';

export interface SignDialogData {
  juryId: string;
  members: JuryMember[];
}

/** The president signs the minutes (name, drawn signature); closes with the signed board. */
@Component({
  selector: 'cq-sign-dialog',
  imports: [
    FormsModule,
    MatButtonModule,
    MatDialogModule,
    MatFormFieldModule,
    MatIconModule,
    MatInputModule,
    MatSelectModule,
    TranslocoPipe,
    ErrorMessagePipe,
    SignaturePadComponent,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <h2 mat-dialog-title>{{ 'juries.sign.title' | transloco }}</h2>
    <mat-dialog-content class="content">
      <p>{{ 'juries.sign.intro' | transloco }}</p>
      <mat-form-field appearance="outline">
        <mat-label>{{ 'juries.sign.president' | transloco }}</mat-label>
        <mat-select
          [value]="member()"
          (valueChange)="member.set($event)"
          data-testid="sign-president"
        >
          @for (m of data.members; track m.id) {
            <mat-option [value]="m">{{ m.name }}</mat-option>
          }
        </mat-select>
      </mat-form-field>
      <cq-signature-pad
        [label]="'juries.sign.signature' | transloco"
        [name]="member()?.name ?? ''"
      />
      @if (empty()) {
        <p class="cq-form-error" role="alert">{{ 'attendance.pad.empty' | transloco }}</p>
      }
      @if (problem(); as problem) {
        <p class="cq-form-error" role="alert">
          <mat-icon>error</mat-icon><span>{{ problem | cqErrorMessage: 'juries' }}</span>
        </p>
      }
    </mat-dialog-content>
    <mat-dialog-actions align="end">
      <button mat-button type="button" mat-dialog-close>{{ 'common.cancel' | transloco }}</button>
      <button
        mat-flat-button
        type="button"
        [disabled]="pending() || !member()"
        (click)="sign()"
        data-testid="sign-submit"
      >
        {{ 'juries.sign.submit' | transloco }}
      </button>
    </mat-dialog-actions>
  `,
  styles: `
    .content {
      display: flex;
      flex-direction: column;
      gap: 8px;
      min-width: min(520px, calc(100vw - 80px));
    }
  `,
})
export class SignDialogComponent {
  protected readonly data = inject<SignDialogData>(MAT_DIALOG_DATA);
  private readonly ref = inject(MatDialogRef<SignDialogComponent, JuryBoard>);
  private readonly api = inject(JuriesApiService);
  private readonly pad = viewChild.required(SignaturePadComponent);
  protected readonly member = signal<JuryMember | null>(this.data.members[0] ?? null);
  protected readonly pending = signal(false);
  protected readonly empty = signal(false);
  protected readonly problem = signal<Problem | null>(null);

  protected sign(): void {
    const member = this.member();
    const signature = this.pad().dataUrl();
    this.empty.set(!signature);
    if (!signature || !member) return;
    this.pending.set(true);
    this.problem.set(null);
    this.api
      .sign(this.data.juryId, { presidentName: member.name, presidentId: member.userId, signature })
      .subscribe({
        next: (board) => this.ref.close(board),
        error: (error: unknown) => {
          this.pending.set(false);
          this.problem.set(toProblem(error));
        },
      });
  }
}
