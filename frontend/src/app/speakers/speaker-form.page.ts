import {
  ChangeDetectionStrategy,
  Component,
  type ElementRef,
  Injector,
  type OnInit,
  afterNextRender,
  computed,
  inject,
  input,
  signal,
  viewChild,
} from '@angular/core';
import { takeUntilDestroyed, toSignal } from '@angular/core/rxjs-interop';
import { FormControl, FormGroup, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatRadioModule } from '@angular/material/radio';
import { MatSelectModule } from '@angular/material/select';
import { MatSnackBar } from '@angular/material/snack-bar';
import { ActivatedRoute, Router, RouterLink } from '@angular/router';
import { TranslocoPipe, TranslocoService } from '@jsverse/transloco';
import { catchError, map, of } from 'rxjs';
import { PartnersApiService } from '../core/api/partners-api.service';
import { toProblem } from '../core/api/problem';
import { SpeakersApiService } from '../core/api/speakers-api.service';
import {
  type Partner,
  type Problem,
  type SpeakerDetail,
  type SpeakerDuplicateProblem,
  type SpeakerMatch,
} from '../core/api/types';
import { applyProblemToForm, type ServerError } from '../core/forms/problem-form-errors';
import { WEB_URL_PATTERN } from '../scheduling/session-form/session-form';
import { ControlErrorsComponent } from '../shared/control-errors.component';
import { ErrorMessagePipe } from '../shared/error-message.pipe';
import { parseTopics } from './topics';

const CODE_TO_FIELD: Readonly<Record<string, string>> = { 'speaker.email_taken': 'email' };
type OrganisationKind = 'partner' | 'other';

/**
 * The speakers a new one may be a twin of, as the server named them. `sameEmail`: they have
 * this e-mail, so the new one cannot be someone else; otherwise only the name matches.
 */
export interface Twins {
  sameEmail: boolean;
  existing: SpeakerMatch[];
}

/** Creates or edits a speaker of the directory. */
@Component({
  selector: 'cq-speaker-form-page',
  imports: [
    ReactiveFormsModule,
    RouterLink,
    MatButtonModule,
    MatFormFieldModule,
    MatIconModule,
    MatInputModule,
    MatProgressBarModule,
    MatRadioModule,
    MatSelectModule,
    TranslocoPipe,
    ControlErrorsComponent,
    ErrorMessagePipe,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './speaker-form.page.html',
  styleUrls: ['../scheduling/_form.scss', './speaker-form.page.scss'],
})
export class SpeakerFormPage implements OnInit {
  private readonly api = inject(SpeakersApiService);
  private readonly router = inject(Router);
  private readonly route = inject(ActivatedRoute);
  private readonly snackBar = inject(MatSnackBar);
  private readonly transloco = inject(TranslocoService);
  private readonly injector = inject(Injector);

  /** Route `:id` when editing. */
  readonly id = input<string>();

  protected readonly speaker = signal<SpeakerDetail | null>(null);
  protected readonly loading = signal(false);
  protected readonly loadProblem = signal<Problem | null>(null);
  protected readonly pending = signal(false);
  protected readonly formErrors = signal<(Problem | ServerError)[]>([]);
  /** Set when creating found a speaker of that name or e-mail: offered instead of a twin. */
  protected readonly twins = signal<Twins | null>(null);
  private readonly twinsHeading = viewChild<ElementRef<HTMLElement>>('twinsHeading');

  protected readonly partners = toSignal(
    inject(PartnersApiService)
      .list({ page: 1, size: 200, sort: 'name' })
      .pipe(
        map((page) => page.items),
        catchError(() => of([] as Partner[])),
      ),
    { initialValue: [] as Partner[] },
  );

  private readonly partnerId = signal('');
  protected readonly partnerLabel = computed(
    () => this.partners().find((p) => p.id === this.partnerId())?.name ?? null,
  );

  protected readonly form = new FormGroup({
    fullName: new FormControl('', {
      nonNullable: true,
      validators: [Validators.required, Validators.maxLength(200)],
    }),
    email: new FormControl('', {
      nonNullable: true,
      validators: [Validators.email, Validators.maxLength(320)],
    }),
    phone: new FormControl('', { nonNullable: true, validators: [Validators.maxLength(50)] }),
    preferredLanguage: new FormControl<'fr' | 'en' | ''>('', { nonNullable: true }),
    organisationKind: new FormControl<OrganisationKind>('other', { nonNullable: true }),
    organisationId: new FormControl('', { nonNullable: true }),
    organisationName: new FormControl('', {
      nonNullable: true,
      validators: [Validators.maxLength(200)],
    }),
    jobTitle: new FormControl('', { nonNullable: true, validators: [Validators.maxLength(200)] }),
    topics: new FormControl('', { nonNullable: true }),
    bio: new FormControl('', { nonNullable: true, validators: [Validators.maxLength(10_000)] }),
    websiteUrl: new FormControl('', {
      nonNullable: true,
      validators: [Validators.pattern(WEB_URL_PATTERN), Validators.maxLength(2000)],
    }),
    photoUrl: new FormControl('', {
      nonNullable: true,
      validators: [Validators.pattern(WEB_URL_PATTERN), Validators.maxLength(2000)],
    }),
    internalNotes: new FormControl('', {
      nonNullable: true,
      validators: [Validators.maxLength(5000)],
    }),
  });

  constructor() {
    this.form.controls.organisationId.valueChanges
      .pipe(takeUntilDestroyed())
      .subscribe((id) => this.partnerId.set(id));
    // The offer answered this name and e-mail: "a different person" must not confirm another.
    for (const control of [this.form.controls.fullName, this.form.controls.email]) {
      control.valueChanges.pipe(takeUntilDestroyed()).subscribe(() => this.twins.set(null));
    }
  }

  ngOnInit(): void {
    const id = this.id();
    if (!id) return;
    this.loading.set(true);
    this.api.get(id).subscribe({
      next: (speaker) => {
        this.loading.set(false);
        this.speaker.set(speaker);
        this.form.reset({
          fullName: speaker.fullName,
          email: speaker.email ?? '',
          phone: speaker.phone ?? '',
          preferredLanguage: speaker.preferredLanguage ?? '',
          organisationKind: speaker.partner ? 'partner' : 'other',
          organisationId: speaker.partner?.id ?? '',
          organisationName: speaker.partner ? '' : (speaker.organisation ?? ''),
          jobTitle: speaker.jobTitle ?? '',
          topics: speaker.topics.join(', '),
          bio: speaker.bio,
          websiteUrl: speaker.websiteUrl ?? '',
          photoUrl: speaker.photoUrl ?? '',
          internalNotes: speaker.internalNotes,
        });
      },
      error: (error: unknown) => {
        this.loading.set(false);
        this.loadProblem.set(toProblem(error));
      },
    });
  }

  /** `confirmDistinct`: the planner said the speaker of the same name is another person. */
  protected submit(confirmDistinct = false): void {
    if (this.pending()) return;
    this.form.markAllAsTouched();
    if (this.form.invalid) return;
    const v = this.form.getRawValue();
    const partner = v.organisationKind === 'partner';
    const body = {
      fullName: v.fullName.trim(),
      email: v.email.trim() || null,
      phone: v.phone.trim() || null,
      preferredLanguage: v.preferredLanguage || null,
      organisationId: partner ? v.organisationId || null : null,
      organisationName: partner ? null : v.organisationName.trim() || null,
      jobTitle: v.jobTitle.trim() || null,
      topics: parseTopics(v.topics),
      bio: v.bio,
      websiteUrl: v.websiteUrl.trim() || null,
      photoUrl: v.photoUrl.trim() || null,
      internalNotes: v.internalNotes,
    };
    const speaker = this.speaker();
    this.pending.set(true);
    this.formErrors.set([]);
    this.twins.set(null);
    (speaker
      ? this.api.update(speaker.id, body)
      : this.api.create(body, confirmDistinct)
    ).subscribe({
      next: (saved) => {
        this.pending.set(false);
        this.snackBar.open(
          this.transloco.translate(
            speaker ? 'scheduling.speakers.saved' : 'scheduling.speakers.created',
            { name: saved.fullName },
          ),
          undefined,
          { duration: 4000 },
        );
        void this.router.navigate(speaker ? ['..'] : ['..', saved.id], { relativeTo: this.route });
      },
      error: (error: unknown) => {
        this.pending.set(false);
        const problem: SpeakerDuplicateProblem = toProblem(error);
        const twins = speaker ? null : twinsOf(problem);
        if (twins) {
          this.twins.set(twins);
          // Keyboard and screen-reader users land on the offer, not on the top of the page.
          afterNextRender(() => this.twinsHeading()?.nativeElement.focus(), {
            injector: this.injector,
          });
          // A name alone is no error of the form: the offer says what to do.
          if (!twins.sameEmail) return;
        }
        this.formErrors.set(applyProblemToForm(this.form, problem, CODE_TO_FIELD));
      },
    });
  }
}

/** The speakers a 409 of the creation names, if it is one about twins and names any. */
export function twinsOf(problem: SpeakerDuplicateProblem): Twins | null {
  const existing = problem.existing ?? [];
  if (problem.status !== 409 || !existing.length) return null;
  if (problem.code === 'speaker.possible_duplicate') return { sameEmail: false, existing };
  if (problem.code === 'speaker.email_taken') return { sameEmail: true, existing };
  return null;
}
