import { Clipboard } from '@angular/cdk/clipboard';
import {
  ChangeDetectionStrategy,
  Component,
  computed,
  effect,
  inject,
  input,
  signal,
  untracked,
} from '@angular/core';
import { FormControl, FormGroup, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatDialog } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatSnackBar } from '@angular/material/snack-bar';
import { Router, RouterLink } from '@angular/router';
import { TranslocoPipe, TranslocoService } from '@jsverse/transloco';
import { filter, switchMap } from 'rxjs';
import { InvitationsApiService } from '../../core/api/invitations-api.service';
import { toProblem } from '../../core/api/problem';
import {
  type InvitationDetail,
  type InvitationStatus,
  type Problem,
  type TransitionRequest,
} from '../../core/api/types';
import { AuthService } from '../../core/auth/auth.service';
import { DateFormatPipe } from '../../core/i18n/date-format.pipe';
import { DateFormatService } from '../../core/i18n/date-format.service';
import {
  ConfirmDialogComponent,
  type ConfirmDialogData,
} from '../../shared/confirm-dialog.component';
import { ControlErrorsComponent } from '../../shared/control-errors.component';
import { type TransitionButton, transitionButtons } from '../invitation-transitions';
import { ErrorMessagePipe } from '../../shared/error-message.pipe';
import { detailLoader } from '../../shared/detail-loader';
import { LoadFailureComponent } from '../../shared/load-failure.component';
import { hasBegun } from '../session-text';

const FINAL: readonly InvitationStatus[] = ['declined', 'held', 'cancelled'];

/**
 * One invitation: its status and the legal moves as buttons, the speaker's personal link (mailed
 * to them, and to copy as a fallback) with what was mailed when, the texts and practical
 * information, and the dated timeline.
 */
@Component({
  selector: 'cq-invitation-page',
  imports: [
    ReactiveFormsModule,
    RouterLink,
    MatButtonModule,
    MatFormFieldModule,
    MatIconModule,
    MatInputModule,
    MatProgressBarModule,
    TranslocoPipe,
    ControlErrorsComponent,
    DateFormatPipe,
    ErrorMessagePipe,
    LoadFailureComponent,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './invitation.page.html',
  styleUrl: './invitation.page.scss',
})
export class InvitationPage {
  private readonly api = inject(InvitationsApiService);
  private readonly auth = inject(AuthService);
  private readonly dialog = inject(MatDialog);
  private readonly router = inject(Router);
  private readonly clipboard = inject(Clipboard);
  private readonly snackBar = inject(MatSnackBar);
  private readonly transloco = inject(TranslocoService);
  private readonly dates = inject(DateFormatService);

  /** Route `:id`: the session. */
  readonly id = input.required<string>();
  readonly invitationId = input.required<string>();

  protected readonly area = computed(() => `/${this.auth.role() ?? 'instructor'}`);
  protected readonly loader = detailLoader({
    key: () => this.invitationId(),
    load: (id) => this.api.get(id),
  });
  protected readonly invitation = this.loader.value;
  protected readonly loading = this.loader.loading;
  protected readonly pending = signal(false);
  protected readonly actionProblem = signal<Problem | null>(null);
  protected readonly copied = signal<boolean | null>(null);

  protected readonly note = new FormControl('', {
    nonNullable: true,
    validators: [Validators.maxLength(1000)],
  });
  protected readonly texts = new FormGroup({
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
    contactName: new FormControl('', {
      nonNullable: true,
      validators: [Validators.maxLength(200)],
    }),
    contactEmail: new FormControl('', {
      nonNullable: true,
      validators: [Validators.email, Validators.maxLength(320)],
    }),
    contactPhone: new FormControl('', {
      nonNullable: true,
      validators: [Validators.maxLength(50)],
    }),
    reminderDays: new FormControl<number | null>(null, {
      validators: [Validators.min(1), Validators.max(30)],
    }),
  });

  protected readonly buttons = computed<TransitionButton[]>(() => {
    const invitation = this.invitation();
    if (!invitation) return [];
    return transitionButtons(
      invitation.status,
      hasBegun(invitation.session),
      invitation.allowedTransitions,
    );
  });
  /** A confirmed talk is marked as held once its session has begun. */
  protected readonly heldLater = computed(() => {
    const invitation = this.invitation();
    return invitation?.status === 'confirmed' && !hasBegun(invitation.session);
  });
  protected readonly final = computed(() => {
    const status = this.invitation()?.status;
    return !!status && FINAL.includes(status);
  });
  protected readonly when = computed(() => {
    const session = this.invitation()?.session;
    return session ? this.dates.when(session.startsAt, session.endsAt, session.timeZone) : '';
  });
  /** Newest first. */
  protected readonly events = computed(() => [...(this.invitation()?.events ?? [])].reverse());

  constructor() {
    // Not loading: puts each invitation shown (loaded or returned by an action) into the form.
    effect(() => {
      const invitation = this.invitation();
      if (invitation) untracked(() => this.syncForm(invitation));
    });
  }

  protected move(button: TransitionButton): void {
    const invitation = this.invitation();
    if (!invitation) return;
    if (!button.confirm) {
      this.transition(invitation.id, button.to);
      return;
    }
    this.dialog
      .open<ConfirmDialogComponent, ConfirmDialogData, boolean>(ConfirmDialogComponent, {
        data: {
          title: `scheduling.invitation.confirm.${button.to}.title`,
          message: `scheduling.invitation.confirm.${button.to}.message`,
          confirm: button.label,
          params: { name: invitation.speaker.fullName },
        },
        maxWidth: 'calc(100vw - 24px)',
      })
      .afterClosed()
      .pipe(filter(Boolean))
      .subscribe(() => this.transition(invitation.id, button.to));
  }

  private transition(id: string, to: InvitationStatus): void {
    if (this.note.invalid) return;
    this.run(
      this.api.transition(id, {
        to: to as TransitionRequest['to'],
        note: this.note.value.trim() || null,
      }),
      `scheduling.invitation.moved.${to}`,
    );
  }

  protected newLink(): void {
    const invitation = this.invitation();
    if (!invitation) return;
    this.dialog
      .open<ConfirmDialogComponent, ConfirmDialogData, boolean>(ConfirmDialogComponent, {
        data: {
          title: 'scheduling.invitation.newLinkTitle',
          message: 'scheduling.invitation.newLinkMessage',
          confirm: 'scheduling.invitation.newLink',
        },
        maxWidth: 'calc(100vw - 24px)',
      })
      .afterClosed()
      .pipe(
        filter(Boolean),
        switchMap(() => {
          this.pending.set(true);
          return this.api.newLink(invitation.id);
        }),
      )
      .subscribe({
        next: (updated) => {
          this.pending.set(false);
          this.loader.set(updated);
          this.notify('scheduling.invitation.newLinkDone');
        },
        error: (error: unknown) => {
          this.pending.set(false);
          this.actionProblem.set(toProblem(error));
        },
      });
  }

  protected saveTexts(): void {
    const invitation = this.invitation();
    if (!invitation || this.texts.invalid) return;
    const v = this.texts.getRawValue();
    this.run(
      this.api.update(invitation.id, {
        talkTitle: v.talkTitle.trim(),
        abstract: v.abstract,
        messageToSpeaker: v.messageToSpeaker,
        accessInfo: v.accessInfo,
        equipment: v.equipment,
        contactName: v.contactName.trim() || null,
        contactEmail: v.contactEmail.trim() || null,
        contactPhone: v.contactPhone.trim() || null,
        reminderDays: v.reminderDays || null,
      }),
      'scheduling.invitation.textsSaved',
    );
  }

  protected removeDraft(): void {
    const invitation = this.invitation();
    if (!invitation) return;
    this.dialog
      .open<ConfirmDialogComponent, ConfirmDialogData, boolean>(ConfirmDialogComponent, {
        data: {
          title: 'scheduling.invitation.deleteTitle',
          message: 'scheduling.invitation.deleteMessage',
          confirm: 'scheduling.invitation.delete',
          params: { name: invitation.speaker.fullName },
        },
        maxWidth: 'calc(100vw - 24px)',
      })
      .afterClosed()
      .pipe(
        filter(Boolean),
        switchMap(() => {
          this.pending.set(true);
          return this.api.remove(invitation.id);
        }),
      )
      .subscribe({
        next: () => {
          this.pending.set(false);
          void this.router.navigate([this.area(), 'sessions', this.id()]);
        },
        error: (error: unknown) => {
          this.pending.set(false);
          this.actionProblem.set(toProblem(error));
        },
      });
  }

  protected copyLink(url: string): void {
    this.copied.set(this.clipboard.copy(url));
  }

  private run(request: ReturnType<InvitationsApiService['get']>, done: string): void {
    this.pending.set(true);
    this.actionProblem.set(null);
    request.subscribe({
      next: (invitation) => {
        this.pending.set(false);
        this.note.reset();
        this.loader.set(invitation);
        this.notify(done, { name: invitation.speaker.fullName });
      },
      error: (error: unknown) => {
        this.pending.set(false);
        this.actionProblem.set(toProblem(error));
      },
    });
  }

  private syncForm(invitation: InvitationDetail): void {
    this.copied.set(null);
    this.texts.reset({
      talkTitle: invitation.talkTitle,
      abstract: invitation.abstract,
      messageToSpeaker: invitation.messageToSpeaker,
      accessInfo: invitation.practical.accessInfo,
      equipment: invitation.practical.equipment,
      contactName: invitation.contactPerson.name ?? '',
      contactEmail: invitation.contactPerson.email ?? '',
      contactPhone: invitation.contactPerson.phone ?? '',
      reminderDays: invitation.mail.reminderDays,
    });
    if (FINAL.includes(invitation.status)) this.texts.disable();
    else this.texts.enable();
  }

  private notify(key: string, params?: Record<string, unknown>): void {
    this.snackBar.open(this.transloco.translate(key, params), undefined, { duration: 4000 });
  }
}
