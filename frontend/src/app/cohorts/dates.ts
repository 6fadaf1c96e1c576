import { type AbstractControl, type ValidationErrors, type ValidatorFn } from '@angular/forms';
import { isoDateOf } from '../core/i18n/date-fields';

/**
 * On the end-date control: the end must come after the start (the sibling control
 * `startControlName`, same form group). Error: `{ endNotAfterStart: true }`. Dates are
 * compared as calendar days; an empty or invalid date is left to the other validators.
 * Field values and typed-date parsing: `core/i18n/date-fields.ts` and `date-parse.ts`.
 */
export function endAfterStartValidator(startControlName: string): ValidatorFn {
  return (control: AbstractControl): ValidationErrors | null => {
    const start = isoDateOf(control.parent?.get(startControlName)?.value);
    const end = isoDateOf(control.value);
    if (!start || !end) return null;
    return end > start ? null : { endNotAfterStart: true };
  };
}
