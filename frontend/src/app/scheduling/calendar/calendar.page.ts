import { BreakpointObserver } from '@angular/cdk/layout';
import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { toObservable, toSignal } from '@angular/core/rxjs-interop';
import { MatButtonModule } from '@angular/material/button';
import { MatButtonToggleModule } from '@angular/material/button-toggle';
import { MatDialog } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatSelectModule } from '@angular/material/select';
import { MatTooltipModule } from '@angular/material/tooltip';
import { ActivatedRoute, Router, RouterLink } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import { type Observable, catchError, map, of, startWith, switchMap } from 'rxjs';
import { CohortsApiService } from '../../core/api/cohorts-api.service';
import { toProblem } from '../../core/api/problem';
import { ProgrammesApiService } from '../../core/api/programmes-api.service';
import { RoomsApiService } from '../../core/api/rooms-api.service';
import { SessionsApiService } from '../../core/api/sessions-api.service';
import { SpeakersApiService } from '../../core/api/speakers-api.service';
import { type Problem, type Session, type SessionKind } from '../../core/api/types';
import { AuthService } from '../../core/auth/auth.service';
import { DateFormatService } from '../../core/i18n/date-format.service';
import { LanguageService } from '../../core/i18n/language.service';
import {
  CALENDAR_VIEWS,
  type CalendarView,
  courseDays,
  itemsOfDay,
  periodLabel,
  shiftAnchor,
  viewDays,
  viewRange,
} from '../calendar-grid';
import { ErrorMessagePipe } from '../../shared/error-message.pipe';
import { KIND_ICONS, SESSION_KINDS } from '../session-kinds';
import { SeriesDialogComponent } from '../series/series-dialog.component';
import { SubscribeDialogComponent } from '../subscribe/subscribe-dialog.component';
import { DEFAULT_TIME_ZONE, type IsoDate, isIsoDate, todayIn } from '../zoned-time';
import { AgendaViewComponent } from './agenda-view.component';
import { MonthViewComponent } from './month-view.component';
import { type CreateRequest, type SlotRequest, WeekViewComponent } from './week-view.component';
import { SlotDialogComponent, type SlotDialogData } from '../slots/slot-dialog.component';

type Load =
  | { state: 'loading' }
  | { state: 'ready'; items: Session[] }
  | { state: 'error'; problem: Problem };

const FILTERS = ['cohort', 'module', 'room', 'speaker'] as const;
type FilterName = (typeof FILTERS)[number];

const PICKER_SIZE = 200;

/** What a picker failed to load leaves empty: the calendar still works without the filter. */
function orEmpty<T>(source: Observable<T[]>): Observable<T[]> {
  return source.pipe(catchError(() => of([] as T[])));
}

/**
 * The calendar of every role: week, month and agenda (the default on a phone), moved by
 * period, filtered by cohort, module, room and speaker. The view, date and filters live in the
 * query string, so that "back" from a session returns to the same place.
 */
@Component({
  selector: 'cq-calendar-page',
  imports: [
    RouterLink,
    MatButtonModule,
    MatButtonToggleModule,
    MatFormFieldModule,
    MatIconModule,
    MatProgressBarModule,
    MatSelectModule,
    MatTooltipModule,
    TranslocoPipe,
    ErrorMessagePipe,
    AgendaViewComponent,
    MonthViewComponent,
    WeekViewComponent,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './calendar.page.html',
  styleUrl: './calendar.page.scss',
})
export class CalendarPage {
  private readonly route = inject(ActivatedRoute);
  private readonly router = inject(Router);
  private readonly dialog = inject(MatDialog);
  private readonly sessions = inject(SessionsApiService);
  private readonly programmes = inject(ProgrammesApiService);
  private readonly roomsApi = inject(RoomsApiService);
  private readonly speakersApi = inject(SpeakersApiService);
  private readonly auth = inject(AuthService);
  protected readonly language = inject(LanguageService);
  protected readonly dates = inject(DateFormatService);

  protected readonly views = CALENDAR_VIEWS;
  /** The legend: every kind, the slots' break included. */
  protected readonly kinds: readonly SessionKind[] = [...SESSION_KINDS, 'break'];
  protected readonly kindIcons = KIND_ICONS;
  protected readonly timeZone = DEFAULT_TIME_ZONE;
  protected readonly today = todayIn(DEFAULT_TIME_ZONE);

  protected readonly planner = computed(() => {
    const role = this.auth.role();
    return role === 'admin' || role === 'instructor';
  });
  /** `/admin`, `/instructor` or `/student`: where the session pages are. */
  protected readonly area = computed(() => `/${this.auth.role() ?? 'student'}`);

  private readonly handset = inject(BreakpointObserver).isMatched('(max-width: 599.98px)');
  private readonly params = toSignal(this.route.queryParamMap, {
    initialValue: this.route.snapshot.queryParamMap,
  });

  protected readonly view = computed<CalendarView>(() => {
    const view = this.params().get('view');
    return CALENDAR_VIEWS.find((v) => v === view) ?? (this.handset ? 'agenda' : 'week');
  });
  protected readonly anchor = computed<IsoDate>(() => {
    const date = this.params().get('date');
    return isIsoDate(date) ? date : this.today;
  });
  protected readonly filter = computed<Record<FilterName, string>>(() => {
    const params = this.params();
    return {
      cohort: params.get('cohort') ?? '',
      module: params.get('module') ?? '',
      room: params.get('room') ?? '',
      speaker: params.get('speaker') ?? '',
    };
  });

  protected readonly days = computed(() =>
    viewDays(this.view(), this.anchor(), this.timeZone, this.today),
  );
  /** The course-days view: the days it shows, and where its arrows go. */
  protected readonly course = computed(() => courseDays(this.items(), this.days(), this.anchor()));
  /** The grid's days: the week, or the course days. */
  protected readonly gridDays = computed(() =>
    this.view() === 'days' ? this.course().shown : this.days(),
  );
  /** The course-days view found no session within its reach. */
  protected readonly courseless = computed(() => {
    if (this.view() !== 'days' || this.load().state !== 'ready') return false;
    const [day] = this.course().shown;
    return !day || itemsOfDay(this.items(), day).length === 0;
  });
  protected readonly period = computed(() =>
    periodLabel(this.view(), this.gridDays(), this.dates.locale(this.timeZone)),
  );

  private readonly reloads = signal(0);
  private readonly query = computed(() => {
    const { from, to } = viewRange(this.days());
    const filter = this.filter();
    this.reloads();
    return {
      from: from.toISOString(),
      to: to.toISOString(),
      cohortId: filter.cohort || undefined,
      moduleId: filter.module || undefined,
      roomId: filter.room || undefined,
      speakerId: filter.speaker || undefined,
    };
  });

  protected readonly load = toSignal(
    toObservable(this.query).pipe(
      switchMap((query) =>
        this.sessions.list(query).pipe(
          map((list): Load => ({ state: 'ready', items: list.items })),
          catchError((error: unknown) => of<Load>({ state: 'error', problem: toProblem(error) })),
          startWith<Load>({ state: 'loading' }),
        ),
      ),
    ),
    { initialValue: { state: 'loading' } as Load },
  );
  private lastItems: Session[] = [];
  /** The sessions shown: the previous period's stay while the next one loads. */
  protected readonly items = computed(() => {
    const load = this.load();
    if (load.state === 'ready') this.lastItems = load.items;
    return load.state === 'error' ? [] : this.lastItems;
  });

  protected readonly cohorts = toSignal(
    orEmpty(
      inject(CohortsApiService)
        .list({ page: 1, size: 100, sort: '-startsOn' })
        .pipe(map((page) => page.items)),
    ),
    { initialValue: [] },
  );
  private readonly programmeId = computed(() => {
    const cohorts = this.cohorts();
    const chosen = cohorts.find((c) => c.id === this.filter().cohort);
    return (chosen ?? (cohorts.length === 1 ? cohorts[0] : null))?.programme.id ?? null;
  });
  protected readonly modules = toSignal(
    toObservable(this.programmeId).pipe(
      switchMap((id) =>
        id
          ? orEmpty(
              this.programmes.get(id).pipe(map((p) => p.modules.filter((m) => !m.archivedAt))),
            )
          : of([]),
      ),
    ),
    { initialValue: [] },
  );
  protected readonly rooms = toSignal(
    toObservable(this.planner).pipe(
      switchMap((planner) =>
        planner
          ? orEmpty(
              this.roomsApi
                .list({ page: 1, size: PICKER_SIZE, sort: 'name' })
                .pipe(map((page) => page.items)),
            )
          : of([]),
      ),
    ),
    { initialValue: [] },
  );
  protected readonly speakers = toSignal(
    toObservable(this.planner).pipe(
      switchMap((planner) =>
        planner
          ? orEmpty(
              this.speakersApi
                .list({ page: 1, size: PICKER_SIZE, sort: 'fullName' })
                .pipe(map((page) => page.items)),
            )
          : of([]),
      ),
    ),
    { initialValue: [] },
  );
  /** The chosen filters' names (null: "all"), shown in the select triggers. */
  protected readonly cohortLabel = computed(
    () => this.cohorts().find((c) => c.id === this.filter().cohort)?.name ?? null,
  );
  protected readonly moduleLabel = computed(() => {
    const module = this.modules().find((m) => m.id === this.filter().module);
    return module ? `${module.code} · ${module.title}` : null;
  });
  protected readonly roomLabel = computed(
    () => this.rooms().find((r) => r.id === this.filter().room)?.name ?? null,
  );
  protected readonly speakerLabel = computed(
    () => this.speakers().find((s) => s.id === this.filter().speaker)?.fullName ?? null,
  );

  protected readonly filtered = computed(() => FILTERS.some((f) => this.filter()[f] !== ''));

  protected setView(view: CalendarView): void {
    this.navigate({ view });
  }

  protected move(step: number): void {
    if (this.view() === 'days' && this.load().state === 'ready') {
      this.navigate({ date: step > 0 ? this.course().next : this.course().previous });
      return;
    }
    this.navigate({ date: shiftAnchor(this.view(), this.anchor(), step) });
  }

  protected goToday(): void {
    this.navigate({ date: null });
  }

  /** Month view: a day's number opens its week. */
  protected openWeek(date: IsoDate): void {
    this.navigate({ view: 'week', date });
  }

  protected setFilter(name: FilterName, value: string): void {
    // A module belongs to one programme: changing the cohort clears it.
    this.navigate(
      name === 'cohort' ? { cohort: value || null, module: null } : { [name]: value || null },
    );
  }

  protected clearFilters(): void {
    this.navigate({ cohort: null, module: null, room: null, speaker: null });
  }

  protected reload(): void {
    this.reloads.update((n) => n + 1);
  }

  protected openSeries(): void {
    this.dialog
      .open(SeriesDialogComponent, {
        data: { cohortId: this.filter().cohort || null, date: this.anchor() },
        width: '720px',
        maxWidth: 'calc(100vw - 24px)',
        autoFocus: 'first-tabbable',
      })
      .afterClosed()
      .subscribe((created) => {
        if (created) this.reload();
      });
  }

  /** A click or a drag on a free time of the week: the new session's form, prefilled. */
  protected createAt(at: CreateRequest): void {
    void this.router.navigate([this.area(), 'sessions', 'new'], {
      queryParams: {
        date: at.date,
        start: at.startTime,
        end: at.endTime,
        cohort: this.filter().cohort || null,
      },
    });
  }

  /** A click or a drag inside a course day: a slot there. */
  protected addSlotAt(at: SlotRequest): void {
    this.dialog
      .open<SlotDialogComponent, SlotDialogData, Session>(SlotDialogComponent, {
        data: { day: at.day, startTime: at.startTime, endTime: at.endTime },
        width: '640px',
        maxWidth: 'calc(100vw - 24px)',
      })
      .afterClosed()
      .subscribe((slot) => {
        if (slot) this.reload();
      });
  }

  protected openSubscribe(): void {
    this.dialog.open(SubscribeDialogComponent, {
      data: { cohorts: this.cohorts(), planner: this.planner() },
      width: '640px',
      maxWidth: 'calc(100vw - 24px)',
    });
  }

  private navigate(params: Record<string, string | null>): void {
    void this.router.navigate([], {
      relativeTo: this.route,
      queryParams: params,
      queryParamsHandling: 'merge',
      replaceUrl: true,
    });
  }
}
