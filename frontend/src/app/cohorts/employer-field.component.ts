import { ChangeDetectionStrategy, Component, inject, input } from '@angular/core';
import { toObservable, toSignal } from '@angular/core/rxjs-interop';
import {
  type AbstractControl,
  type FormControl,
  ReactiveFormsModule,
  type ValidationErrors,
} from '@angular/forms';
import { MatAutocompleteModule } from '@angular/material/autocomplete';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';
import { TranslocoPipe } from '@jsverse/transloco';
import {
  catchError,
  debounceTime,
  distinctUntilChanged,
  map,
  of,
  startWith,
  switchMap,
} from 'rxjs';
import { PartnersApiService } from '../core/api/partners-api.service';
import { ControlErrorsComponent } from '../shared/control-errors.component';

export interface EmployerRef {
  id: string;
  name: string;
}

/** The field's value: a chosen partner, the text being typed, or nothing. */
export type EmployerValue = EmployerRef | string | null;

/** A typed text that is not a partner chosen from the list: `{ employerNotChosen: true }`. */
export function employerChosenValidator(control: AbstractControl): ValidationErrors | null {
  const value: unknown = control.value;
  return typeof value === 'string' && value.trim() !== '' ? { employerNotChosen: true } : null;
}

/** The employer's id to send: null for none. */
export function employerId(value: EmployerValue): string | null {
  return value && typeof value === 'object' ? value.id : null;
}

/** A work-study employer: a partner organisation found by name (server search). */
@Component({
  selector: 'cq-employer-field',
  imports: [
    ReactiveFormsModule,
    MatAutocompleteModule,
    MatButtonModule,
    MatFormFieldModule,
    MatIconModule,
    MatInputModule,
    TranslocoPipe,
    ControlErrorsComponent,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <mat-form-field class="cq-full-width" subscriptSizing="dynamic">
      <mat-label>{{ 'cohorts.enrol.field.employer' | transloco }}</mat-label>
      <input matInput autocomplete="off" [formControl]="control()" [matAutocomplete]="auto" />
      @if (control().value) {
        <button
          mat-icon-button
          matSuffix
          type="button"
          [attr.aria-label]="'cohorts.enrol.clearEmployer' | transloco"
          (click)="control().setValue(null)"
        >
          <mat-icon>close</mat-icon>
        </button>
      }
      <mat-autocomplete #auto="matAutocomplete" [displayWith]="displayName">
        @for (partner of options(); track partner.id) {
          <mat-option [value]="partner">{{ partner.name }}</mat-option>
        } @empty {
          @if (typed()) {
            <mat-option disabled>{{ 'cohorts.enrol.noPartner' | transloco }}</mat-option>
          }
        }
      </mat-autocomplete>
      <mat-hint>{{ 'cohorts.enrol.employerHint' | transloco }}</mat-hint>
      <mat-error>
        @if (control().hasError('employerNotChosen')) {
          {{ 'cohorts.enrol.employerNotChosen' | transloco }}
        } @else {
          <cq-control-errors [control]="control()" />
        }
      </mat-error>
    </mat-form-field>
  `,
})
export class EmployerFieldComponent {
  private readonly partners = inject(PartnersApiService);
  readonly control = input.required<FormControl<EmployerValue>>();

  private readonly text$ = toObservable(this.control).pipe(
    switchMap((control) => control.valueChanges.pipe(startWith(control.value))),
    map((value) => (typeof value === 'string' ? value.trim() : '')),
  );

  protected readonly typed = toSignal(this.text$.pipe(map((text) => text !== '')), {
    initialValue: false,
  });

  protected readonly options = toSignal(
    this.text$.pipe(
      debounceTime(250),
      distinctUntilChanged(),
      switchMap((q) =>
        this.partners.list({ page: 1, size: 20, sort: 'name', q: q || undefined }).pipe(
          map((page) => page.items.map((p): EmployerRef => ({ id: p.id, name: p.name }))),
          catchError(() => of([] as EmployerRef[])),
        ),
      ),
    ),
    { initialValue: [] as EmployerRef[] },
  );

  protected readonly displayName = (value: EmployerValue): string =>
    value && typeof value === 'object' ? value.name : (value ?? '');
}
