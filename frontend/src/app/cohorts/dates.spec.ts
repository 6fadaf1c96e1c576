import { FormControl, FormGroup } from '@angular/forms';
import { DateTime } from 'luxon';
import { endAfterStartValidator } from './dates';

const day = (iso: string) => DateTime.fromISO(iso, { zone: 'utc' });

describe('endAfterStartValidator', () => {
  // As in the cohort form: the end date is checked again once it sits in its group.
  const form = (start: DateTime | null, end: DateTime | null) => {
    const group = new FormGroup({
      startsOn: new FormControl<DateTime | null>(start),
      endsOn: new FormControl<DateTime | null>(end, endAfterStartValidator('startsOn')),
    });
    group.controls.endsOn.updateValueAndValidity();
    return group;
  };

  it('accepts an end after the start', () => {
    expect(form(day('2026-09-02'), day('2027-06-26')).controls.endsOn.errors).toBeNull();
  });

  it('refuses an end on the same day as the start or before it', () => {
    expect(form(day('2026-09-02'), day('2026-09-02T15:00')).controls.endsOn.errors).toEqual({
      endNotAfterStart: true,
    });
    expect(form(day('2026-09-02'), day('2026-01-01')).controls.endsOn.errors).toEqual({
      endNotAfterStart: true,
    });
  });

  it('leaves an empty or unreadable date to the other validators', () => {
    expect(form(null, day('2026-01-01')).controls.endsOn.errors).toBeNull();
    expect(form(day('2026-09-02'), DateTime.invalid('typed')).controls.endsOn.errors).toBeNull();
  });
});
