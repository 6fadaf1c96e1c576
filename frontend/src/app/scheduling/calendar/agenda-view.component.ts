import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import { MatIconModule } from '@angular/material/icon';
import { RouterLink } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import { type Session } from '../../core/api/types';
import { DateFormatService } from '../../core/i18n/date-format.service';
import { type CalendarDay, itemsOfDay } from '../calendar-grid';
import { KIND_ICONS } from '../session-kinds';
import { visibleSpeakers } from '../session-text';
import { formatIsoDate } from '../zoned-time';
import { splitSlots } from './week-edits';

/** The sessions as a list, day by day, each course day with its slots: the phone's calendar. */
@Component({
  selector: 'cq-agenda-view',
  imports: [RouterLink, MatIconModule, TranslocoPipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @for (group of groups(); track group.day.date) {
      <section class="day" [class.today]="group.day.today">
        <h3 class="day-title">
          {{ group.label }}
          @if (group.day.today) {
            <span class="today-badge">{{ 'scheduling.calendar.today' | transloco }}</span>
          }
        </h3>
        <ul>
          @for (entry of group.items; track entry.session.id) {
            @let session = entry.session;
            <li
              class="item kind-{{ session.kind }}"
              [class.cancelled]="session.status === 'cancelled'"
            >
              <span class="time">{{ timeOf(session) }}</span>
              <div class="body">
                <a class="title" [routerLink]="[area(), 'sessions', session.id]">
                  {{ session.title }}
                </a>
                <div class="meta">
                  <span class="kind">
                    <mat-icon aria-hidden="true">{{ icons[session.kind] }}</mat-icon>
                    {{ 'scheduling.kind.' + session.kind | transloco }}
                  </span>
                  @if (session.status === 'cancelled') {
                    <span class="cancelled-badge">{{
                      'scheduling.status.cancelled' | transloco
                    }}</span>
                  }
                  @if (session.room) {
                    <span>
                      <mat-icon aria-hidden="true">meeting_room</mat-icon>
                      {{ session.room.name }}
                    </span>
                  } @else if (session.onlineUrl) {
                    <span>
                      <mat-icon aria-hidden="true">videocam</mat-icon>
                      {{ 'scheduling.session.online' | transloco }}
                    </span>
                  }
                  <span>
                    <mat-icon aria-hidden="true">groups</mat-icon>
                    {{ session.cohort.name }}
                  </span>
                  @if (session.module) {
                    <span [attr.title]="session.module.title">
                      {{
                        'scheduling.calendar.moduleCode' | transloco: { code: session.module.code }
                      }}
                    </span>
                  }
                </div>
                @if (speakersOf(session); as speakers) {
                  <div class="speakers">
                    <mat-icon aria-hidden="true">record_voice_over</mat-icon>
                    {{ speakers }}
                  </div>
                }
                @if (entry.slots.length > 0) {
                  @let slots = entry.slots;
                  <ol class="slots" [attr.aria-label]="'scheduling.slots.agenda' | transloco">
                    @for (slot of slots; track slot.id) {
                      <li
                        class="slot kind-{{ slot.kind }}"
                        [class.cancelled]="slot.status === 'cancelled'"
                      >
                        <span class="time">{{ timeOf(slot) }}</span>
                        <span class="slot-body">
                          <mat-icon aria-hidden="true">{{ icons[slot.kind] }}</mat-icon>
                          <span class="cq-visually-hidden"
                            >{{ 'scheduling.kind.' + slot.kind | transloco }} :</span
                          >
                          <a [routerLink]="[area(), 'sessions', slot.id]">{{ slot.title }}</a>
                          @if (speakersOf(slot); as speakers) {
                            <span class="muted">· {{ speakers }}</span>
                          }
                          @if (slot.room && !slot.roomFromDay) {
                            <span class="muted">· {{ slot.room.name }}</span>
                          }
                          @if (slot.status === 'cancelled') {
                            <span class="cancelled-badge">{{
                              'scheduling.status.cancelled' | transloco
                            }}</span>
                          }
                        </span>
                      </li>
                    }
                  </ol>
                }
              </div>
            </li>
          }
        </ul>
      </section>
    } @empty {
      @if (!loading()) {
        <p class="empty">{{ 'scheduling.calendar.empty' | transloco }}</p>
      }
    }
  `,
  styleUrl: './agenda-view.component.scss',
})
export class AgendaViewComponent {
  readonly days = input.required<CalendarDay[]>();
  readonly sessions = input.required<Session[]>();
  readonly locale = input.required<string>();
  private readonly dates = inject(DateFormatService);
  readonly area = input.required<string>();
  readonly loading = input(false);

  protected readonly icons = KIND_ICONS;

  protected readonly groups = computed(() => {
    const locale = this.locale();
    const { days: sessions, slotsOf } = splitSlots(this.sessions());
    return this.days()
      .map((day) => ({
        day,
        label: formatIsoDate(day.date, locale),
        // A session that runs past midnight is listed on the day it begins.
        items: itemsOfDay(sessions, day)
          .filter((s) => new Date(s.startsAt) >= day.start)
          .map((session) => ({ session, slots: slotsOf.get(session.id) ?? [] })),
      }))
      .filter((group) => group.items.length > 0);
  });

  protected timeOf(session: Session): string {
    return this.dates.timeRange(session.startsAt, session.endsAt, session.timeZone);
  }

  protected speakersOf(session: Session): string {
    return visibleSpeakers(session)
      .map((s) => (s.organisation ? `${s.fullName} (${s.organisation})` : s.fullName))
      .join(', ');
  }
}
