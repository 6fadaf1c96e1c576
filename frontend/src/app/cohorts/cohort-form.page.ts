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
import { takeUntilDestroyed, toSignal } from '@angular/core/rxjs-interop';
import {
  type AbstractControl,
  FormBuilder,
  FormControl,
  type FormGroupDirective,
  type NgForm,
  ReactiveFormsModule,
  Validators,
} from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { type ErrorStateMatcher } from '@angular/material/core';
import { MatDatepickerModule } from '@angular/material/datepicker';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatSelectModule } from '@angular/material/select';
import { Router, RouterLink } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import { type Observable, catchError, map, of, switchMap } from 'rxjs';
import { CohortsApiService } from '../core/api/cohorts-api.service';
import { toProblem } from '../core/api/problem';
import { ProgrammesApiService } from '../core/api/programmes-api.service';
import {
  type Cohort,
  type CohortStatus,
  type PersonRef,
  type Problem,
  type UserSummary,
} from '../core/api/types';
import { UsersApiService } from '../core/api/users-api.service';
import { applyProblemToForm, type ServerError } from '../core/forms/problem-form-errors';
import { LanguageService } from '../core/i18n/language.service';
import { ControlErrorsComponent } from '../shared/control-errors.component';
import { detailLoader } from '../shared/detail-loader';
import { ErrorMessagePipe } from '../shared/error-message.pipe';
import { FeedbackService } from '../shared/feedback.service';
import { COHORT_STATUSES } from './cohort-statuses';
import { type DateTime } from 'luxon';
import { endAfterStartValidator } from './dates';
import { dateFieldValue, isoDateOf } from '../core/i18n/date-fields';

const CODE_TO_FIELD: Readonly<Record<string, string>> = {
  'cohort.name_taken': 'name',
  'programme.archived': 'programmeId',
};

type LoadState =
  | { kind: 'new' }
  | { kind: 'loading' }
  | { kind: 'ready'; cohort: Cohort }
  | { kind: 'error'; problem: Problem };

/** Shows the end date's error as soon as it is touched, also when the start date changed. */
const showWhenTouched: ErrorStateMatcher = {
  isErrorState: (control: AbstractControl | null, form: FormGroupDirective | NgForm | null) =>
    !!control && control.invalid && (control.touched || !!form?.submitted),
};

/** Admin: create a cohort (`/admin/cohorts/new?programmeId=…`) or edit one (`…/:id/edit`). */
@Component({
  selector: 'cq-cohort-form-page',
  imports: [
    ReactiveFormsModule,
    RouterLink,
    MatButtonModule,
    MatDatepickerModule,
    MatFormFieldModule,
    MatIconModule,
    MatInputModule,
    MatProgressBarModule,
    MatSelectModule,
    TranslocoPipe,
    ControlErrorsComponent,
    ErrorMessagePipe,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './cohort-form.page.html',
  styleUrl: '../shared/form-page.scss',
})
export class CohortFormPage {
  private readonly api = inject(CohortsApiService);
  private readonly router = inject(Router);
  private readonly feedback = inject(FeedbackService);
  private readonly language = inject(LanguageService);

  /** The cohort's id (route parameter); none when creating. */
  readonly id = input<string>();
  /** Query parameter: the programme to create the cohort in. */
  readonly programmeId = input<string>();

  protected readonly statuses = COHORT_STATUSES;
  protected readonly endMatcher = showWhenTouched;
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
        return { kind: 'ready', cohort: loaded.value };
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
    programmeId: ['', [Validators.required]],
    name: ['', [Validators.required, Validators.maxLength(120)]],
    startsOn: [null as DateTime | null, [Validators.required]],
    endsOn: [null as DateTime | null, [Validators.required, endAfterStartValidator('startsOn')]],
    status: ['planned' as CohortStatus, [Validators.required]],
    instructorIds: new FormControl<string[]>([], { nonNullable: true }),
  });

  /** Programmes a new cohort can belong to (not archived). */
  protected readonly programmes = toSignal(
    inject(ProgrammesApiService)
      .list({ page: 1, size: 200, sort: 'code' })
      .pipe(
        map((page) => page.items),
        catchError(() => of([])),
      ),
    { initialValue: [] },
  );

  private readonly activeInstructors = toSignal(
    inject(UsersApiService)
      .list({ page: 1, size: 200, role: 'instructor', sort: 'displayName' })
      .pipe(
        map((page) => page.items.filter((user) => user.active)),
        catchError(() => of([] as UserSummary[])),
      ),
    { initialValue: [] as UserSummary[] },
  );

  /** Active instructors, plus those already teaching (even if deactivated since). */
  protected readonly instructors = computed<PersonRef[]>(() => {
    const active = this.activeInstructors().map((u) => ({ id: u.id, displayName: u.displayName }));
    const state = this.state();
    const current = state.kind === 'ready' ? state.cohort.instructors : [];
    const known = new Set(active.map((p) => p.id));
    return [...active, ...current.filter((p) => !known.has(p.id))];
  });

  protected readonly editing = computed(() => this.id() !== undefined);
  protected readonly cohort = computed(() => {
    const state = this.state();
    return state.kind === 'ready' ? state.cohort : null;
  });

  constructor() {
    // A new start date may make the end date valid or not.
    this.form.controls.startsOn.valueChanges
      .pipe(takeUntilDestroyed())
      .subscribe(() => this.form.controls.endsOn.updateValueAndValidity());

    // Not loading: a new cohort starts in the programme it was asked for.
    effect(() => {
      const programmeId = this.programmeId();
      if (!this.id() && programmeId) {
        untracked(() => this.form.controls.programmeId.setValue(programmeId));
      }
    });
    // Not loading: the loaded cohort fills the form.
    effect(() => {
      const cohort = this.loader.value();
      if (cohort) untracked(() => this.fill(cohort));
    });
  }

  private fill(cohort: Cohort): void {
    this.form.reset({
      programmeId: cohort.programme.id,
      name: cohort.name,
      startsOn: dateFieldValue(cohort.startsOn),
      endsOn: dateFieldValue(cohort.endsOn),
      status: cohort.status,
      instructorIds: cohort.instructors.map((i) => i.id),
    });
    this.form.controls.programmeId.disable();
  }

  protected submit(): void {
    if (this.pending()) return;
    this.form.markAllAsTouched();
    if (this.form.invalid) return;
    const value = this.form.getRawValue();
    const fields = {
      name: value.name.trim(),
      startsOn: isoDateOf(value.startsOn),
      endsOn: isoDateOf(value.endsOn),
      status: value.status,
    };
    const cohort = this.cohort();
    const save: Observable<Cohort> = cohort
      ? this.api.update(cohort.id, fields).pipe(
          switchMap((updated) =>
            sameIds(
              updated.instructors.map((i) => i.id),
              value.instructorIds,
            )
              ? of(updated)
              : this.api.setInstructors(cohort.id, value.instructorIds),
          ),
        )
      : this.api.create({
          ...fields,
          programmeId: value.programmeId,
          instructorIds: value.instructorIds,
        });
    this.pending.set(true);
    this.formErrors.set([]);
    save.subscribe({
      next: (saved) => {
        this.pending.set(false);
        this.feedback.notify(cohort ? 'cohorts.form.saved' : 'cohorts.form.created', {
          name: saved.name,
        });
        void this.router.navigate(['/admin/cohorts', saved.id]);
      },
      error: (error: unknown) => {
        this.pending.set(false);
        const problem = toProblem(error);
        // `instructorIds.2` and the like: the field is the instructor select.
        const errors = (problem.errors ?? []).map((e) =>
          e.field.startsWith('instructorIds') ? { ...e, field: 'instructorIds' } : e,
        );
        this.formErrors.set(
          applyProblemToForm(
            this.form,
            { ...problem, errors: problem.errors && errors },
            CODE_TO_FIELD,
          ),
        );
      },
    });
  }

  protected cancelLink(): string[] {
    const id = this.id();
    if (id) return ['/admin/cohorts', id];
    const programmeId = this.programmeId();
    return programmeId ? ['/admin/programmes', programmeId] : ['/admin/cohorts'];
  }
}

function sameIds(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && [...a].sort().join() === [...b].sort().join();
}
