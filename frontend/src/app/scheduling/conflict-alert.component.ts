import {
  ChangeDetectionStrategy,
  Component,
  ElementRef,
  afterNextRender,
  computed,
  inject,
  input,
} from '@angular/core';
import { MatIconModule } from '@angular/material/icon';
import { TranslocoPipe } from '@jsverse/transloco';
import { type SessionConflict } from '../core/api/types';
import { LanguageService } from '../core/i18n/language.service';
import { conflictLines } from './conflict-messages';

/**
 * A refused booking (409 `session.conflict` or `session.series_conflict`): for each clash,
 * what is double-booked and the session already there, with its date and time.
 */
@Component({
  selector: 'cq-conflict-alert',
  imports: [MatIconModule, TranslocoPipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <div class="conflict" role="alert" data-testid="session-conflict">
      <h2>
        <mat-icon aria-hidden="true">event_busy</mat-icon>
        {{
          (series() ? 'scheduling.conflict.seriesTitle' : 'scheduling.conflict.title')
            | transloco: { count: occurrences() }
        }}
      </h2>
      <ul>
        @for (line of lines(); track $index) {
          <li>
            @if (line.occurrence) {
              <strong>{{
                'scheduling.conflict.occurrence' | transloco: { date: line.occurrence }
              }}</strong>
            }
            {{ line.key | transloco: line.params }}
          </li>
        }
      </ul>
      <p>{{ hint() ?? 'scheduling.conflict.hint' | transloco }}</p>
    </div>
  `,
  styles: `
    .conflict {
      margin: 0 0 16px;
      padding: 12px 16px;
      border-radius: var(--mat-sys-corner-small);
      background: var(--mat-sys-error-container);
      color: var(--mat-sys-on-error-container);
    }
    h2 {
      display: flex;
      align-items: center;
      gap: 8px;
      margin: 0 0 8px;
      font: var(--mat-sys-title-medium);
    }
    ul {
      margin: 0 0 8px;
      padding-left: 20px;
    }
    li + li {
      margin-top: 4px;
    }
    p {
      margin: 0;
      font: var(--mat-sys-body-small);
    }
  `,
})
export class ConflictAlertComponent {
  private readonly language = inject(LanguageService);
  readonly conflicts = input.required<SessionConflict[]>();
  readonly timeZone = input.required<string>();
  /** Series: how many dates were asked for. */
  readonly occurrences = input<number | undefined>(undefined);
  /** What to do next, as a translation key; null: change the time, room or people. */
  readonly hint = input<string | null>(null);

  constructor() {
    // The form's submit button is far below: bring the explanation into view.
    const host = inject<ElementRef<HTMLElement>>(ElementRef).nativeElement;
    afterNextRender(() => host.scrollIntoView?.({ block: 'nearest' }));
  }

  protected readonly series = computed(() => this.conflicts().some((c) => !!c.occurrence));
  protected readonly lines = computed(() =>
    conflictLines(this.conflicts(), this.timeZone(), this.language.lang()),
  );
}
