import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { takeUntilDestroyed, toSignal } from '@angular/core/rxjs-interop';
import { FormControl, FormGroup, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MAT_DIALOG_DATA, MatDialogModule, MatDialogRef } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatSelectModule } from '@angular/material/select';
import { TranslocoPipe } from '@jsverse/transloco';
import { type DateTime } from 'luxon';
import { catchError, map, of } from 'rxjs';
import { CohortsApiService } from '../../core/api/cohorts-api.service';
import { toProblem } from '../../core/api/problem';
import { RoomsApiService } from '../../core/api/rooms-api.service';
import { SessionsApiService } from '../../core/api/sessions-api.service';
import {
  type Problem,
  type Room,
  type Session,
  type SessionConflict,
  type SlotKind,
} from '../../core/api/types';
import { applyProblemToForm, type ServerError } from '../../core/forms/problem-form-errors';
import { timeFieldValue, wallTimeOf } from '../../core/i18n/date-fields';
import { ControlErrorsComponent } from '../../shared/control-errors.component';
import { ErrorMessagePipe } from '../../shared/error-message.pipe';
import { ConflictAlertComponent } from '../conflict-alert.component';
import { isConflictProblem } from '../conflict-messages';
import { endAfterStart } from '../session-form/session-form';
import { KIND_ICONS, SLOT_KINDS } from '../session-kinds';
import { zonedDate, zonedTime, zonedToInstant } from '../zoned-time';
import { TimeRangeFieldsComponent } from '../time-range-fields.component';

export interface SlotDialogData {
  /** The course day the slot goes in. */
  day: Session;
  /** Where the planner clicked (HH:MM in the programme's zone); an hour from there by default. */
  startTime?: string;
  endTime?: string;
}

const addMinutes = (time: string, minutes: number) => {
  const [h, m] = time.split(':').map(Number);
  const total = Math.min(h * 60 + m + minutes, 24 * 60 - 1);
  return `${String(Math.floor(total / 60)).padStart(2, '0')}:${String(total % 60).padStart(2, '0')}`;
};

/**
 * Adds a slot (a guest talk, a workshop, an exam, a break) within a course day, on the day's
 * date, in the programme's zone. The day's room by default; a clash with another slot of the
 * day, or with the slot's room or instructors elsewhere, is shown here and nothing is saved.
 */
@Component({
  selector: 'cq-slot-dialog',
  imports: [
    ReactiveFormsModule,
    MatButtonModule,
    MatDialogModule,
    MatFormFieldModule,
    MatIconModule,
    MatInputModule,
    MatProgressBarModule,
    MatSelectModule,
    TimeRangeFieldsComponent,
    TranslocoPipe,
    ControlErrorsComponent,
    ErrorMessagePipe,
    ConflictAlertComponent,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './slot-dialog.component.html',
  styleUrl: '../series/series-dialog.component.scss',
})
export class SlotDialogComponent {
  protected readonly data = inject<SlotDialogData>(MAT_DIALOG_DATA);
  private readonly dialogRef = inject<MatDialogRef<SlotDialogComponent, Session>>(MatDialogRef);
  private readonly sessions = inject(SessionsApiService);

  protected readonly day = this.data.day;
  protected readonly timeZone = this.day.timeZone;
  private readonly date = zonedDate(new Date(this.day.startsAt), this.timeZone);
  protected readonly dayFrom = zonedTime(new Date(this.day.startsAt), this.timeZone);
  protected readonly dayTo = zonedTime(new Date(this.day.endsAt), this.timeZone);
  protected readonly kinds = SLOT_KINDS;
  protected readonly icons = KIND_ICONS;

  private readonly start = this.data.startTime ?? this.dayFrom;
  protected readonly form = new FormGroup({
    title: new FormControl('', {
      nonNullable: true,
      validators: [Validators.required, Validators.maxLength(200)],
    }),
    kind: new FormControl<SlotKind>('guest_talk', { nonNullable: true }),
    startTime: new FormControl<DateTime | null>(timeFieldValue(this.start), {
      validators: [Validators.required],
    }),
    endTime: new FormControl<DateTime | null>(
      timeFieldValue(this.data.endTime ?? addMinutes(this.start, 90)),
      { validators: [Validators.required, endAfterStart] },
    ),
    roomId: new FormControl('', { nonNullable: true }),
    instructorIds: new FormControl<string[]>([], { nonNullable: true }),
    description: new FormControl('', {
      nonNullable: true,
      validators: [Validators.maxLength(10000)],
    }),
  });

  protected readonly pending = signal(false);
  protected readonly formErrors = signal<(Problem | ServerError)[]>([]);
  protected readonly conflicts = signal<SessionConflict[] | null>(null);

  protected readonly rooms = toSignal(
    inject(RoomsApiService)
      .list({ page: 1, size: 200, sort: 'name' })
      .pipe(
        map((page) => page.items.filter((r) => !r.archivedAt && r.id !== this.day.room?.id)),
        catchError(() => of([] as Room[])),
      ),
    { initialValue: [] as Room[] },
  );
  protected readonly instructors = toSignal(
    inject(CohortsApiService)
      .get(this.day.cohort.id)
      .pipe(
        map((c) => c.instructors),
        catchError(() => of([])),
      ),
    { initialValue: [] },
  );
  private readonly roomId = toSignal(this.form.controls.roomId.valueChanges, {
    initialValue: '',
  });
  protected readonly roomLabel = computed(() => {
    const id = this.roomId();
    return id ? (this.rooms().find((r) => r.id === id)?.name ?? null) : null;
  });

  constructor() {
    this.form.controls.startTime.valueChanges
      .pipe(takeUntilDestroyed())
      .subscribe(() => this.form.controls.endTime.updateValueAndValidity({ emitEvent: false }));
  }

  protected submit(): void {
    if (this.pending()) return;
    this.form.markAllAsTouched();
    if (this.form.invalid) return;
    const v = this.form.getRawValue();
    const at = (time: string) => zonedToInstant(this.date, time, this.timeZone).toISOString();
    this.pending.set(true);
    this.formErrors.set([]);
    this.conflicts.set(null);
    this.sessions
      .addSlot(this.day.id, {
        title: v.title.trim(),
        kind: v.kind,
        startsAt: at(wallTimeOf(v.startTime)),
        endsAt: at(wallTimeOf(v.endTime)),
        ...(v.roomId ? { roomId: v.roomId } : {}),
        ...(v.instructorIds.length ? { instructorIds: v.instructorIds } : {}),
        ...(v.description.trim() ? { description: v.description.trim() } : {}),
      })
      .subscribe({
        next: (slot) => {
          this.pending.set(false);
          this.dialogRef.close(slot);
        },
        error: (error: unknown) => {
          this.pending.set(false);
          const problem = toProblem(error);
          if (isConflictProblem(problem)) this.conflicts.set(problem.conflicts);
          else this.formErrors.set(applyProblemToForm(this.form, problem));
        },
      });
  }
}
