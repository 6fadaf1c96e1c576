import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { MatIconModule } from '@angular/material/icon';

let nextId = 0;

/**
 * One block of a home page: an icon, a heading, a count chip, and either its items or, when
 * the count is zero, a sentence that explains the emptiness. `tone` marks what is late.
 */
@Component({
  selector: 'cq-home-section',
  imports: [MatIconModule],
  changeDetection: ChangeDetectionStrategy.OnPush,
  host: { '[class]': '"tone-" + tone()' },
  template: `
    <section [attr.aria-labelledby]="headingId">
      <header>
        <mat-icon aria-hidden="true">{{ icon() }}</mat-icon>
        <h2 [id]="headingId">{{ heading() }}</h2>
        @if (count() !== null) {
          <span class="count" [class.zero]="count() === 0">{{ count() }}</span>
        }
      </header>
      @if (count() === 0) {
        <p class="empty">{{ empty() }}</p>
      }
      <ng-content />
    </section>
  `,
  styles: `
    :host {
      display: block;
      border-radius: var(--mat-sys-corner-large);
      background: var(--mat-sys-surface-container-low);
      border: 1px solid var(--mat-sys-outline-variant);
      padding: 16px;
      min-width: 0;
    }
    :host(.tone-urgent) {
      border-color: var(--mat-sys-error);
      border-left-width: 4px;
    }
    :host(.tone-accent) {
      background: var(--mat-sys-primary-container);
      color: var(--mat-sys-on-primary-container);
      border-color: transparent;
    }
    header {
      display: flex;
      align-items: center;
      gap: 8px;
      margin-bottom: 8px;
    }
    header mat-icon {
      color: var(--mat-sys-primary);
    }
    :host(.tone-urgent) header mat-icon {
      color: var(--mat-sys-error);
    }
    :host(.tone-accent) header mat-icon {
      color: inherit;
    }
    h2 {
      flex: 1;
      margin: 0;
      font: var(--mat-sys-title-medium);
    }
    .count {
      min-width: 24px;
      padding: 2px 8px;
      box-sizing: border-box;
      border-radius: 999px;
      text-align: center;
      font: var(--mat-sys-label-large);
      background: var(--mat-sys-primary);
      color: var(--mat-sys-on-primary);
    }
    :host(.tone-urgent) .count {
      background: var(--mat-sys-error);
      color: var(--mat-sys-on-error);
    }
    .count.zero {
      background: var(--mat-sys-surface-container-highest);
      color: var(--mat-sys-on-surface-variant);
    }
    .empty {
      margin: 4px 0 0;
      color: var(--mat-sys-on-surface-variant);
    }
  `,
})
export class HomeSectionComponent {
  readonly heading = input.required<string>();
  readonly icon = input.required<string>();
  /** How many items wait; `null` shows no chip and no empty sentence. */
  readonly count = input<number | null>(null);
  /** What a zero count means, in a sentence. */
  readonly empty = input('');
  readonly tone = input<'normal' | 'urgent' | 'accent'>('normal');
  protected readonly headingId = `cq-home-section-${++nextId}`;
}
