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
import { MatCardModule } from '@angular/material/card';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { TranslocoPipe } from '@jsverse/transloco';
import { toProblem } from '../core/api/problem';
import { SpeakerLinkApiService } from '../core/api/speaker-link-api.service';
import { type Problem, type SpeakerInvitationView } from '../core/api/types';
import { applyProblemToForm, type ServerError } from '../core/forms/problem-form-errors';
import { LanguageService } from '../core/i18n/language.service';
import { AuthLayoutComponent } from '../auth/auth-layout.component';
import { WEB_URL_PATTERN } from '../scheduling/session-form/session-form';
import { DateFormatService } from '../core/i18n/date-format.service';
import { ControlErrorsComponent } from '../shared/control-errors.component';
import { detailLoader } from '../shared/detail-loader';
import { ErrorMessagePipe } from '../shared/error-message.pipe';
import { DateFormatPipe } from '../core/i18n/date-format.pipe';
import { type LinkFailure, linkFailure } from './link-errors';

type State =
  | { kind: 'loading' }
  | { kind: 'ready'; view: SpeakerInvitationView }
  | { kind: 'failed'; failure: LinkFailure; problem: Problem };

/**
 * The guest speaker's page, opened from their personal link without an account: the session
 * and talk, confirm or decline, their bio, the talk in their calendar. No app navigation.
 */
@Component({
  selector: 'cq-speaker-link-page',
  imports: [
    ReactiveFormsModule,
    MatButtonModule,
    MatCardModule,
    MatFormFieldModule,
    MatIconModule,
    MatInputModule,
    MatProgressBarModule,
    TranslocoPipe,
    AuthLayoutComponent,
    ControlErrorsComponent,
    ErrorMessagePipe,
    DateFormatPipe,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './speaker-link.page.html',
  styleUrl: './speaker-link.page.scss',
})
export class SpeakerLinkPage {
  private readonly api = inject(SpeakerLinkApiService);
  protected readonly language = inject(LanguageService);
  private readonly dates = inject(DateFormatService);

  /** Route `:token`. */
  readonly token = input.required<string>();

  protected readonly loader = detailLoader({
    key: () => this.token(),
    load: (token) => this.api.view(token),
  });
  /** The link stopped working while answering (expired, revoked). */
  private readonly lostLink = signal<{ failure: LinkFailure; problem: Problem } | null>(null);
  protected readonly state = computed<State>(() => {
    const lost = this.lostLink();
    if (lost) return { kind: 'failed', ...lost };
    const loaded = this.loader.state();
    switch (loaded.kind) {
      case 'ready':
        return { kind: 'ready', view: loaded.value };
      case 'not-found':
      case 'error':
        return { kind: 'failed', failure: linkFailure(loaded.problem), problem: loaded.problem };
      default:
        return { kind: 'loading' };
    }
  });
  protected readonly answering = signal(false);
  protected readonly answerProblem = signal<Problem | null>(null);
  /** What the speaker just did, to thank them. */
  protected readonly answered = signal<'confirm' | 'decline' | null>(null);
  protected readonly savingProfile = signal(false);
  protected readonly profileSaved = signal(false);
  protected readonly profileErrors = signal<(Problem | ServerError)[]>([]);

  protected readonly note = new FormControl('', {
    nonNullable: true,
    validators: [Validators.maxLength(2000)],
  });
  protected readonly profile = new FormGroup({
    jobTitle: new FormControl('', { nonNullable: true, validators: [Validators.maxLength(200)] }),
    bio: new FormControl('', { nonNullable: true, validators: [Validators.maxLength(10_000)] }),
    websiteUrl: new FormControl('', {
      nonNullable: true,
      validators: [Validators.pattern(WEB_URL_PATTERN), Validators.maxLength(2000)],
    }),
  });

  protected readonly failed = computed(() => {
    const state = this.state();
    return state.kind === 'failed' ? state : null;
  });
  protected readonly view = computed(() => {
    const state = this.state();
    return state.kind === 'ready' ? state.view : null;
  });
  protected readonly when = computed(() => {
    const session = this.view()?.session;
    return session ? this.dates.when(session.startsAt, session.endsAt, session.timeZone) : '';
  });
  protected readonly icsUrl = computed(() => this.api.icsUrl(this.token(), this.language.lang()));

  constructor() {
    // Not loading: each view shown (loaded or returned by an answer) fills the profile form.
    effect(() => {
      const view = this.view();
      if (view) untracked(() => this.syncProfile(view));
    });
  }

  protected retry(): void {
    this.lostLink.set(null);
    this.loader.reload();
  }

  protected answer(answer: 'confirm' | 'decline'): void {
    if (this.answering() || this.note.invalid) return;
    this.answering.set(true);
    this.answerProblem.set(null);
    this.api.answer(this.token(), { answer, note: this.note.value.trim() || null }).subscribe({
      next: (view) => {
        this.answering.set(false);
        this.answered.set(answer);
        this.loader.set(view);
      },
      error: (error: unknown) => {
        this.answering.set(false);
        const problem = toProblem(error);
        const failure = linkFailure(problem);
        if (failure === 'other' || failure === 'used') this.answerProblem.set(problem);
        else this.lostLink.set({ failure, problem });
      },
    });
  }

  protected saveProfile(): void {
    if (this.savingProfile()) return;
    this.profile.markAllAsTouched();
    if (this.profile.invalid) return;
    const v = this.profile.getRawValue();
    this.savingProfile.set(true);
    this.profileSaved.set(false);
    this.profileErrors.set([]);
    this.api
      .updateProfile(this.token(), {
        jobTitle: v.jobTitle.trim() || null,
        bio: v.bio,
        websiteUrl: v.websiteUrl.trim() || null,
      })
      .subscribe({
        next: (view) => {
          this.savingProfile.set(false);
          this.profileSaved.set(true);
          this.loader.set(view);
        },
        error: (error: unknown) => {
          this.savingProfile.set(false);
          this.profileErrors.set(applyProblemToForm(this.profile, toProblem(error)));
        },
      });
  }

  private syncProfile(view: SpeakerInvitationView): void {
    this.profile.reset({
      jobTitle: view.speaker.jobTitle ?? '',
      bio: view.speaker.bio,
      websiteUrl: view.speaker.websiteUrl ?? '',
    });
  }

  /** The venue on OpenStreetMap, for the speaker's way there. */
  protected mapUrl(address: string): string {
    return `https://www.openstreetmap.org/search?query=${encodeURIComponent(address)}`;
  }
}
