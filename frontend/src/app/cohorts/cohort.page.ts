import {
  ChangeDetectionStrategy,
  Component,
  DestroyRef,
  computed,
  effect,
  inject,
  input,
  signal,
  untracked,
} from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
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
import { MatTooltipModule } from '@angular/material/tooltip';
import { Router, RouterLink } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import { EMPTY, type Observable, catchError, filter, switchMap } from 'rxjs';
import {
  PasswordLinkDialogComponent,
  type PasswordLinkDialogData,
} from '../admin/users/password-link-dialog.component';
import { CohortsApiService } from '../core/api/cohorts-api.service';
import { toProblem } from '../core/api/problem';
import {
  type Cohort,
  type CreatedEnrolment,
  type Enrolment,
  type EnrolmentSort,
  type EnrolmentStatus,
  type Problem,
} from '../core/api/types';
import { UsersApiService } from '../core/api/users-api.service';
import { LanguageService } from '../core/i18n/language.service';
import { ErrorMessagePipe } from '../shared/error-message.pipe';
import { FeedbackService } from '../shared/feedback.service';
import { LocaleDatePipe, LocaleNumberPipe } from '../shared/locale-date.pipe';
import { PAGE_SIZES, PagedList } from '../shared/paged-list';
import { CohortStatusComponent } from './cohort-status.component';
import { COHORT_PROBLEMS } from './cohort-problems';
import { ENROLMENT_STATUSES } from './cohort-statuses';
import { EmployerDialogComponent, type EmployerDialogData } from './employer-dialog.component';
import { EnrolDialogComponent, type EnrolDialogData } from './enrol-dialog.component';
import { WithdrawDialogComponent, type WithdrawDialogData } from './withdraw-dialog.component';

interface RosterFilters {
  status?: EnrolmentStatus;
}

type LoadState =
  { kind: 'loading' } | { kind: 'ready'; cohort: Cohort } | { kind: 'error'; problem: Problem };

const DIALOG_SIZE = { width: '560px', maxWidth: 'calc(100vw - 32px)' };

/**
 * A cohort and its roster. Admins (`/admin/cohorts/:id`) enrol, import, withdraw and edit;
 * instructors (`/instructor/cohorts/:id`, `readOnly`) read the roster and export it.
 */
@Component({
  selector: 'cq-cohort-page',
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
    MatTooltipModule,
    TranslocoPipe,
    ErrorMessagePipe,
    LocaleDatePipe,
    LocaleNumberPipe,
    CohortStatusComponent,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './cohort.page.html',
  styleUrls: ['../shared/list-page.scss', './cohort.page.scss'],
})
export class CohortPage {
  private readonly api = inject(CohortsApiService);
  private readonly usersApi = inject(UsersApiService);
  private readonly dialog = inject(MatDialog);
  private readonly feedback = inject(FeedbackService);
  private readonly router = inject(Router);
  private readonly language = inject(LanguageService);
  private readonly destroyRef = inject(DestroyRef);

  readonly id = input.required<string>();
  /** Route data: the instructor's view, without admin actions. */
  readonly readOnly = input(false);

  protected readonly state = signal<LoadState>({ kind: 'loading' });
  protected readonly busy = signal<ReadonlySet<string>>(new Set());
  protected readonly statuses = ENROLMENT_STATUSES;
  protected readonly pageSizes = PAGE_SIZES;

  protected readonly cohort = computed(() => {
    const state = this.state();
    return state.kind === 'ready' ? state.cohort : null;
  });
  protected readonly columns = computed(() =>
    this.readOnly()
      ? ['displayName', 'email', 'status', 'employer', 'enrolledAt']
      : ['displayName', 'email', 'status', 'employer', 'password', 'enrolledAt', 'actions'],
  );
  protected readonly rosterUrl = computed(() =>
    this.api.rosterUrl(this.id(), this.language.lang()),
  );
  protected readonly backLink = computed(() =>
    this.readOnly() ? '/instructor' : '/admin/cohorts',
  );

  protected readonly roster = new PagedList<Enrolment, EnrolmentSort, RosterFilters>({
    sortable: ['displayName', 'email', 'status', 'enrolledAt', 'employer'],
    initialSort: { active: 'displayName', direction: 'asc' },
    pageSize: 50,
    filters: {},
    load: (query) => this.api.enrolments(this.id(), query),
  });

  constructor() {
    let first = true;
    effect(() => {
      const id = this.id();
      untracked(() => {
        this.load(id);
        if (!first) this.roster.reload();
        first = false;
      });
    });
  }

  private load(id: string): void {
    this.api
      .get(id)
      .pipe(takeUntilDestroyed(this.destroyRef))
      .subscribe({
        next: (cohort) => this.state.set({ kind: 'ready', cohort }),
        error: (error: unknown) => this.state.set({ kind: 'error', problem: toProblem(error) }),
      });
  }

  protected filterStatus(status: EnrolmentStatus | ''): void {
    this.roster.setFilters({ status: status || undefined });
  }

  protected instructorNames(cohort: Cohort): string {
    return cohort.instructors.map((i) => i.displayName).join(', ');
  }

  protected enrol(cohort: Cohort): void {
    this.dialog
      .open<EnrolDialogComponent, EnrolDialogData, CreatedEnrolment>(EnrolDialogComponent, {
        ...DIALOG_SIZE,
        data: { cohort },
      })
      .afterClosed()
      .pipe(filter(Boolean))
      .subscribe(() => {
        this.roster.reload();
        this.load(cohort.id);
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
        this.load(this.id());
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
      ({ setPasswordUrl }) =>
        this.dialog.open<PasswordLinkDialogComponent, PasswordLinkDialogData>(
          PasswordLinkDialogComponent,
          { ...DIALOG_SIZE, data: { displayName: student.displayName, setPasswordUrl } },
        ),
    );
  }

  protected remove(cohort: Cohort): void {
    // Students enrolled: the API would refuse (409 `cohort.in_use`).
    if (cohort.studentCount > 0) {
      this.feedback.explain('cohorts.problem.inUse');
      return;
    }
    this.feedback
      .confirm({
        title: 'cohorts.delete.title',
        message: 'cohorts.delete.message',
        confirm: 'cohorts.delete.confirm',
        params: { name: cohort.name },
      })
      .pipe(
        filter(Boolean),
        switchMap(() =>
          this.api.remove(cohort.id).pipe(
            catchError((error: unknown) => {
              this.feedback.error(error, COHORT_PROBLEMS);
              return EMPTY;
            }),
          ),
        ),
      )
      .subscribe(() => {
        this.feedback.notify('cohorts.delete.done', { name: cohort.name });
        void this.router.navigate(['/admin/programmes', cohort.programme.id]);
      });
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
