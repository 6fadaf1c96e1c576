import { type AbstractControl, type FormGroup } from '@angular/forms';
import { type Problem } from '../api/types';

/** An error the server reported, kept on a control as `{ server: ServerError }`. */
export interface ServerError {
  code: string;
  message: string;
  /** Parameters for the translated message (e.g. `seconds`). */
  params?: Record<string, unknown>;
}

export interface ProblemFormErrors {
  /** Errors per form control name. */
  fields: Record<string, ServerError[]>;
  /** Errors that belong to no control: shown above the form. */
  form: ServerError[];
}

/** The field error code for "this field is not allowed" (an unknown property). */
export const UNKNOWN_FIELD_CODE = 'whitelistValidation';

/** Candidate control names for an API field path: `email`, `body.email`, `items[0].email`… */
function controlNameFor(field: string, controlNames: readonly string[]): string | null {
  if (controlNames.includes(field)) return field;
  const last =
    field
      .split('.')
      .pop()
      ?.replace(/\[\d+\]$/, '') ?? '';
  return controlNames.includes(last) ? last : null;
}

function problemAsError(problem: Problem): ServerError {
  return {
    code: problem.code,
    message: problem.detail ?? problem.title,
    params:
      problem.retryAfterSeconds === undefined ? undefined : { seconds: problem.retryAfterSeconds },
  };
}

/**
 * Spreads a problem over a form: each `errors[]` entry whose field names a control goes to
 * that control; unknown fields (`whitelistValidation`) and unmatched fields go to the form.
 * A problem without field errors goes to the control `codeToField` names for its code
 * (e.g. `user.email_taken` -> `email`), else to the form.
 */
export function mapProblemToFormErrors(
  problem: Problem,
  controlNames: readonly string[],
  codeToField: Readonly<Record<string, string>> = {},
): ProblemFormErrors {
  const result: ProblemFormErrors = { fields: {}, form: [] };
  const add = (name: string, error: ServerError) => {
    (result.fields[name] ??= []).push(error);
  };

  const fieldErrors = problem.errors ?? [];
  for (const error of fieldErrors) {
    const serverError: ServerError = { code: error.code, message: error.message };
    const name =
      error.code === UNKNOWN_FIELD_CODE ? null : controlNameFor(error.field, controlNames);
    if (name) {
      add(name, serverError);
    } else {
      result.form.push({ ...serverError, params: { field: error.field } });
    }
  }

  if (fieldErrors.length === 0) {
    const name = codeToField[problem.code];
    if (name && controlNames.includes(name)) {
      add(name, problemAsError(problem));
    } else {
      result.form.push(problemAsError(problem));
    }
  }
  return result;
}

/**
 * Puts a problem's field errors on the form's controls (as `server`, cleared by the next
 * edit) and returns the errors that belong to the form as a whole.
 */
export function applyProblemToForm(
  form: FormGroup,
  problem: Problem,
  codeToField: Readonly<Record<string, string>> = {},
): ServerError[] {
  const mapped = mapProblemToFormErrors(problem, Object.keys(form.controls), codeToField);
  for (const [name, errors] of Object.entries(mapped.fields)) {
    const control: AbstractControl | null = form.get(name);
    if (!control) continue;
    control.setErrors({ ...(control.errors ?? {}), server: errors[0] });
    control.markAsTouched();
  }
  return mapped.form;
}
