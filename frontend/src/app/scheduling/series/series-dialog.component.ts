import {
  ChangeDetectionStrategy,
  Component,
  computed,
  effect,
  inject,
  signal,
} from '@angular/core';
import { takeUntilDestroyed, toObservable, toSignal } from '@angular/core/rxjs-interop';
import {
  type AbstractControl,
  FormControl,
  FormGroup,
  ReactiveFormsModule,
  type ValidationErrors,
  Validators,
} from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatCheckboxModule } from '@angular/material/checkbox';
import { MatDatepickerModule } from '@angular/material/datepicker';
import { MAT_DIALOG_DATA, MatDialogModule, MatDialogRef } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatSelectModule } from '@angular/material/select';
import { MatSnackBar } from '@angular/material/snack-bar';
import { TranslocoPipe, TranslocoService } from '@jsverse/transloco';
import { type DateTime } from 'luxon';
import { catchError, distinctUntilChanged, map, of, startWith, switchMap } from 'rxjs';
import { CohortsApiService } from '../../core/api/cohorts-api.service';
import { toProblem } from '../../core/api/problem';
import { ProgrammesApiService } from '../../core/api/programmes-api.service';
import { RoomsApiService } from '../../core/api/rooms-api.service';
import { SessionsApiService } from '../../core/api/sessions-api.service';
import {
  type Cohort,
  type Problem,
  type Room,
  type SeriesCreated,
  type SessionConflict,
  type DayKind,
} from '../../core/api/types';
import { AuthService } from '../../core/auth/auth.service';
import { applyProblemToForm, type ServerError } from '../../core/forms/problem-form-errors';
import { dateFieldValue, isoDateOf, timeFieldValue, wallTimeOf } from '../../core/i18n/date-fields';
import { LanguageService } from '../../core/i18n/language.service';
import { ControlErrorsComponent } from '../../shared/control-errors.component';
import { ErrorMessagePipe } from '../../shared/error-message.pipe';
import { ConflictAlertComponent } from '../conflict-alert.component';
import { isConflictProblem } from '../conflict-messages';
import { SESSION_KINDS } from '../session-kinds';
import { endAfterStart } from '../session-form/session-form';
import { DEFAULT_TIME_ZONE, type IsoDate, addDays, formatIsoDate } from '../zoned-time';
import { TimeRangeFieldsComponent } from '../time-range-fields.component';

export interface SeriesDialogData {
  cohortId: string | null;
  /** The calendar's date: the series starts there by default. */
  date: IsoDate;
}

const WEEKDAYS = [1, 2, 3, 4, 5, 6, 7] as const;

function toAfterFrom(control: AbstractControl): ValidationErrors | null {
  const from = isoDateOf(control.parent?.get('from')?.value);
  const to = isoDateOf(control.value);
  if (!from || !to) return null;
  return to >= from ? null : { toBeforeFrom: true };
}

/**
 * Plans a series in one go (e.g. every Friday and Saturday of a month): all or nothing. When
 * refused, every clash is listed, date by date.
 */
@Component({
  selector: 'cq-series-dialog',
  imports: [
    ReactiveFormsModule,
    MatButtonModule,
    MatCheckboxModule,
    MatDialogModule,
    MatFormFieldModule,
    TimeRangeFieldsComponent,
    MatDatepickerModule,
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
  templateUrl: './series-dialog.component.html',
  styleUrl: './series-dialog.component.scss',
})
export class SeriesDialogComponent {
  private readonly data = inject<SeriesDialogData>(MAT_DIALOG_DATA);
  private readonly dialogRef =
    inject<MatDialogRef<SeriesDialogComponent, SeriesCreated>>(MatDialogRef);
  private readonly sessions = inject(SessionsApiService);
  private readonly programmes = inject(ProgrammesApiService);
  private readonly snackBar = inject(MatSnackBar);
  private readonly transloco = inject(TranslocoService);
  private readonly language = inject(LanguageService);

  protected readonly kinds = SESSION_KINDS;
  protected readonly weekdays = computed(() =>
    WEEKDAYS.map((day) => ({
      day,
      // 2024-01-01 was a Monday.
      name: formatIsoDate(addDays('2024-01-01', day - 1), this.language.locale(), {
        weekday: 'long',
      }),
    })),
  );

  protected readonly form = new FormGroup({
    cohortId: new FormControl(this.data.cohortId ?? '', {
      nonNullable: true,
      validators: [Validators.required],
    }),
    moduleId: new FormControl('', { nonNullable: true }),
    title: new FormControl('', {
      nonNullable: true,
      validators: [Validators.required, Validators.maxLength(200)],
    }),
    kind: new FormControl<DayKind>('lecture', { nonNullable: true }),
    // Date and time fields (Material pickers): wall values, see core/i18n/date-fields.ts.
    from: new FormControl<DateTime | null>(dateFieldValue(this.data.date), {
      validators: [Validators.required],
    }),
    to: new FormControl<DateTime | null>(dateFieldValue(addDays(this.data.date, 27)), {
      validators: [Validators.required, toAfterFrom],
    }),
    weekdays: new FormControl<number[]>([], {
      nonNullable: true,
      validators: [Validators.required],
    }),
    startTime: new FormControl<DateTime | null>(timeFieldValue('09:00'), {
      validators: [Validators.required],
    }),
    endTime: new FormControl<DateTime | null>(timeFieldValue('17:00'), {
      validators: [Validators.required, endAfterStart],
    }),
    roomId: new FormControl('', { nonNullable: true }),
    instructorIds: new FormControl<string[]>([], { nonNullable: true }),
  });

  protected readonly pending = signal(false);
  protected readonly formErrors = signal<(Problem | ServerError)[]>([]);
  protected readonly conflicts = signal<{ items: SessionConflict[]; count?: number } | null>(null);

  protected readonly cohorts = toSignal(
    inject(CohortsApiService)
      .list({ page: 1, size: 100, sort: '-startsOn' })
      .pipe(
        map((page) => page.items.filter((c) => c.status !== 'closed')),
        catchError(() => of([] as Cohort[])),
      ),
    { initialValue: [] as Cohort[] },
  );
  private readonly cohortId = toSignal(
    this.form.controls.cohortId.valueChanges.pipe(startWith(this.form.controls.cohortId.value)),
    { initialValue: this.form.controls.cohortId.value },
  );
  private readonly cohort = computed(() => this.cohorts().find((c) => c.id === this.cohortId()));
  protected readonly instructors = computed(() => this.cohort()?.instructors ?? []);
  private readonly programme = toSignal(
    toObservable(computed(() => this.cohort()?.programme.id ?? null)).pipe(
      distinctUntilChanged(),
      switchMap((id) => (id ? this.programmes.get(id).pipe(catchError(() => of(null))) : of(null))),
    ),
    { initialValue: null },
  );
  protected readonly modules = computed(() =>
    (this.programme()?.modules ?? []).filter((m) => !m.archivedAt),
  );
  protected readonly timeZone = computed(() => this.programme()?.timeZone ?? DEFAULT_TIME_ZONE);
  private readonly value = toSignal(
    this.form.valueChanges.pipe(map(() => this.form.getRawValue())),
    { initialValue: this.form.getRawValue() },
  );
  protected readonly moduleLabel = computed(() => {
    const module = this.modules().find((m) => m.id === this.value().moduleId);
    return module ? `${module.code} · ${module.title}` : null;
  });
  protected readonly roomLabel = computed(
    () => this.rooms().find((r) => r.id === this.value().roomId)?.name ?? null,
  );
  protected readonly rooms = toSignal(
    inject(RoomsApiService)
      .list({ page: 1, size: 200, sort: 'name' })
      .pipe(
        map((page) => page.items),
        catchError(() => of([] as Room[])),
      ),
    { initialValue: [] as Room[] },
  );

  constructor() {
    // One cohort to choose from: chosen already.
    effect(() => {
      const cohorts = this.cohorts();
      const control = this.form.controls.cohortId;
      if (cohorts.length === 1 && !control.value) control.setValue(cohorts[0].id);
    });
    const me = inject(AuthService).me();
    if (me?.role === 'instructor') this.form.controls.instructorIds.setValue([me.id]);
    this.form.controls.startTime.valueChanges
      .pipe(takeUntilDestroyed())
      .subscribe(() => this.form.controls.endTime.updateValueAndValidity({ emitEvent: false }));
    this.form.controls.from.valueChanges
      .pipe(takeUntilDestroyed())
      .subscribe(() => this.form.controls.to.updateValueAndValidity({ emitEvent: false }));
  }

  protected toggleWeekday(day: number, checked: boolean): void {
    const control = this.form.controls.weekdays;
    const days = new Set(control.value);
    if (checked) days.add(day);
    else days.delete(day);
    control.setValue([...days].sort());
    control.markAsTouched();
  }

  protected submit(): void {
    if (this.pending()) return;
    this.form.markAllAsTouched();
    if (this.form.invalid) return;
    const v = this.form.getRawValue();
    this.pending.set(true);
    this.formErrors.set([]);
    this.conflicts.set(null);
    this.sessions
      .createSeries({
        cohortId: v.cohortId,
        moduleId: v.moduleId || undefined,
        title: v.title.trim(),
        kind: v.kind,
        from: isoDateOf(v.from),
        to: isoDateOf(v.to),
        weekdays: v.weekdays,
        startTime: wallTimeOf(v.startTime),
        endTime: wallTimeOf(v.endTime),
        roomId: v.roomId || undefined,
        instructorIds: v.instructorIds,
      })
      .subscribe({
        next: (created) => {
          this.pending.set(false);
          this.snackBar.open(
            this.transloco.translate('scheduling.series.created', { count: created.items.length }),
            undefined,
            { duration: 5000 },
          );
          this.dialogRef.close(created);
        },
        error: (error: unknown) => {
          this.pending.set(false);
          const problem = toProblem(error);
          if (isConflictProblem(problem)) {
            this.conflicts.set({
              items: problem.conflicts,
              count: (problem as { occurrences?: number }).occurrences,
            });
          } else {
            this.formErrors.set(applyProblemToForm(this.form, problem));
          }
        },
      });
  }
}
