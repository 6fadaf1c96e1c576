import {
  ChangeDetectionStrategy,
  Component,
  type OnInit,
  computed,
  effect,
  inject,
  input,
  signal,
} from '@angular/core';
import { takeUntilDestroyed, toObservable, toSignal } from '@angular/core/rxjs-interop';
import { ReactiveFormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatCheckboxModule } from '@angular/material/checkbox';
import { MatDatepickerModule } from '@angular/material/datepicker';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatRadioModule } from '@angular/material/radio';
import { MatSelectModule } from '@angular/material/select';
import { MatSnackBar } from '@angular/material/snack-bar';
import { Router, RouterLink } from '@angular/router';
import { TranslocoPipe, TranslocoService } from '@jsverse/transloco';
import {
  type Observable,
  catchError,
  debounceTime,
  distinctUntilChanged,
  map,
  of,
  startWith,
  switchMap,
  tap,
} from 'rxjs';
import { CohortsApiService } from '../../core/api/cohorts-api.service';
import { toProblem } from '../../core/api/problem';
import { ProgrammesApiService } from '../../core/api/programmes-api.service';
import { RoomsApiService } from '../../core/api/rooms-api.service';
import { SessionsApiService } from '../../core/api/sessions-api.service';
import {
  type Cohort,
  type DayKind,
  type PersonRef,
  type Problem,
  type Room,
  type Session,
  type SessionConflict,
  type SessionKind,
} from '../../core/api/types';
import { AuthService } from '../../core/auth/auth.service';
import { applyProblemToForm, type ServerError } from '../../core/forms/problem-form-errors';
import { ControlErrorsComponent } from '../../shared/control-errors.component';
import { detailLoader } from '../../shared/detail-loader';
import { ErrorMessagePipe } from '../../shared/error-message.pipe';
import { LoadFailureComponent } from '../../shared/load-failure.component';
import { ConflictAlertComponent } from '../conflict-alert.component';
import { isConflictProblem } from '../conflict-messages';
import { SESSION_KINDS, SLOT_KINDS } from '../session-kinds';
import { dateFieldValue, timeFieldValue } from '../../core/i18n/date-fields';
import { DEFAULT_TIME_ZONE, isWallTime } from '../zoned-time';
import {
  FIELD_OF_API,
  type Place,
  formValueOf,
  materialGroup,
  sessionForm,
  slotOf,
} from './session-form';
import { TimeRangeFieldsComponent } from '../time-range-fields.component';

const PICKER_SIZE = 200;

function orNull<T>(source: Observable<T>): Observable<T | null> {
  return source.pipe(catchError(() => of(null)));
}

/** A problem's field errors renamed to the form's controls (startsAt → startTime…). */
function withFormFields(problem: Problem): Problem {
  return {
    ...problem,
    errors: problem.errors?.map((e) => ({ ...e, field: FIELD_OF_API[e.field] ?? e.field })),
  };
}

/**
 * Creates or edits a session: cohort, module, title, kind, date and times in the programme's
 * zone, room (free ones only, on request) or online link, instructors, description and
 * materials. A double booking is refused with the clashing session named.
 */
@Component({
  selector: 'cq-session-form-page',
  imports: [
    ReactiveFormsModule,
    RouterLink,
    MatButtonModule,
    MatCheckboxModule,
    MatFormFieldModule,
    TimeRangeFieldsComponent,
    MatDatepickerModule,
    MatIconModule,
    MatInputModule,
    MatProgressBarModule,
    MatRadioModule,
    MatSelectModule,
    TranslocoPipe,
    ControlErrorsComponent,
    ErrorMessagePipe,
    LoadFailureComponent,
    ConflictAlertComponent,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './session-form.page.html',
  styleUrl: '../_form.scss',
})
export class SessionFormPage implements OnInit {
  private readonly sessionsApi = inject(SessionsApiService);
  private readonly roomsApi = inject(RoomsApiService);
  private readonly programmesApi = inject(ProgrammesApiService);
  private readonly auth = inject(AuthService);
  private readonly router = inject(Router);
  private readonly snackBar = inject(MatSnackBar);
  private readonly transloco = inject(TranslocoService);

  /** The session to edit (route `:id`); none to create one. */
  readonly id = input<string>();
  /** Query parameters that prefill a new session. */
  readonly date = input<string>();
  readonly cohort = input<string>();
  /** Wall-clock times (HH:MM) where the planner clicked in the week view. */
  readonly start = input<string>();
  readonly end = input<string>();

  /** A slot is a talk, a workshop, an exam, a lecture or a break; a day, any but a break. */
  protected readonly kinds = computed<readonly SessionKind[]>(() =>
    this.session()?.parent ? SLOT_KINDS : SESSION_KINDS,
  );
  protected readonly places: readonly Place[] = ['room', 'online'];
  protected readonly area = computed(() => `/${this.auth.role() ?? 'instructor'}`);

  protected readonly form = sessionForm();
  /** The session edited; its answer fills the form (a newer id cancels an older request). */
  protected readonly loader = detailLoader({
    key: () => this.id(),
    load: (id) => this.sessionsApi.get(id).pipe(tap((session) => this.fill(session))),
  });
  protected readonly session = this.loader.value;
  protected readonly loading = this.loader.loading;
  protected readonly pending = signal(false);
  protected readonly formErrors = signal<(Problem | ServerError)[]>([]);
  protected readonly conflicts = signal<SessionConflict[] | null>(null);
  protected readonly stale = signal(false);

  private readonly value = toSignal(
    this.form.valueChanges.pipe(
      startWith(null),
      map(() => this.form.getRawValue()),
    ),
    { initialValue: this.form.getRawValue() },
  );

  protected readonly cohorts = toSignal(
    inject(CohortsApiService)
      .list({ page: 1, size: 100, sort: '-startsOn' })
      .pipe(
        map((page) => page.items),
        catchError(() => of([] as Cohort[])),
      ),
    { initialValue: [] as Cohort[] },
  );
  /** New sessions go in cohorts that are not closed; an edited one keeps its own. */
  protected readonly cohortOptions = computed(() =>
    this.cohorts().filter((c) => c.status !== 'closed' || c.id === this.session()?.cohort.id),
  );
  private readonly chosenCohort = computed(() =>
    this.cohorts().find((c) => c.id === this.value().cohortId),
  );
  private readonly programmeId = computed(
    () => this.session()?.programme.id ?? this.chosenCohort()?.programme.id ?? null,
  );
  protected readonly programme = toSignal(
    toObservable(this.programmeId).pipe(
      distinctUntilChanged(),
      switchMap((id) => (id ? orNull(this.programmesApi.get(id)) : of(null))),
    ),
    { initialValue: null },
  );
  /** The programme's zone: the date and times typed are read in it. */
  protected readonly timeZone = computed(
    () => this.programme()?.timeZone ?? this.session()?.timeZone ?? DEFAULT_TIME_ZONE,
  );
  protected readonly modules = computed(() =>
    (this.programme()?.modules ?? []).filter(
      (m) => !m.archivedAt || m.id === this.session()?.module?.id,
    ),
  );
  protected readonly instructors = computed(() => {
    const people = new Map<string, PersonRef>();
    for (const p of this.chosenCohort()?.instructors ?? []) people.set(p.id, p);
    for (const p of this.session()?.instructors ?? []) people.set(p.id, p);
    return [...people.values()].sort((a, b) => a.displayName.localeCompare(b.displayName));
  });

  private readonly allRooms = toSignal(
    this.roomsApi.list({ page: 1, size: PICKER_SIZE, sort: 'name' }).pipe(
      map((page) => page.items),
      catchError(() => of([] as Room[])),
    ),
    { initialValue: [] as Room[] },
  );
  private readonly slot = computed(() => slotOf(this.value(), this.timeZone()));
  /** Ids of the rooms free in the slot (busy ones are marked); null while not known. */
  private readonly freeRoomIds = toSignal(
    toObservable(computed(() => (this.value().place === 'room' ? this.slot() : null))).pipe(
      map((slot) => (slot ? `${slot.startsAt}|${slot.endsAt}` : '')),
      distinctUntilChanged(),
      debounceTime(250),
      switchMap((key) => {
        if (!key) return of(null);
        const [freeFrom, freeTo] = key.split('|');
        return this.roomsApi
          .list({ page: 1, size: PICKER_SIZE, sort: 'name', freeFrom, freeTo })
          .pipe(
            map((page) => new Set(page.items.map((r) => r.id))),
            catchError(() => of(null)),
          );
      }),
    ),
    { initialValue: null },
  );
  protected readonly roomOptions = computed(() => {
    const free = this.freeRoomIds();
    const own = this.session()?.room?.id;
    const chosen = this.value().roomId;
    const freeOnly = this.value().freeOnly;
    return this.allRooms()
      .filter((r) => !r.archivedAt || r.id === own)
      .filter((r) => !freeOnly || !free || free.has(r.id) || r.id === own || r.id === chosen)
      .map((room) => ({ room, busy: !!free && !free.has(room.id) && room.id !== own }));
  });
  protected readonly chosenRoom = computed(
    () => this.allRooms().find((r) => r.id === this.value().roomId) ?? null,
  );
  protected readonly moduleLabel = computed(() => {
    const module = this.modules().find((m) => m.id === this.value().moduleId);
    return module ? `${module.code} · ${module.title}` : null;
  });
  protected readonly chosenRoomBusy = computed(
    () => this.roomOptions().find((o) => o.room.id === this.value().roomId)?.busy ?? false,
  );

  constructor() {
    // One cohort to choose from: chosen already.
    effect(() => {
      const options = this.cohortOptions();
      const control = this.form.controls.cohortId;
      if (!this.id() && options.length === 1 && !control.value) {
        control.setValue(options[0].id);
      }
    });
    // Re-check the end when the start changes.
    this.form.controls.startTime.valueChanges
      .pipe(takeUntilDestroyed())
      .subscribe(() => this.form.controls.endTime.updateValueAndValidity({ emitEvent: false }));
  }

  ngOnInit(): void {
    if (this.id()) {
      this.form.controls.cohortId.disable();
      return;
    }
    const me = this.auth.me();
    const [start, end] = [this.start(), this.end()];
    this.form.patchValue({
      date: dateFieldValue(this.date()),
      cohortId: this.cohort() ?? '',
      instructorIds: me?.role === 'instructor' ? [me.id] : [],
      ...(isWallTime(start) && isWallTime(end) && start < end
        ? { startTime: timeFieldValue(start), endTime: timeFieldValue(end) }
        : {}),
    });
  }

  /** After a refused save (someone else changed the session): the latest version. */
  protected reload(): void {
    this.stale.set(false);
    this.loader.reload();
  }

  private fill(session: Session): void {
    this.form.controls.materials.clear();
    for (const link of session.materials) {
      this.form.controls.materials.push(materialGroup(link));
    }
    this.form.patchValue({ ...formValueOf(session), freeOnly: false });
    this.form.markAsPristine();
  }

  protected addMaterial(): void {
    this.form.controls.materials.push(materialGroup());
  }

  protected removeMaterial(index: number): void {
    this.form.controls.materials.removeAt(index);
  }

  protected submit(): void {
    if (this.pending()) return;
    this.checkPlace();
    this.form.markAllAsTouched();
    const slot = this.slot();
    if (this.form.invalid || !slot) return;
    const v = this.form.getRawValue();
    const roomId = v.place === 'room' && v.roomId ? v.roomId : null;
    const onlineUrl = v.place === 'online' && v.onlineUrl.trim() ? v.onlineUrl.trim() : null;
    const materials = v.materials.map((m) => ({ label: m.label.trim(), url: m.url.trim() }));
    const common = {
      title: v.title.trim(),
      kind: v.kind,
      ...slot,
      instructorIds: v.instructorIds,
      materials,
      description: v.description,
    };
    const session = this.session();
    const request = session
      ? this.sessionsApi.update(session.id, {
          ...common,
          moduleId: v.moduleId || null,
          roomId,
          onlineUrl,
          expectedSequence: session.sequence,
        })
      : this.sessionsApi.create({
          ...common,
          kind: common.kind as DayKind,
          cohortId: v.cohortId,
          moduleId: v.moduleId || undefined,
          roomId: roomId ?? undefined,
          onlineUrl: onlineUrl ?? undefined,
        });
    this.pending.set(true);
    this.formErrors.set([]);
    this.conflicts.set(null);
    this.stale.set(false);
    request.subscribe({
      next: (saved) => {
        this.pending.set(false);
        this.snackBar.open(
          this.transloco.translate(session ? 'scheduling.form.saved' : 'scheduling.form.created', {
            title: saved.title,
          }),
          undefined,
          { duration: 4000 },
        );
        void this.router.navigate([this.area(), 'sessions', saved.id]);
      },
      error: (error: unknown) => {
        this.pending.set(false);
        const problem = toProblem(error);
        if (isConflictProblem(problem)) {
          this.conflicts.set(problem.conflicts);
        } else if (problem.code === 'session.stale') {
          this.stale.set(true);
        } else {
          this.formErrors.set(applyProblemToForm(this.form, withFormFields(problem)));
        }
      },
    });
  }

  /** An online session needs its link. */
  private checkPlace(): void {
    const { place, onlineUrl } = this.form.getRawValue();
    const url = this.form.controls.onlineUrl;
    if (place === 'online' && !onlineUrl.trim()) url.setErrors({ required: true });
    else url.updateValueAndValidity({ emitEvent: false });
  }
}
