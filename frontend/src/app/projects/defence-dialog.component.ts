import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import {
  type AbstractControl,
  FormBuilder,
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
import { MatTimepickerModule } from '@angular/material/timepicker';
import { TranslocoPipe } from '@jsverse/transloco';
import { forkJoin } from 'rxjs';
import { CohortsApiService } from '../core/api/cohorts-api.service';
import { RoomsApiService } from '../core/api/rooms-api.service';
import { toProblem } from '../core/api/problem';
import { ProjectsApiService } from '../core/api/projects-api.service';
import { type Cohort, type ProjectDefence, type Room } from '../core/api/types';
import { applyProblemToForm, type ServerError } from '../core/forms/problem-form-errors';
import { dateFieldValue, isoDateOf, timeFieldValue, wallTimeOf } from '../core/i18n/date-fields';
import { zonedDate, zonedTime, zonedToInstant } from '../scheduling/zoned-time';
import { ControlErrorsComponent } from '../shared/control-errors.component';
import { ErrorMessagePipe } from '../shared/error-message.pipe';
import { ProjectMessagesService } from './project-messages.service';

export interface DefenceDialogData {
  projectId: string;
  cohortId: string;
  tutorId: string | null;
  mentorName: string | null;
  defence: ProjectDefence | null;
  /** The programme's zone: the date and times are meant in it. */
  timeZone: string;
}

/** The end comes after the start. */
function endAfterStart(group: AbstractControl): ValidationErrors | null {
  const value = group.value as { startTime: unknown; endTime: unknown };
  const startTime = wallTimeOf(value.startTime);
  const endTime = wallTimeOf(value.endTime);
  return startTime && endTime && endTime <= startTime ? { endBeforeStart: true } : null;
}

/**
 * Schedules (or moves) the defence: date and times, room or video link, the jury; the
 * scheduling rules apply (a clash is a 409 naming it).
 */
@Component({
  selector: 'cq-defence-dialog',
  imports: [
    ReactiveFormsModule,
    MatButtonModule,
    MatCheckboxModule,
    MatDialogModule,
    MatFormFieldModule,
    MatTimepickerModule,
    MatDatepickerModule,
    MatIconModule,
    MatInputModule,
    MatProgressBarModule,
    MatSelectModule,
    TranslocoPipe,
    ControlErrorsComponent,
    ErrorMessagePipe,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './defence-dialog.component.html',
  styles: `
    form mat-dialog-content {
      display: flex;
      flex-direction: column;
      gap: 4px;
    }
    .row {
      display: flex;
      flex-wrap: wrap;
      gap: 0 12px;
    }
    .row > * {
      flex: 1 1 140px;
      min-width: 0;
    }
    .cq-form-error {
      margin-bottom: 8px;
    }
  `,
})
export class DefenceDialogComponent {
  protected readonly data = inject<DefenceDialogData>(MAT_DIALOG_DATA);
  private readonly api = inject(ProjectsApiService);
  private readonly cohorts = inject(CohortsApiService);
  private readonly roomsApi = inject(RoomsApiService);
  private readonly messages = inject(ProjectMessagesService);
  private readonly dialogRef =
    inject<MatDialogRef<DefenceDialogComponent, ProjectDefence>>(MatDialogRef);

  protected readonly rooms = signal<Room[]>([]);
  protected readonly instructors = signal<Cohort['instructors']>([]);
  protected readonly loading = signal(true);
  protected readonly pending = signal(false);
  protected readonly formErrors = signal<ServerError[]>([]);

  private readonly existing = this.data.defence;

  protected readonly form = inject(FormBuilder).nonNullable.group(
    {
      // Date and time fields (Material pickers): wall values in the programme's zone.
      date: [
        dateFieldValue(this.existing ? this.wall(zonedDate, this.existing.startsAt) : null),
        [Validators.required],
      ],
      startTime: [
        timeFieldValue(this.existing ? this.wall(zonedTime, this.existing.startsAt) : '09:00'),
        [Validators.required],
      ],
      endTime: [
        timeFieldValue(this.existing ? this.wall(zonedTime, this.existing.endsAt) : '09:45'),
        [Validators.required],
      ],
      roomId: [this.existing?.room?.id ?? ''],
      onlineUrl: [this.existing?.onlineUrl ?? '', [Validators.maxLength(2000)]],
      juryIds: [
        this.existing?.jury.map((j) => j.id) ?? (this.data.tutorId ? [this.data.tutorId] : []),
        [Validators.required],
      ],
      mentorAttends: [this.existing?.mentorAttends ?? false],
    },
    { validators: endAfterStart },
  );

  constructor() {
    forkJoin({
      rooms: this.roomsApi.list({ page: 1, size: 200, sort: 'name' }),
      cohort: this.cohorts.get(this.data.cohortId),
    }).subscribe({
      next: ({ rooms, cohort }) => {
        this.rooms.set(rooms.items.filter((r) => !r.archivedAt));
        this.instructors.set(cohort.instructors);
        this.loading.set(false);
      },
      error: (error: unknown) => {
        this.loading.set(false);
        this.messages.error(error);
      },
    });
  }

  protected submit(): void {
    if (this.pending()) return;
    this.form.markAllAsTouched();
    if (this.form.invalid) return;
    const v = this.form.getRawValue();
    this.pending.set(true);
    this.formErrors.set([]);
    this.api
      .scheduleDefence(this.data.projectId, {
        startsAt: this.instant(v.date, v.startTime),
        endsAt: this.instant(v.date, v.endTime),
        roomId: v.roomId || null,
        onlineUrl: v.onlineUrl.trim() || null,
        juryIds: v.juryIds,
        mentorAttends: this.data.mentorName ? v.mentorAttends : false,
      })
      .subscribe({
        next: (defence) => this.dialogRef.close(defence),
        error: (error: unknown) => {
          this.pending.set(false);
          this.formErrors.set(applyProblemToForm(this.form, toProblem(error)));
        },
      });
  }

  /** The wall reading (`zonedDate` or `zonedTime`) of an instant in the programme's zone. */
  private wall(read: (instant: Date, zone: string) => string, instant: string): string {
    return read(new Date(instant), this.data.timeZone);
  }

  /** The picked wall date and time as an instant in the programme's zone, as the API wants. */
  private instant(date: unknown, time: unknown): string {
    return zonedToInstant(isoDateOf(date), wallTimeOf(time), this.data.timeZone).toISOString();
  }
}
