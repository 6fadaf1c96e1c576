import { ChangeDetectionStrategy, Component, computed, inject, input, output } from '@angular/core';
import { MatIconModule } from '@angular/material/icon';
import { RouterLink } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import { type Session } from '../../core/api/types';
import { DateFormatService } from '../../core/i18n/date-format.service';
import { type CalendarDay, chunkWeeks, itemsOfDay } from '../calendar-grid';
import { KIND_ICONS } from '../session-kinds';
import { type IsoDate, addDays, formatIsoDate } from '../zoned-time';

/** The month as a table of weeks; each day lists its sessions (time and title). */
@Component({
  selector: 'cq-month-view',
  imports: [RouterLink, MatIconModule, TranslocoPipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <div class="scroller">
      <table class="month">
        <thead>
          <tr>
            @for (name of weekdayNames(); track $index) {
              <th scope="col">
                <abbr [attr.title]="name.long">{{ name.short }}</abbr>
              </th>
            }
          </tr>
        </thead>
        <tbody>
          @for (week of weeks(); track week[0].day.date) {
            <tr>
              @for (cell of week; track cell.day.date) {
                <td [class.outside]="!cell.day.inPeriod" [class.today]="cell.day.today">
                  <button
                    type="button"
                    class="day-number"
                    [attr.aria-label]="
                      'scheduling.calendar.openWeek' | transloco: { date: cell.label }
                    "
                    [attr.aria-current]="cell.day.today ? 'date' : null"
                    (click)="openWeek.emit(cell.day.date)"
                  >
                    {{ cell.number }}
                  </button>
                  @if (cell.items.length > 0) {
                    <ul [attr.aria-label]="cell.label">
                      @for (session of cell.items; track session.id) {
                        <li>
                          <a
                            class="event kind-{{ session.kind }}"
                            [class.cancelled]="session.status === 'cancelled'"
                            [routerLink]="[area(), 'sessions', session.id]"
                          >
                            <mat-icon aria-hidden="true">{{ icons[session.kind] }}</mat-icon>
                            <span class="time">{{ startOf(session) }}</span>
                            <span class="title">{{ session.title }}</span>
                            <span class="cq-visually-hidden">
                              , {{ 'scheduling.kind.' + session.kind | transloco }}
                              @if (session.status === 'cancelled') {
                                , {{ 'scheduling.status.cancelled' | transloco }}
                              }
                            </span>
                          </a>
                        </li>
                      }
                    </ul>
                  }
                </td>
              }
            </tr>
          }
        </tbody>
      </table>
    </div>
  `,
  styleUrl: './month-view.component.scss',
})
export class MonthViewComponent {
  readonly days = input.required<CalendarDay[]>();
  readonly sessions = input.required<Session[]>();
  readonly timeZone = input.required<string>();
  readonly locale = input.required<string>();
  private readonly dates = inject(DateFormatService);
  readonly area = input.required<string>();
  readonly openWeek = output<IsoDate>();

  protected readonly icons = KIND_ICONS;

  protected readonly weekdayNames = computed(() => {
    const monday = this.days()[0].date;
    return Array.from({ length: 7 }, (_, i) => {
      const date = addDays(monday, i);
      return {
        short: formatIsoDate(date, this.locale(), { weekday: 'short' }),
        long: formatIsoDate(date, this.locale(), { weekday: 'long' }),
      };
    });
  });

  protected readonly weeks = computed(() => {
    const locale = this.locale();
    const sessions = this.sessions();
    return chunkWeeks(
      this.days().map((day) => ({
        day,
        number: formatIsoDate(day.date, locale, { day: 'numeric' }),
        label: formatIsoDate(day.date, locale),
        items: itemsOfDay(sessions, day),
      })),
    );
  });

  protected startOf(session: Session): string {
    return this.dates.format(session.startsAt, 'time', session.timeZone);
  }
}
