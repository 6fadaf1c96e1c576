import { type AbstractControl, type ValidationErrors, type ValidatorFn } from '@angular/forms';

export const PASSWORD_MIN_LENGTH = 12;
export const PASSWORD_MAX_LENGTH = 200;

/**
 * On the confirmation control: `{ passwordMismatch: true }` while it differs from the control
 * named `otherName` in the same group.
 */
export function matchesControl(otherName: string): ValidatorFn {
  return (control: AbstractControl): ValidationErrors | null => {
    const other = control.parent?.get(otherName);
    if (!other || !control.value) return null;
    return control.value === other.value ? null : { passwordMismatch: true };
  };
}
