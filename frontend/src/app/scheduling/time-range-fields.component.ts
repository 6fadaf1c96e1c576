import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { type FormControl, ReactiveFormsModule } from '@angular/forms';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatTimepickerModule } from '@angular/material/timepicker';
import { TranslocoPipe } from '@jsverse/transloco';
import { type DateTime } from 'luxon';
import { ControlErrorsComponent } from '../shared/control-errors.component';

/**
 * The start and end times of a session, a series or a slot (wall clock, quarter-hour picker),
 * the end checked against the start (`endAfterStart` on the end control). Its two fields sit in
 * the parent's row as if written there.
 */
@Component({
  selector: 'cq-time-range-fields',
  imports: [
    ReactiveFormsModule,
    MatFormFieldModule,
    MatInputModule,
    MatTimepickerModule,
    TranslocoPipe,
    ControlErrorsComponent,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  host: { style: 'display: contents' },
  template: `
    <mat-form-field>
      <mat-label>{{ 'scheduling.field.startTime' | transloco }}</mat-label>
      <input matInput [formControl]="start()" required [matTimepicker]="startPicker" />
      <mat-timepicker-toggle matIconSuffix [for]="startPicker" />
      <mat-timepicker #startPicker interval="15min" />
      <mat-error><cq-control-errors [control]="start()" /></mat-error>
    </mat-form-field>
    <mat-form-field>
      <mat-label>{{ 'scheduling.field.endTime' | transloco }}</mat-label>
      <input matInput [formControl]="end()" required [matTimepicker]="endPicker" />
      <mat-timepicker-toggle matIconSuffix [for]="endPicker" />
      <mat-timepicker #endPicker interval="15min" />
      <mat-error>
        @if (end().hasError('endNotAfterStart')) {
          {{ 'scheduling.form.endNotAfterStart' | transloco }}
        } @else {
          <cq-control-errors [control]="end()" />
        }
      </mat-error>
    </mat-form-field>
  `,
})
export class TimeRangeFieldsComponent {
  readonly start = input.required<FormControl<DateTime | null>>();
  readonly end = input.required<FormControl<DateTime | null>>();
}
