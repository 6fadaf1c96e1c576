import {
  type AbstractControl,
  FormArray,
  FormControl,
  FormGroup,
  type ValidationErrors,
  type ValidatorFn,
  Validators,
} from '@angular/forms';
import { type MaterialLink, type Session, type SessionKind } from '../../core/api/types';
import { type DateTime } from 'luxon';
import { dateFieldValue, isoDateOf, timeFieldValue, wallTimeOf } from '../../core/i18n/date-fields';
import { zonedDate, zonedTime, zonedToInstant } from '../zoned-time';

/** In a room (possibly still to be chosen) or online. */
export type Place = 'room' | 'online';

export type MaterialGroup = FormGroup<{
  label: FormControl<string>;
  url: FormControl<string>;
}>;

/** http(s) links only, as the API wants. */
export const WEB_URL_PATTERN = /^https?:\/\/\S+$/i;

export function materialGroup(link: Partial<MaterialLink> = {}): MaterialGroup {
  return new FormGroup({
    label: new FormControl(link.label ?? '', {
      nonNullable: true,
      validators: [Validators.required, Validators.maxLength(200)],
    }),
    url: new FormControl(link.url ?? '', {
      nonNullable: true,
      validators: [Validators.required, Validators.pattern(WEB_URL_PATTERN)],
    }),
  });
}

/**
 * On the end-time control: the end must come after the start (sibling `startTime`).
 * Error: `{ endNotAfterStart: true }`.
 */
export const endAfterStart: ValidatorFn = (control: AbstractControl): ValidationErrors | null => {
  const start = wallTimeOf(control.parent?.get('startTime')?.value);
  const end = wallTimeOf(control.value);
  if (!start || !end) return null;
  return end > start ? null : { endNotAfterStart: true };
};

export function sessionForm() {
  return new FormGroup({
    cohortId: new FormControl('', { nonNullable: true, validators: [Validators.required] }),
    moduleId: new FormControl('', { nonNullable: true }),
    title: new FormControl('', {
      nonNullable: true,
      validators: [Validators.required, Validators.maxLength(200)],
    }),
    kind: new FormControl<SessionKind>('lecture', {
      nonNullable: true,
      validators: [Validators.required],
    }),
    // Date and time fields (Material pickers): wall values, see core/i18n/date-fields.ts.
    date: new FormControl<DateTime | null>(null, { validators: [Validators.required] }),
    startTime: new FormControl<DateTime | null>(timeFieldValue('09:00'), {
      validators: [Validators.required],
    }),
    endTime: new FormControl<DateTime | null>(timeFieldValue('12:00'), {
      validators: [Validators.required, endAfterStart],
    }),
    place: new FormControl<Place>('room', { nonNullable: true }),
    roomId: new FormControl('', { nonNullable: true }),
    freeOnly: new FormControl(false, { nonNullable: true }),
    onlineUrl: new FormControl('', {
      nonNullable: true,
      validators: [Validators.pattern(WEB_URL_PATTERN), Validators.maxLength(2000)],
    }),
    instructorIds: new FormControl<string[]>([], { nonNullable: true }),
    description: new FormControl('', {
      nonNullable: true,
      validators: [Validators.maxLength(10000)],
    }),
    materials: new FormArray<MaterialGroup>([]),
  });
}

export type SessionForm = ReturnType<typeof sessionForm>;
export type SessionFormValue = ReturnType<SessionForm['getRawValue']>;

/** The form's values for an existing session, its times read in its zone. */
export function formValueOf(session: Session): Omit<SessionFormValue, 'materials' | 'freeOnly'> {
  const start = new Date(session.startsAt);
  const end = new Date(session.endsAt);
  return {
    cohortId: session.cohort.id,
    moduleId: session.module?.id ?? '',
    title: session.title,
    kind: session.kind,
    date: dateFieldValue(zonedDate(start, session.timeZone)),
    startTime: timeFieldValue(zonedTime(start, session.timeZone)),
    endTime: timeFieldValue(zonedTime(end, session.timeZone)),
    place: !session.room && session.onlineUrl ? 'online' : 'room',
    roomId: session.room?.id ?? '',
    onlineUrl: session.onlineUrl ?? '',
    instructorIds: session.instructors.map((i) => i.id),
    description: session.description,
  };
}

/** The instants the date and times mean in the programme's zone, or null while incomplete. */
export function slotOf(
  value: Pick<SessionFormValue, 'date' | 'startTime' | 'endTime'>,
  timeZone: string,
): { startsAt: string; endsAt: string } | null {
  const date = isoDateOf(value.date);
  const startTime = wallTimeOf(value.startTime);
  const endTime = wallTimeOf(value.endTime);
  if (!date || !startTime || !endTime || endTime <= startTime) return null;
  return {
    startsAt: zonedToInstant(date, startTime, timeZone).toISOString(),
    endsAt: zonedToInstant(date, endTime, timeZone).toISOString(),
  };
}

/** The API's field names for the form's: the instants are entered as a date and two times. */
export const FIELD_OF_API: Readonly<Record<string, string>> = {
  startsAt: 'startTime',
  endsAt: 'endTime',
};
