import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import { MatIconModule } from '@angular/material/icon';
import { RouterLink } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import { type Session } from '../../core/api/types';
import { DateFormatService } from '../../core/i18n/date-format.service';
import { type CalendarDay, hourWindow, layoutDay, weekColumns } from '../calendar-grid';
import { KIND_ICONS } from '../session-kinds';
import { formatIsoDate } from '../zoned-time';

/**
 * The week on a time grid: a column per weekday, and per weekend day that has a session;
 * overlapping sessions side by side.
 */
@Component({
  selector: 'cq-week-view',
  imports: [RouterLink, MatIconModule, TranslocoPipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <div class="scroller">
      <div class="week" [style.--hours]="hours().length" [style.--days]="columns().length">
        <div class="corner" aria-hidden="true"></div>
        @for (column of columns(); track column.day.date) {
          <div class="day-head" [class.today]="column.day.today" aria-hidden="true">
            <span class="weekday">{{ column.weekday }}</span>
            <span class="date">{{ column.dayNumber }}</span>
          </div>
        }
        <div class="axis" aria-hidden="true">
          @for (hour of hours(); track hour.value) {
            <div class="hour">{{ hour.label }}</div>
          }
        </div>
        @for (column of columns(); track column.day.date) {
          <section class="day" [class.today]="column.day.today" [attr.aria-label]="column.label">
            @for (line of hours(); track line.value) {
              <div class="line" aria-hidden="true"></div>
            }
            <ul>
              @for (placed of column.placed; track placed.item.id) {
                <li
                  [style.top.%]="placed.top * 100"
                  [style.height.%]="placed.height * 100"
                  [style.left.%]="(placed.column / placed.columns) * 100"
                  [style.width.%]="100 / placed.columns"
                >
                  <a
                    class="event kind-{{ placed.item.kind }}"
                    [class.cancelled]="placed.item.status === 'cancelled'"
                    [routerLink]="[area(), 'sessions', placed.item.id]"
                  >
                    <span class="time">{{ timeOf(placed.item) }}</span>
                    <span class="title">
                      <mat-icon aria-hidden="true">{{ icons[placed.item.kind] }}</mat-icon>
                      {{ placed.item.title }}
                    </span>
                    <span class="cq-visually-hidden">
                      , {{ 'scheduling.kind.' + placed.item.kind | transloco }}
                      @if (placed.item.status === 'cancelled') {
                        , {{ 'scheduling.status.cancelled' | transloco }}
                      }
                    </span>
                    @if (placed.item.room) {
                      <span class="place">{{ placed.item.room.name }}</span>
                    } @else if (placed.item.onlineUrl) {
                      <span class="place">{{ 'scheduling.session.online' | transloco }}</span>
                    }
                  </a>
                </li>
              }
            </ul>
          </section>
        }
      </div>
    </div>
  `,
  styleUrl: './week-view.component.scss',
})
export class WeekViewComponent {
  readonly days = input.required<CalendarDay[]>();
  readonly sessions = input.required<Session[]>();
  readonly timeZone = input.required<string>();
  readonly locale = input.required<string>();
  private readonly dates = inject(DateFormatService);
  readonly area = input.required<string>();

  protected readonly icons = KIND_ICONS;

  /** The days shown: the weekend only where it has sessions. */
  private readonly shown = computed(() => weekColumns(this.days(), this.sessions()));

  private readonly window = computed(() =>
    hourWindow(this.sessions(), this.shown(), this.timeZone()),
  );

  protected readonly hours = computed(() => {
    const { start, end } = this.window();
    const format = new Intl.DateTimeFormat(this.locale(), {
      hour: 'numeric',
      minute: '2-digit',
      timeZone: 'UTC',
    });
    return Array.from({ length: end - start }, (_, i) => ({
      value: start + i,
      label: format.format(new Date(Date.UTC(2000, 0, 1, start + i))),
    }));
  });

  protected readonly columns = computed(() => {
    const locale = this.locale();
    return this.shown().map((day) => ({
      day,
      weekday: formatIsoDate(day.date, locale, { weekday: 'short' }),
      dayNumber: formatIsoDate(day.date, locale, { day: 'numeric', month: 'short' }),
      label: formatIsoDate(day.date, locale),
      placed: layoutDay(this.sessions(), day, this.timeZone(), this.window()),
    }));
  });

  protected timeOf(session: Session): string {
    return this.dates.timeRange(session.startsAt, session.endsAt, session.timeZone);
  }
}
