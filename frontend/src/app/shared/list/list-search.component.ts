import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { type FormControl, ReactiveFormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';
import { TranslocoPipe } from '@jsverse/transloco';

/**
 * The search field above a list: a labelled search input bound to the list's search control
 * (a `PagedList` debounces it), with a button that clears it.
 */
@Component({
  selector: 'cq-list-search',
  imports: [
    ReactiveFormsModule,
    MatButtonModule,
    MatFormFieldModule,
    MatIconModule,
    MatInputModule,
    TranslocoPipe,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <mat-form-field subscriptSizing="dynamic">
      <mat-label>{{ label() }}</mat-label>
      <mat-icon matPrefix>search</mat-icon>
      <input
        matInput
        type="search"
        autocomplete="off"
        [attr.data-testid]="testId()"
        [formControl]="control()"
      />
      @if (control().value) {
        <button
          mat-icon-button
          matSuffix
          type="button"
          [attr.aria-label]="'list.clearSearch' | transloco"
          (click)="control().setValue('')"
        >
          <mat-icon>close</mat-icon>
        </button>
      }
    </mat-form-field>
  `,
  styles: `
    :host {
      display: block;
      flex: 1 1 280px;
    }

    mat-form-field {
      width: 100%;
    }
  `,
})
export class ListSearchComponent {
  readonly control = input.required<FormControl<string>>();
  /** The field's translated label, saying what the search looks in. */
  readonly label = input.required<string>();
  readonly testId = input<string | null>(null);
}
