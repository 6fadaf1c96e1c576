import {
  ChangeDetectionStrategy,
  Component,
  type Signal,
  computed,
  effect,
  inject,
  input,
  signal,
  untracked,
} from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { FormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatAutocompleteModule } from '@angular/material/autocomplete';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatRadioModule } from '@angular/material/radio';
import { MatSelectModule } from '@angular/material/select';
import { MatSlideToggleModule } from '@angular/material/slide-toggle';
import { Router, RouterLink } from '@angular/router';
import { TranslocoPipe, TranslocoService } from '@jsverse/transloco';
import { toProblem } from '../core/api/problem';
import { ProgrammesApiService } from '../core/api/programmes-api.service';
import {
  type CreateProgrammeRequest,
  type GradingScale,
  type Problem,
  type ProgrammeDetail,
  type TimeZone,
} from '../core/api/types';
import { applyProblemToForm, type ServerError } from '../core/forms/problem-form-errors';
import { ControlErrorsComponent } from '../shared/control-errors.component';
import { detailLoader } from '../shared/detail-loader';
import { ErrorMessagePipe } from '../shared/error-message.pipe';
import { FeedbackService } from '../shared/feedback.service';
import { LocaleNumberPipe } from '../shared/locale-date.pipe';
import { GRADING_SCALES, SCALES } from './grading';
import {
  filterTimeZones,
  isProgrammeTimeZone,
  programmeTimeZones,
  timeZoneOption,
  timeZoneValidator,
  utcOffsetLabel,
} from './time-zones';

/** Letters, digits, - and _; 1 to 20 characters (as the API checks it). */
export const PROGRAMME_CODE_PATTERN = /^[A-Za-z0-9][A-Za-z0-9_-]{0,19}$/;

const CODE_TO_FIELD: Readonly<Record<string, string>> = {
  'programme.code_taken': 'code',
  'programme.scale_locked': 'gradingScale',
};

type LoadState =
  | { kind: 'new' }
  | { kind: 'loading' }
  | { kind: 'ready'; programme: ProgrammeDetail }
  | { kind: 'error'; problem: Problem };

/** Admin: create a programme (`/admin/programmes/new`) or edit one (`…/:id/edit`). */
@Component({
  selector: 'cq-programme-form-page',
  imports: [
    ReactiveFormsModule,
    RouterLink,
    MatAutocompleteModule,
    MatButtonModule,
    MatFormFieldModule,
    MatIconModule,
    MatInputModule,
    MatProgressBarModule,
    MatRadioModule,
    MatSelectModule,
    MatSlideToggleModule,
    TranslocoPipe,
    ControlErrorsComponent,
    ErrorMessagePipe,
    LocaleNumberPipe,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './programme-form.page.html',
  styleUrl: '../shared/form-page.scss',
  styles: `
    .zone-detail {
      margin-inline-start: 8px;
      color: var(--mat-sys-on-surface-variant);
      font: var(--mat-sys-body-small);
    }
  `,
})
export class ProgrammeFormPage {
  private readonly api = inject(ProgrammesApiService);
  private readonly router = inject(Router);
  private readonly feedback = inject(FeedbackService);

  /** The programme's id (route parameter); none when creating. */
  readonly id = input<string>();

  protected readonly scales = GRADING_SCALES;
  protected readonly scaleRules = SCALES;
  private readonly loader = detailLoader({
    key: () => this.id(),
    load: (id) => this.api.get(id),
  });
  protected readonly state = computed<LoadState>(() => {
    const loaded = this.loader.state();
    switch (loaded.kind) {
      case 'idle':
        return { kind: 'new' };
      case 'ready':
        return { kind: 'ready', programme: loaded.value };
      case 'not-found':
      case 'error':
        return { kind: 'error', problem: loaded.problem };
      default:
        return { kind: 'loading' };
    }
  });
  protected readonly pending = signal(false);
  protected readonly formErrors = signal<(Problem | ServerError)[]>([]);

  protected readonly form = inject(FormBuilder).nonNullable.group({
    code: ['', [Validators.required, Validators.pattern(PROGRAMME_CODE_PATTERN)]],
    title: ['', [Validators.required, Validators.maxLength(200)]],
    description: ['', [Validators.maxLength(5000)]],
    gradingScale: ['CH_6' as GradingScale, [Validators.required]],
    ectsTotal: [0 as number | null, [Validators.required, Validators.min(0), Validators.max(999)]],
    timeZone: ['Europe/Zurich' as TimeZone, [Validators.required, timeZoneValidator]],
    compensation: [false],
  });

  private readonly language = toSignal(inject(TranslocoService).langChanges$, {
    initialValue: 'fr',
  });
  /** Every zone the API accepts, with its offset now and its name in the active language. */
  private readonly zoneOptions = computed(() => {
    const locale = this.language() === 'en' ? 'en-GB' : 'fr';
    const now = new Date();
    return programmeTimeZones().map((zone) => timeZoneOption(zone, locale, now));
  });
  private readonly zoneQuery = toSignal(this.form.controls.timeZone.valueChanges, {
    initialValue: this.form.controls.timeZone.value,
  });
  /** What the field's list shows: all zones while it holds one (to pick another), else matches. */
  protected readonly zoneChoices = computed(() => {
    const query = this.zoneQuery();
    const options = this.zoneOptions();
    return filterTimeZones(options, options.some((o) => o.zone === query) ? '' : query);
  });
  /** The chosen zone's offset now, shown under the field. */
  protected readonly zoneOffsetNow = computed(() => {
    const zone = this.zoneQuery();
    return isProgrammeTimeZone(zone) ? utcOffsetLabel(zone) : null;
  });

  protected readonly scale: Signal<GradingScale> = toSignal(
    this.form.controls.gradingScale.valueChanges,
    { initialValue: this.form.controls.gradingScale.value },
  );
  protected readonly rule = computed(() => SCALES[this.scale()]);
  protected readonly editing = computed(() => this.id() !== undefined);
  protected readonly programme = computed(() => {
    const state = this.state();
    return state.kind === 'ready' ? state.programme : null;
  });
  /** The scale is fixed once a cohort exists (the API says 409 `programme.scale_locked`). */
  protected readonly scaleLocked = computed(() => (this.programme()?.cohortCount ?? 0) > 0);

  constructor() {
    // Not loading: the loaded programme fills the form.
    effect(() => {
      const programme = this.loader.value();
      if (programme) untracked(() => this.fill(programme));
    });
  }

  private fill(programme: ProgrammeDetail): void {
    this.form.reset({
      code: programme.code,
      title: programme.title,
      description: programme.description,
      gradingScale: programme.gradingScale,
      ectsTotal: programme.ectsTotal,
      timeZone: programme.timeZone,
      compensation: programme.compensation,
    });
    if (programme.cohortCount > 0) this.form.controls.gradingScale.disable();
  }

  protected submit(): void {
    if (this.pending()) return;
    this.form.markAllAsTouched();
    if (this.form.invalid) return;
    const value = this.form.getRawValue();
    const body: CreateProgrammeRequest = {
      code: value.code.trim(),
      title: value.title.trim(),
      description: value.description.trim(),
      gradingScale: value.gradingScale,
      ectsTotal: value.ectsTotal ?? 0,
      timeZone: value.timeZone,
      compensation: value.compensation,
    };
    const id = this.id();
    if (id && this.scaleLocked()) delete (body as Partial<CreateProgrammeRequest>).gradingScale;
    this.pending.set(true);
    this.formErrors.set([]);
    (id ? this.api.update(id, body) : this.api.create(body)).subscribe({
      next: (programme) => {
        this.pending.set(false);
        this.feedback.notify(id ? 'programmes.form.saved' : 'programmes.form.created', {
          code: programme.code,
        });
        void this.router.navigate(['/admin/programmes', programme.id]);
      },
      error: (error: unknown) => {
        this.pending.set(false);
        this.formErrors.set(applyProblemToForm(this.form, toProblem(error), CODE_TO_FIELD));
      },
    });
  }

  protected cancelLink(): string[] {
    const id = this.id();
    return id ? ['/admin/programmes', id] : ['/admin/programmes'];
  }
}
