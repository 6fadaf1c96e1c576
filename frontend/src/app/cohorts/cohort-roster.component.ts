import {
  ChangeDetectionStrategy,
  Component,
  computed,
  inject,
  input,
  output,
  signal,
} from '@angular/core';
import { ReactiveFormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatDialog } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';
import { MatMenuModule } from '@angular/material/menu';
import { MatPaginatorModule } from '@angular/material/paginator';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatSelectModule } from '@angular/material/select';
import { MatSortModule } from '@angular/material/sort';
import { MatTableModule } from '@angular/material/table';
import { RouterLink } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import { toObservable, toSignal } from '@angular/core/rxjs-interop';
import { type Observable, catchError, filter, map, of, switchMap } from 'rxjs';
import {
  PasswordLinkDialogComponent,
  type PasswordLinkDialogData,
} from '../admin/users/password-link-dialog.component';
import { CohortsApiService } from '../core/api/cohorts-api.service';
import {
  type Cohort,
  type CreatedEnrolment,
  type Enrolment,
  type EnrolmentSort,
  type EnrolmentStatus,
  type VeilleParticipationRow,
} from '../core/api/types';
import { UsersApiService } from '../core/api/users-api.service';
import { VeilleApiService } from '../core/api/veille-api.service';
import { DateFormatPipe } from '../core/i18n/date-format.pipe';
import { LanguageService } from '../core/i18n/language.service';
import { ErrorMessagePipe } from '../shared/error-message.pipe';
import { FeedbackService } from '../shared/feedback.service';
import { PAGE_SIZES, PagedList } from '../shared/paged-list';
import { COHORT_PROBLEMS } from './cohort-problems';
import { ENROLMENT_STATUSES } from './cohort-statuses';
import { EmployerDialogComponent, type EmployerDialogData } from './employer-dialog.component';
import { EnrolDialogComponent, type EnrolDialogData } from './enrol-dialog.component';
import { WithdrawDialogComponent, type WithdrawDialogData } from './withdraw-dialog.component';

interface RosterFilters {
  status?: EnrolmentStatus;
}

const DIALOG_SIZE = { width: '560px', maxWidth: 'calc(100vw - 32px)' };

/**
 * The cohort page's roster: searched, filtered, sorted and paged enrolments. Admins enrol,
 * withdraw, change employers and hand out set-password links; instructors (`readOnly`) read
 * and export it.
 */
@Component({
  selector: 'cq-cohort-roster',
  imports: [
    ReactiveFormsModule,
    RouterLink,
    MatButtonModule,
    MatFormFieldModule,
    MatIconModule,
    MatInputModule,
    MatMenuModule,
    MatPaginatorModule,
    MatProgressBarModule,
    MatSelectModule,
    MatSortModule,
    MatTableModule,
    TranslocoPipe,
    ErrorMessagePipe,
    DateFormatPipe,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './cohort-roster.component.html',
  styleUrls: ['../shared/list-page.scss', './cohort-roster.component.scss'],
})
export class CohortRosterComponent {
  private readonly api = inject(CohortsApiService);
  private readonly usersApi = inject(UsersApiService);
  private readonly dialog = inject(MatDialog);
  private readonly feedback = inject(FeedbackService);
  private readonly language = inject(LanguageService);
  private readonly veilleApi = inject(VeilleApiService);

  readonly cohort = input.required<Cohort>();
  /** The instructor's view, without admin actions. */
  readonly readOnly = input(false);
  /** An enrolment was added or withdrawn: the cohort's counts changed. */
  readonly changed = output<void>();

  protected readonly busy = signal<ReadonlySet<string>>(new Set());
  protected readonly statuses = ENROLMENT_STATUSES;
  protected readonly pageSizes = PAGE_SIZES;

  protected readonly columns = computed(() =>
    this.readOnly()
      ? ['displayName', 'email', 'status', 'employer', 'veille', 'enrolledAt']
      : [
          'displayName',
          'email',
          'status',
          'employer',
          'veille',
          'password',
          'enrolledAt',
          'actions',
        ],
  );

  /**
   * Each student's veille over the cohort's dates, beside their name (one request for the whole
   * cohort, whatever the page); `null` while it loads or if it cannot be read.
   */
  protected readonly veille = toSignal(
    toObservable(this.cohort).pipe(
      switchMap((c) =>
        this.veilleApi.participation(c.id, c.startsOn, c.endsOn).pipe(
          map((p) => new Map(p.students.map((r) => [r.student.id, r] as const))),
          catchError(() => of(null)),
        ),
      ),
    ),
    { initialValue: null },
  );
  /** The participation page over the cohort's whole year. */
  protected readonly veilleLink = computed(() => ({
    path: [this.readOnly() ? '/instructor' : '/admin', 'veille', 'participation', this.cohort().id],
    query: { from: this.cohort().startsOn, to: this.cohort().endsOn },
  }));

  protected veilleOf(studentId: string): VeilleParticipationRow | undefined {
    return this.veille()?.get(studentId);
  }
  protected readonly rosterUrl = computed(() =>
    this.api.rosterUrl(this.cohort().id, this.language.lang()),
  );

  /** A new cohort makes a new component (the page shows none while it loads). */
  protected readonly roster = new PagedList<Enrolment, EnrolmentSort, RosterFilters>({
    sortable: ['displayName', 'email', 'status', 'enrolledAt', 'employer'],
    initialSort: { active: 'displayName', direction: 'asc' },
    pageSize: 50,
    filters: {},
    load: (query) => this.api.enrolments(this.cohort().id, query),
  });

  protected filterStatus(status: EnrolmentStatus | ''): void {
    this.roster.setFilters({ status: status || undefined });
  }

  protected enrol(): void {
    this.dialog
      .open<EnrolDialogComponent, EnrolDialogData, CreatedEnrolment>(EnrolDialogComponent, {
        ...DIALOG_SIZE,
        data: { cohort: this.cohort() },
      })
      .afterClosed()
      .pipe(filter(Boolean))
      .subscribe(() => {
        this.roster.reload();
        this.changed.emit();
      });
  }

  protected withdraw(enrolment: Enrolment): void {
    this.dialog
      .open<WithdrawDialogComponent, WithdrawDialogData, Enrolment>(WithdrawDialogComponent, {
        ...DIALOG_SIZE,
        data: { enrolment },
      })
      .afterClosed()
      .pipe(filter(Boolean))
      .subscribe((updated) => {
        this.roster.replace((e) => e.id === updated.id, updated);
        this.feedback.notify('cohorts.withdraw.done', { name: updated.student.displayName });
        this.changed.emit();
      });
  }

  protected changeEmployer(enrolment: Enrolment): void {
    this.dialog
      .open<EmployerDialogComponent, EmployerDialogData, Enrolment>(EmployerDialogComponent, {
        ...DIALOG_SIZE,
        data: { enrolment },
      })
      .afterClosed()
      .pipe(filter(Boolean))
      .subscribe((updated) => {
        this.roster.replace((e) => e.id === updated.id, updated);
        this.feedback.notify('cohorts.employer.saved', { name: updated.student.displayName });
      });
  }

  protected passwordLink(enrolment: Enrolment): void {
    const student = enrolment.student;
    this.runRowAction(
      enrolment,
      this.usersApi.createPasswordLink(student.id),
      ({ setPasswordUrl, mailedTo }) =>
        this.dialog.open<PasswordLinkDialogComponent, PasswordLinkDialogData>(
          PasswordLinkDialogComponent,
          { ...DIALOG_SIZE, data: { displayName: student.displayName, setPasswordUrl, mailedTo } },
        ),
    );
  }

  private runRowAction<T>(
    enrolment: Enrolment,
    action: Observable<T>,
    done: (value: T) => void,
  ): void {
    this.setBusy(enrolment.id, true);
    action.subscribe({
      next: (value) => {
        this.setBusy(enrolment.id, false);
        done(value);
      },
      error: (error: unknown) => {
        this.setBusy(enrolment.id, false);
        this.feedback.error(error, COHORT_PROBLEMS);
      },
    });
  }

  private setBusy(id: string, busy: boolean): void {
    this.busy.update((ids) => {
      const next = new Set(ids);
      if (busy) next.add(id);
      else next.delete(id);
      return next;
    });
  }
}
