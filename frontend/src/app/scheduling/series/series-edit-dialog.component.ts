import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { takeUntilDestroyed, toSignal } from '@angular/core/rxjs-interop';
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
import { type DateTime } from 'luxon';
import { catchError, map, of } from 'rxjs';
import { CohortsApiService } from '../../core/api/cohorts-api.service';
import { toProblem } from '../../core/api/problem';
import { RoomsApiService } from '../../core/api/rooms-api.service';
import { SessionsApiService } from '../../core/api/sessions-api.service';
import {
  type Problem,
  type Room,
  type SeriesChanged,
  type SeriesScope,
  type Session,
  type SessionConflict,
  type UpdateSeriesRequest,
} from '../../core/api/types';
import { applyProblemToForm, type ServerError } from '../../core/forms/problem-form-errors';
import { timeFieldValue, wallTimeOf } from '../../core/i18n/date-fields';
import { ControlErrorsComponent } from '../../shared/control-errors.component';
import { ErrorMessagePipe } from '../../shared/error-message.pipe';
import { ConflictAlertComponent } from '../conflict-alert.component';
import { isConflictProblem } from '../conflict-messages';
import { endAfterStart } from '../session-form/session-form';
import { zonedTime } from '../zoned-time';
import { TimeRangeFieldsComponent } from '../time-range-fields.component';

export interface SeriesEditDialogData {
  session: Session;
}

const sameSet = (a: readonly string[], b: readonly string[]) =>
  a.length === b.length && a.every((x) => b.includes(x));

/**
 * Changes this session and the following ones, or the whole series, in one go: title, room,
 * times (each session keeps its date) and instructors. Only what the planner changed is sent;
 * a clash on any date changes nothing and is shown here, date by date.
 */
@Component({
  selector: 'cq-series-edit-dialog',
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
    TimeRangeFieldsComponent,
    TranslocoPipe,
    ControlErrorsComponent,
    ErrorMessagePipe,
    ConflictAlertComponent,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './series-edit-dialog.component.html',
  styleUrl: './series-dialog.component.scss',
})
export class SeriesEditDialogComponent {
  protected readonly data = inject<SeriesEditDialogData>(MAT_DIALOG_DATA);
  private readonly dialogRef =
    inject<MatDialogRef<SeriesEditDialogComponent, SeriesChanged>>(MatDialogRef);
  private readonly sessions = inject(SessionsApiService);

  private readonly session = this.data.session;
  protected readonly timeZone = this.session.timeZone;
  private readonly initial = {
    title: this.session.title,
    roomId: this.session.room?.id ?? '',
    startTime: zonedTime(new Date(this.session.startsAt), this.timeZone),
    endTime: zonedTime(new Date(this.session.endsAt), this.timeZone),
    instructorIds: this.session.instructors.map((p) => p.id),
  };

  protected readonly form = new FormGroup({
    scope: new FormControl<SeriesScope>('following', { nonNullable: true }),
    title: new FormControl(this.initial.title, {
      nonNullable: true,
      validators: [Validators.required, Validators.maxLength(200)],
    }),
    startTime: new FormControl<DateTime | null>(timeFieldValue(this.initial.startTime), {
      validators: [Validators.required],
    }),
    endTime: new FormControl<DateTime | null>(timeFieldValue(this.initial.endTime), {
      validators: [Validators.required, endAfterStart],
    }),
    roomId: new FormControl(this.initial.roomId, { nonNullable: true }),
    instructorIds: new FormControl<string[]>(this.initial.instructorIds, { nonNullable: true }),
    reason: new FormControl('', { nonNullable: true, validators: [Validators.maxLength(500)] }),
  });

  protected readonly pending = signal(false);
  protected readonly nothing = signal(false);
  protected readonly formErrors = signal<(Problem | ServerError)[]>([]);
  protected readonly conflicts = signal<{ items: SessionConflict[]; count?: number } | null>(null);

  protected readonly rooms = toSignal(
    inject(RoomsApiService)
      .list({ page: 1, size: 200, sort: 'name' })
      .pipe(
        map((page) => page.items.filter((r) => !r.archivedAt || r.id === this.initial.roomId)),
        catchError(() => of([] as Room[])),
      ),
    { initialValue: [] as Room[] },
  );
  /** The cohort's instructors, and whoever teaches this session already. */
  private readonly cohortInstructors = toSignal(
    inject(CohortsApiService)
      .get(this.session.cohort.id)
      .pipe(
        map((c) => c.instructors),
        catchError(() => of([])),
      ),
    { initialValue: [] },
  );
  protected readonly instructors = computed(() => {
    const people = new Map(this.session.instructors.map((p) => [p.id, p]));
    for (const p of this.cohortInstructors()) people.set(p.id, p);
    return [...people.values()];
  });
  private readonly roomId = toSignal(this.form.controls.roomId.valueChanges, {
    initialValue: this.initial.roomId,
  });
  protected readonly roomLabel = computed(
    () => this.rooms().find((r) => r.id === this.roomId())?.name ?? null,
  );

  constructor() {
    this.form.controls.startTime.valueChanges
      .pipe(takeUntilDestroyed())
      .subscribe(() => this.form.controls.endTime.updateValueAndValidity({ emitEvent: false }));
    this.form.valueChanges.pipe(takeUntilDestroyed()).subscribe(() => this.nothing.set(false));
  }

  /** Only what differs from this session: the others keep what they have of their own. */
  private changes(): UpdateSeriesRequest {
    const v = this.form.getRawValue();
    const body: UpdateSeriesRequest = { scope: v.scope };
    const title = v.title.trim();
    if (title !== this.initial.title) body.title = title;
    if (v.roomId !== this.initial.roomId) body.roomId = v.roomId || null;
    const [start, end] = [wallTimeOf(v.startTime), wallTimeOf(v.endTime)];
    if (start !== this.initial.startTime) body.startTime = start;
    if (end !== this.initial.endTime) body.endTime = end;
    if (!sameSet(v.instructorIds, this.initial.instructorIds)) body.instructorIds = v.instructorIds;
    if (v.reason.trim()) body.reason = v.reason.trim();
    return body;
  }

  protected submit(): void {
    if (this.pending()) return;
    this.form.markAllAsTouched();
    if (this.form.invalid) return;
    const body = this.changes();
    const { scope: _scope, reason: _reason, ...changed } = body;
    void _scope;
    void _reason;
    if (Object.keys(changed).length === 0) {
      this.nothing.set(true);
      return;
    }
    this.pending.set(true);
    this.formErrors.set([]);
    this.conflicts.set(null);
    this.sessions.updateSeries(this.session.id, body).subscribe({
      next: (changedSeries) => {
        this.pending.set(false);
        this.dialogRef.close(changedSeries);
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
