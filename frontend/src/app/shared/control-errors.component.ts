import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { toObservable, toSignal } from '@angular/core/rxjs-interop';
import { type AbstractControl } from '@angular/forms';
import { TranslocoPipe } from '@jsverse/transloco';
import { map, startWith, switchMap } from 'rxjs';
import { type ServerError } from '../core/forms/problem-form-errors';
import { ErrorMessagePipe } from './error-message.pipe';

interface ShownError {
  key?: string;
  params?: Record<string, unknown>;
  server?: ServerError;
}

/** Client-side validator errors, in the order they are shown. */
const MESSAGES: readonly [string, (value: Record<string, unknown>) => ShownError][] = [
  ['server', (e) => ({ server: e as unknown as ServerError })],
  ['required', () => ({ key: 'validation.required' })],
  ['email', () => ({ key: 'validation.email' })],
  ['minlength', (e) => ({ key: 'validation.minLength', params: { min: e['requiredLength'] } })],
  ['maxlength', (e) => ({ key: 'validation.maxLength', params: { max: e['requiredLength'] } })],
  ['passwordMismatch', () => ({ key: 'validation.passwordMismatch' })],
  ['matDatepickerParse', () => ({ key: 'dates.dateInvalid' })],
  ['matTimepickerParse', () => ({ key: 'dates.timeInvalid' })],
];

function firstError(control: AbstractControl): ShownError | null {
  const errors = control.errors;
  if (!errors) return null;
  for (const [name, toShown] of MESSAGES) {
    if (errors[name]) return toShown(errors[name] as Record<string, unknown>);
  }
  return { key: 'validation.invalid' };
}

/**
 * The message for a control's first error, inside `<mat-error>`:
 * `<mat-error><cq-control-errors [control]="form.controls.email" /></mat-error>`.
 */
@Component({
  selector: 'cq-control-errors',
  imports: [TranslocoPipe, ErrorMessagePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @let shown = error();
    @if (shown?.server; as server) {
      {{ server | cqErrorMessage }}
    } @else if (shown?.key; as key) {
      {{ key | transloco: shown?.params }}
    }
  `,
})
export class ControlErrorsComponent {
  readonly control = input.required<AbstractControl>();

  protected readonly error = toSignal(
    toObservable(this.control).pipe(
      switchMap((control) =>
        control.events.pipe(
          startWith(null),
          map(() => firstError(control)),
        ),
      ),
    ),
    { initialValue: null },
  );
}
