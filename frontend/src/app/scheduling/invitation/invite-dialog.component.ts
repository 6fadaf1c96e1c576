import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { FormControl, FormGroup, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MAT_DIALOG_DATA, MatDialogModule, MatDialogRef } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatRadioModule } from '@angular/material/radio';
import { MatSelectModule } from '@angular/material/select';
import { TranslocoPipe } from '@jsverse/transloco';
import { catchError, map, of, startWith, switchMap } from 'rxjs';
import { InvitationsApiService } from '../../core/api/invitations-api.service';
import { toProblem } from '../../core/api/problem';
import { SessionsApiService } from '../../core/api/sessions-api.service';
import { SpeakersApiService } from '../../core/api/speakers-api.service';
import {
  type InvitationDetail,
  type Problem,
  type Session,
  type SessionConflict,
  type Speaker,
} from '../../core/api/types';
import { applyProblemToForm, type ServerError } from '../../core/forms/problem-form-errors';
import { DateFormatService } from '../../core/i18n/date-format.service';
import { ControlErrorsComponent } from '../../shared/control-errors.component';
import { ErrorMessagePipe } from '../../shared/error-message.pipe';
import { ConflictAlertComponent } from '../conflict-alert.component';
import { isConflictProblem } from '../conflict-messages';
import { isOpen } from '../invitation-transitions';
import { INVITE_HORIZON_DAYS, type SessionChoice, sessionChoices } from './invite-sessions';

/**
 * From a session page: invite a speaker of the directory to this session. From a speaker's
 * page: invite this speaker to one of the upcoming guest talks the viewer plans.
 */
export type InviteDialogData = { session: Session } | { speaker: Pick<Speaker, 'id' | 'fullName'> };

type Choices =
  | { kind: 'loading' }
  | { kind: 'ready'; choices: SessionChoice[] }
  | { kind: 'failed'; problem: Problem };

/**
 * Invites a speaker to a guest talk: pick them (or, from their page, the session), give the
 * talk's title, abstract and practical information, then either keep a draft or send it at
 * once (which issues their personal link and mails it with the talk's .ics).
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
    MatRadioModule,
    MatSelectModule,
    TranslocoPipe,
    ControlErrorsComponent,
    ErrorMessagePipe,
    ConflictAlertComponent,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './invite-dialog.component.html',
  styleUrl: './invite-dialog.component.scss',
})
export class InviteDialogComponent {
  protected readonly data = inject<InviteDialogData>(MAT_DIALOG_DATA);
  private readonly dialogRef =
    inject<MatDialogRef<InviteDialogComponent, InvitationDetail>>(MatDialogRef);
  private readonly invitations = inject(InvitationsApiService);
  private readonly dates = inject(DateFormatService);

  /** The session given (from its page), else null: the speaker's page picks one. */
  protected readonly session = 'session' in this.data ? this.data.session : null;
  /** The speaker given (from their page), else null: the session's page picks one. */
  protected readonly speaker = 'speaker' in this.data ? this.data.speaker : null;

  /** From the speaker’s page “Invite <name>”, else the session page’s title. */
  protected readonly title = this.speaker
    ? { key: 'scheduling.speakers.invite.title', params: { name: this.speaker.fullName } }
    : { key: 'scheduling.invite.title', params: {} };

  protected readonly form = new FormGroup({
    sessionId: new FormControl(this.session?.id ?? '', {
      nonNullable: true,
      validators: [Validators.required],
    }),
    speakerId: new FormControl(this.speaker?.id ?? '', {
      nonNullable: true,
      validators: [Validators.required],
    }),
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

  /** The directory, without the speakers already invited to this session (session page only). */
  protected readonly speakers = toSignal(this.loadSpeakers(inject(SpeakersApiService)), {
    initialValue: [] as Speaker[],
  });

  /** The upcoming guest talks the viewer plans (speaker page only). */
  protected readonly choices = toSignal(this.loadChoices(inject(SessionsApiService)), {
    initialValue: { kind: 'loading' } as Choices,
  });

  protected readonly readyChoices = computed(() => {
    const choices = this.choices();
    return choices.kind === 'ready' ? choices.choices : [];
  });

  private readonly sessionId = toSignal(this.form.controls.sessionId.valueChanges, {
    initialValue: this.form.controls.sessionId.value,
  });
  /** The session invited to: the given one, or the one chosen. */
  protected readonly chosen = computed<Session | null>(() => {
    if (this.session) return this.session;
    const id = this.sessionId();
    return this.readyChoices().find((c) => c.session.id === id)?.session ?? null;
  });
  protected readonly timeZone = computed(() => this.chosen()?.timeZone ?? 'Europe/Zurich');

  protected when(session: Session): string {
    return this.dates.when(session.startsAt, session.endsAt, session.timeZone);
  }

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
      .create(v.sessionId, {
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

  private loadSpeakers(api: SpeakersApiService) {
    const session = this.session;
    if (!session) return of([] as Speaker[]);
    const taken = new Set(session.speakers.filter((s) => isOpen(s.status)).map((s) => s.speakerId));
    return api.list({ page: 1, size: 200, sort: 'fullName' }).pipe(
      map((page) => page.items.filter((s) => !taken.has(s.id))),
      catchError(() => of([] as Speaker[])),
    );
  }

  private loadChoices(sessions: SessionsApiService) {
    const speaker = this.speaker;
    if (!speaker) return of<Choices>({ kind: 'ready', choices: [] });
    const now = new Date();
    return sessions
      .list({
        from: now.toISOString(),
        to: new Date(now.getTime() + INVITE_HORIZON_DAYS * 86_400_000).toISOString(),
        kind: 'guest_talk',
        includeCancelled: false,
      })
      .pipe(
        map((list): Choices => ({
          kind: 'ready',
          choices: sessionChoices(list.items, speaker.id),
        })),
        catchError((error: unknown) => of<Choices>({ kind: 'failed', problem: toProblem(error) })),
        startWith<Choices>({ kind: 'loading' }),
      );
  }
}
