import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { TranslocoPipe } from '@jsverse/transloco';
import { type ProjectEvent } from '../core/api/types';
import { DateFormatPipe } from '../core/i18n/date-format.pipe';

/** Every move of the project's state: who, when, and why. */
@Component({
  selector: 'cq-project-timeline',
  imports: [TranslocoPipe, DateFormatPipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <ol class="timeline">
      @for (event of events(); track event.id) {
        <li>
          <span class="what">
            {{
              'projects.timeline.' + event.toState | transloco: { name: event.actor.displayName }
            }}
          </span>
          <time class="when" [attr.datetime]="event.createdAt">
            {{ event.createdAt | cqDate: 'dateTime' : timeZone() }}
          </time>
          @if (event.comment) {
            <blockquote>{{ event.comment }}</blockquote>
          }
        </li>
      } @empty {
        <li>{{ 'projects.timeline.empty' | transloco }}</li>
      }
    </ol>
  `,
  styles: `
    .timeline {
      margin: 0;
      padding: 0 0 0 20px;
      border-left: 2px solid var(--mat-sys-outline-variant);
      list-style: none;
    }
    li {
      position: relative;
      padding: 0 0 12px;
    }
    li::before {
      content: '';
      position: absolute;
      left: -27px;
      top: 4px;
      width: 12px;
      height: 12px;
      border-radius: 50%;
      background: var(--mat-sys-primary);
    }
    .what {
      display: block;
    }
    .when {
      font: var(--mat-sys-body-small);
      color: var(--mat-sys-on-surface-variant);
    }
    blockquote {
      margin: 4px 0 0;
      padding: 8px 12px;
      border-radius: var(--mat-sys-corner-small);
      background: var(--mat-sys-surface-container);
      white-space: pre-wrap;
    }
  `,
})
export class ProjectTimelineComponent {
  readonly events = input.required<readonly ProjectEvent[]>();
  /** The programme's zone: the dates are shown in it. */
  readonly timeZone = input.required<string>();
}
