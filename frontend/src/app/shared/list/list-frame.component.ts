import {
  ChangeDetectionStrategy,
  Component,
  ElementRef,
  type Signal,
  ViewEncapsulation,
  afterEveryRender,
  computed,
  inject,
  input,
} from '@angular/core';
import { MatPaginatorModule, type PageEvent } from '@angular/material/paginator';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { TranslocoPipe } from '@jsverse/transloco';
import { type Problem } from '../../core/api/types';
import { PAGE_SIZES } from '../paged-list';
import { labelCardCells } from './card-labels';
import { ListErrorComponent } from './list-error.component';

/** What the frame reads from a list's state: a `PagedList` fits. */
export interface ListFrameState {
  readonly items: Signal<readonly unknown[]>;
  readonly total: Signal<number>;
  readonly pageIndex: Signal<number>;
  readonly pageSize: Signal<number>;
  readonly loading: Signal<boolean>;
  readonly problem: Signal<Problem | null>;
  /** Whether a search or a filter narrows the list (the empty state says so). */
  readonly searching: Signal<boolean>;
  reload(): void;
  onPage(event: PageEvent): void;
}

/**
 * The frame of a paged list: the error banner with its retry, a progress bar while the list
 * (or a row action) loads, the table given as content, the empty state (worded for a search
 * that finds nothing), and the paginator bound to the list.
 *
 * Below 600 px each row of the table becomes a card: the first column as its title, every
 * other cell under the name of its column, the actions column in the top corner. The styles
 * are not encapsulated (they reach the projected table) and are scoped to `cq-list-frame`.
 */
@Component({
  selector: 'cq-list-frame',
  imports: [MatPaginatorModule, MatProgressBarModule, TranslocoPipe, ListErrorComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  encapsulation: ViewEncapsulation.None,
  template: `
    <cq-list-error
      [problem]="list().problem() ?? problem()"
      [scope]="errorScope()"
      (retry)="list().reload()"
    />
    <div class="cq-list-box">
      <div class="cq-list-progress">
        @if (list().loading() || busy()) {
          <mat-progress-bar mode="indeterminate" [attr.aria-label]="'common.loading' | transloco" />
        }
      </div>
      <div class="cq-list-scroll">
        <ng-content />
      </div>
      <div class="cq-list-status" role="status">
        @if (emptyText(); as text) {
          <p class="cq-list-empty">{{ text }}</p>
        }
      </div>
      <mat-paginator
        showFirstLastButtons
        [length]="list().total()"
        [pageIndex]="list().pageIndex()"
        [pageSize]="list().pageSize()"
        [pageSizeOptions]="pageSizes"
        [attr.aria-label]="label()"
        (page)="list().onPage($event)"
      />
    </div>
  `,
  styleUrl: './list-frame.component.scss',
})
export class ListFrameComponent {
  readonly list = input.required<ListFrameState>();
  /** The paginator's accessible name (`Pagination des promotions`). */
  readonly label = input.required<string>();
  /** What an empty list says. */
  readonly empty = input.required<string>();
  /** What a list narrowed to nothing by a search or filter says; `empty` when unset. */
  readonly noMatch = input<string | null>(null);
  /** A row action under way: the progress bar shows. */
  readonly busy = input(false);
  /** A row action's failure, shown when the list itself loaded. */
  readonly problem = input<Problem | null>(null);
  readonly errorScope = input<string | undefined>(undefined);

  protected readonly pageSizes = PAGE_SIZES;

  protected readonly emptyText = computed(() => {
    const list = this.list();
    if (list.loading() || list.problem() || list.items().length > 0) return null;
    return (list.searching() && this.noMatch()) || this.empty();
  });

  constructor() {
    const host = inject<ElementRef<HTMLElement>>(ElementRef).nativeElement;
    afterEveryRender({
      write: () => {
        const table = host.querySelector<HTMLElement>('.cq-list-scroll > table');
        if (table) labelCardCells(table);
      },
    });
  }
}
