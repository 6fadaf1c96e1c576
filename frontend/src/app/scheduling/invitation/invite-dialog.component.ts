import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { FormControl, FormGroup, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MAT_DIALOG_DATA, MatDialogModule, MatDialogRef } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatSelectModule } from '@angular/material/select';
import { TranslocoPipe } from '@jsverse/transloco';
import { catchError, map, of, switchMap } from 'rxjs';
import { InvitationsApiService } from '../../core/api/invitations-api.service';
import { toProblem } from '../../core/api/problem';
import { SpeakersApiService } from '../../core/api/speakers-api.service';
import {
  type InvitationDetail,
  type Problem,
  type Session,
  type SessionConflict,
  type Speaker,
} from '../../core/api/types';
import { applyProblemToForm, type ServerError } from '../../core/forms/problem-form-errors';
import { ControlErrorsComponent } from '../../shared/control-errors.component';
import { ErrorMessagePipe } from '../../shared/error-message.pipe';
import { ConflictAlertComponent } from '../conflict-alert.component';
import { isConflictProblem } from '../conflict-messages';
import { isOpen } from '../invitation-transitions';

/**
 * Invites a speaker to a guest talk: pick them, give the talk's title, abstract and practical
 * information, then either keep a draft or send it at once (which issues their personal link
 * and mails it with the talk's .ics).
 */
@Component({
  selector: 'cq-invite-dialog',
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
    ConflictAlertComponent,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <h2 mat-dialog-title>{{ 'scheduling.invite.title' | transloco }}</h2>
    <form [formGroup]="form" novalidate (ngSubmit)="submit(true)">
      <mat-dialog-content>
        <p class="hint">
          {{ 'scheduling.invite.intro' | transloco: { title: data.session.title } }}
        </p>
        @if (conflicts(); as conflicts) {
          <cq-conflict-alert [conflicts]="conflicts" [timeZone]="data.session.timeZone" />
        }
        <div role="alert">
          @for (error of formErrors(); track $index) {
            <p class="cq-form-error">
              <mat-icon>error</mat-icon>
              <span>{{ error | cqErrorMessage }}</span>
            </p>
          }
          @if (problem(); as problem) {
            <p class="cq-form-error">
              <mat-icon>error</mat-icon>
              <span>{{ problem | cqErrorMessage: 'scheduling' }}</span>
            </p>
          }
        </div>
        <mat-form-field class="cq-full-width" subscriptSizing="dynamic">
          <mat-label>{{ 'scheduling.field.speaker' | transloco }}</mat-label>
          <mat-select formControlName="speakerId" required>
            @for (speaker of speakers(); track speaker.id) {
              <mat-option [value]="speaker.id">
                {{ speaker.fullName }}
                @if (speaker.organisation) {
                  · {{ speaker.organisation }}
                }
              </mat-option>
            }
          </mat-select>
          <mat-hint>{{ 'scheduling.invite.speakerHint' | transloco }}</mat-hint>
          <mat-error><cq-control-errors [control]="form.controls.speakerId" /></mat-error>
        </mat-form-field>
        <mat-form-field class="cq-full-width">
          <mat-label>{{ 'scheduling.field.talkTitle' | transloco }}</mat-label>
          <input matInput formControlName="talkTitle" autocomplete="off" />
          <mat-error><cq-control-errors [control]="form.controls.talkTitle" /></mat-error>
        </mat-form-field>
        <mat-form-field class="cq-full-width">
          <mat-label>{{ 'scheduling.field.abstract' | transloco }}</mat-label>
          <textarea matInput rows="4" formControlName="abstract"></textarea>
          <mat-error><cq-control-errors [control]="form.controls.abstract" /></mat-error>
        </mat-form-field>
        <mat-form-field class="cq-full-width" subscriptSizing="dynamic">
          <mat-label>{{ 'scheduling.field.messageToSpeaker' | transloco }}</mat-label>
          <textarea matInput rows="3" formControlName="messageToSpeaker"></textarea>
          <mat-hint>{{ 'scheduling.invite.messageHint' | transloco }}</mat-hint>
          <mat-error><cq-control-errors [control]="form.controls.messageToSpeaker" /></mat-error>
        </mat-form-field>
        <mat-form-field class="cq-full-width" subscriptSizing="dynamic">
          <mat-label>{{ 'scheduling.invitation.practical.accessInfo' | transloco }}</mat-label>
          <textarea matInput rows="2" formControlName="accessInfo"></textarea>
          <mat-hint>{{ 'scheduling.invitation.practical.accessInfoHint' | transloco }}</mat-hint>
          <mat-error><cq-control-errors [control]="form.controls.accessInfo" /></mat-error>
        </mat-form-field>
        <mat-form-field class="cq-full-width" subscriptSizing="dynamic">
          <mat-label>{{ 'scheduling.invitation.practical.equipment' | transloco }}</mat-label>
          <textarea matInput rows="2" formControlName="equipment"></textarea>
          <mat-hint>{{ 'scheduling.invitation.practical.equipmentHint' | transloco }}</mat-hint>
          <mat-error><cq-control-errors [control]="form.controls.equipment" /></mat-error>
        </mat-form-field>
        <p class="hint">{{ 'scheduling.invite.mailHint' | transloco }}</p>
        @if (pending()) {
          <mat-progress-bar mode="indeterminate" [attr.aria-label]="'common.loading' | transloco" />
        }
      </mat-dialog-content>
      <mat-dialog-actions align="end">
        <button mat-button type="button" mat-dialog-close>{{ 'common.cancel' | transloco }}</button>
        <button mat-stroked-button type="button" [disabled]="pending()" (click)="submit(false)">
          {{ 'scheduling.invite.saveDraft' | transloco }}
        </button>
        <button mat-flat-button type="submit" [disabled]="pending()">
          <mat-icon>send</mat-icon>
          {{ 'scheduling.invite.send' | transloco }}
        </button>
      </mat-dialog-actions>
    </form>
  `,
  styles: `
    form {
      display: contents;
    }
    .hint {
      margin: 0 0 12px;
      color: var(--mat-sys-on-surface-variant);
    }
    mat-form-field {
      margin-bottom: 4px;
    }
  `,
})
export class InviteDialogComponent {
  protected readonly data = inject<{ session: Session }>(MAT_DIALOG_DATA);
  private readonly dialogRef =
    inject<MatDialogRef<InviteDialogComponent, InvitationDetail>>(MatDialogRef);
  private readonly invitations = inject(InvitationsApiService);

  protected readonly form = new FormGroup({
    speakerId: new FormControl('', { nonNullable: true, validators: [Validators.required] }),
    talkTitle: new FormControl('', { nonNullable: true, validators: [Validators.maxLength(300)] }),
    abstract: new FormControl('', {
      nonNullable: true,
      validators: [Validators.maxLength(10_000)],
    }),
    messageToSpeaker: new FormControl('', {
      nonNullable: true,
      validators: [Validators.maxLength(5000)],
    }),
    accessInfo: new FormControl('', {
      nonNullable: true,
      validators: [Validators.maxLength(5000)],
    }),
    equipment: new FormControl('', { nonNullable: true, validators: [Validators.maxLength(5000)] }),
  });
  protected readonly pending = signal(false);
  protected readonly formErrors = signal<(Problem | ServerError)[]>([]);
  protected readonly problem = signal<Problem | null>(null);
  protected readonly conflicts = signal<SessionConflict[] | null>(null);

  /** The directory, without the speakers already invited to this session. */
  protected readonly speakers = toSignal(
    inject(SpeakersApiService)
      .list({ page: 1, size: 200, sort: 'fullName' })
      .pipe(
        map((page) => {
          const taken = new Set(
            this.data.session.speakers.filter((s) => isOpen(s.status)).map((s) => s.speakerId),
          );
          return page.items.filter((s) => !taken.has(s.id));
        }),
        catchError(() => of([] as Speaker[])),
      ),
    { initialValue: [] as Speaker[] },
  );

  protected submit(send: boolean): void {
    if (this.pending()) return;
    this.form.markAllAsTouched();
    if (this.form.invalid) return;
    const v = this.form.getRawValue();
    this.pending.set(true);
    this.formErrors.set([]);
    this.problem.set(null);
    this.conflicts.set(null);
    this.invitations
      .create(this.data.session.id, {
        speakerId: v.speakerId,
        talkTitle: v.talkTitle.trim() || undefined,
        abstract: v.abstract.trim() || undefined,
        messageToSpeaker: v.messageToSpeaker.trim() || undefined,
        accessInfo: v.accessInfo.trim() || undefined,
        equipment: v.equipment.trim() || undefined,
      })
      .pipe(
        switchMap((draft) =>
          send
            ? this.invitations.transition(draft.id, { to: 'invited' }).pipe(
                // The draft exists even if sending failed: open it anyway.
                catchError(() => of(draft)),
              )
            : of(draft),
        ),
      )
      .subscribe({
        next: (invitation) => {
          this.pending.set(false);
          this.dialogRef.close(invitation);
        },
        error: (error: unknown) => {
          this.pending.set(false);
          const problem = toProblem(error);
          if (isConflictProblem(problem)) this.conflicts.set(problem.conflicts);
          else if (problem.errors?.length) {
            this.formErrors.set(applyProblemToForm(this.form, problem));
          } else this.problem.set(problem);
        },
      });
  }
}
