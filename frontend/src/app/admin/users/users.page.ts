import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { takeUntilDestroyed, toObservable } from '@angular/core/rxjs-interop';
import { FormControl, ReactiveFormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatDialog } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';
import { MatMenuModule } from '@angular/material/menu';
import { type PageEvent, MatPaginatorModule } from '@angular/material/paginator';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatSelectModule } from '@angular/material/select';
import { MatSnackBar } from '@angular/material/snack-bar';
import { type Sort, MatSortModule } from '@angular/material/sort';
import { MatTableModule } from '@angular/material/table';
import { MatTooltipModule } from '@angular/material/tooltip';
import { TranslocoPipe, TranslocoService } from '@jsverse/transloco';
import {
  type Observable,
  catchError,
  debounceTime,
  distinctUntilChanged,
  filter,
  map,
  of,
  switchMap,
  tap,
} from 'rxjs';
import { toProblem } from '../../core/api/problem';
import { type Page, type Problem, type Role, type UserSummary } from '../../core/api/types';
import { UsersApiService } from '../../core/api/users-api.service';
import { AuthService } from '../../core/auth/auth.service';
import { ErrorMessagesService } from '../../core/errors/error-messages.service';
import {
  ConfirmDialogComponent,
  type ConfirmDialogData,
} from '../../shared/confirm-dialog.component';
import { ErrorMessagePipe } from '../../shared/error-message.pipe';
import { LocaleDatePipe } from '../../shared/locale-date.pipe';
import { NewUserDialogComponent } from './new-user-dialog.component';
import {
  PasswordLinkDialogComponent,
  type PasswordLinkDialogData,
} from './password-link-dialog.component';
import { toSortParam } from './user-sort';

type ListResult = { ok: true; page: Page<UserSummary> } | { ok: false; problem: Problem };

const SEARCH_DEBOUNCE_MS = 300;

/** Admin: users with server-side paging, sorting and search; create and manage accounts. */
@Component({
  selector: 'cq-users-page',
  imports: [
    ReactiveFormsModule,
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
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './users.page.html',
  styleUrl: './users.page.scss',
})
export class UsersPage {
  private readonly api = inject(UsersApiService);
  private readonly dialog = inject(MatDialog);
  private readonly snackBar = inject(MatSnackBar);
  private readonly transloco = inject(TranslocoService);
  private readonly errorMessages = inject(ErrorMessagesService);
  protected readonly auth = inject(AuthService);

  protected readonly columns = ['displayName', 'email', 'role', 'status', 'createdAt', 'actions'];
  protected readonly roles: readonly Role[] = ['admin', 'instructor', 'student'];
  protected readonly pageSizes = [10, 25, 50, 100];

  protected readonly searchControl = new FormControl('', { nonNullable: true });
  protected readonly pageIndex = signal(0);
  protected readonly pageSize = signal(25);
  protected readonly sort = signal<Sort>({ active: 'displayName', direction: 'asc' });
  private readonly search = signal('');
  protected readonly roleFilter = signal<Role | ''>('');
  private readonly reloads = signal(0);

  protected readonly loading = signal(true);
  protected readonly listProblem = signal<Problem | null>(null);
  protected readonly items = signal<UserSummary[]>([]);
  protected readonly total = signal(0);
  /** Ids of rows with an action under way. */
  protected readonly busy = signal<ReadonlySet<string>>(new Set());

  private readonly query = computed(() => ({
    page: this.pageIndex() + 1,
    size: this.pageSize(),
    sort: toSortParam(this.sort()),
    q: this.search() || undefined,
    role: this.roleFilter() || undefined,
    reload: this.reloads(),
  }));

  constructor() {
    this.searchControl.valueChanges
      .pipe(
        map((value) => value.trim()),
        debounceTime(SEARCH_DEBOUNCE_MS),
        distinctUntilChanged(),
        takeUntilDestroyed(),
      )
      .subscribe((q) => {
        this.search.set(q);
        this.pageIndex.set(0);
      });

    toObservable(this.query)
      .pipe(
        tap(() => this.loading.set(true)),
        switchMap(({ reload: _reload, ...query }) =>
          this.api.list(query).pipe(
            map((page): ListResult => ({ ok: true, page })),
            catchError((error: unknown) =>
              of<ListResult>({ ok: false, problem: toProblem(error) }),
            ),
          ),
        ),
        takeUntilDestroyed(),
      )
      .subscribe((result) => {
        this.loading.set(false);
        if (result.ok) {
          this.listProblem.set(null);
          this.items.set(result.page.items);
          this.total.set(result.page.total);
        } else {
          this.listProblem.set(result.problem);
        }
      });
  }

  protected onPage(event: PageEvent): void {
    this.pageSize.set(event.pageSize);
    this.pageIndex.set(event.pageIndex);
  }

  protected onSort(sort: Sort): void {
    this.sort.set(sort);
    this.pageIndex.set(0);
  }

  protected onRoleFilter(role: Role | ''): void {
    this.roleFilter.set(role);
    this.pageIndex.set(0);
  }

  protected clearSearch(): void {
    this.searchControl.setValue('');
  }

  protected reload(): void {
    this.reloads.update((n) => n + 1);
  }

  protected openNewUser(): void {
    this.dialog
      .open(NewUserDialogComponent, { width: '520px', maxWidth: 'calc(100vw - 32px)' })
      .afterClosed()
      .subscribe(() => this.reload());
  }

  protected toggleActive(user: UserSummary): void {
    const activate = !user.active;
    const confirmation: Observable<boolean> = activate
      ? of(true)
      : this.confirm({
          title: 'users.deactivate.title',
          message: 'users.deactivate.message',
          confirm: 'users.deactivate.confirm',
          params: { name: user.displayName },
        });
    confirmation.pipe(filter(Boolean)).subscribe(() =>
      this.runRowAction(user, this.api.update(user.id, { active: activate }), (updated) => {
        this.items.update((items) => items.map((u) => (u.id === updated.id ? updated : u)));
        this.notify(activate ? 'users.activated' : 'users.deactivated', {
          name: updated.displayName,
        });
      }),
    );
  }

  protected newPasswordLink(user: UserSummary): void {
    this.runRowAction(user, this.api.createPasswordLink(user.id), ({ setPasswordUrl }) => {
      this.dialog.open<PasswordLinkDialogComponent, PasswordLinkDialogData>(
        PasswordLinkDialogComponent,
        {
          width: '520px',
          maxWidth: 'calc(100vw - 32px)',
          data: { displayName: user.displayName, setPasswordUrl },
        },
      );
    });
  }

  protected revokeSessions(user: UserSummary): void {
    this.confirm({
      title: 'users.revoke.title',
      message: 'users.revoke.message',
      confirm: 'users.revoke.confirm',
      params: { name: user.displayName },
    })
      .pipe(filter(Boolean))
      .subscribe(() =>
        this.runRowAction(user, this.api.revokeSessions(user.id), () =>
          this.notify('users.revoked', { name: user.displayName }),
        ),
      );
  }

  private confirm(data: ConfirmDialogData): Observable<boolean> {
    return this.dialog
      .open<ConfirmDialogComponent, ConfirmDialogData, boolean>(ConfirmDialogComponent, { data })
      .afterClosed()
      .pipe(map((result) => result === true));
  }

  private runRowAction<T>(
    user: UserSummary,
    action: Observable<T>,
    done: (value: T) => void,
  ): void {
    this.setBusy(user.id, true);
    action.subscribe({
      next: (value) => {
        this.setBusy(user.id, false);
        done(value);
      },
      error: (error: unknown) => {
        this.setBusy(user.id, false);
        this.snackBar.open(
          this.errorMessages.problem(toProblem(error)),
          this.transloco.translate('common.close'),
          {
            duration: 8000,
          },
        );
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

  private notify(key: string, params: Record<string, unknown>): void {
    this.snackBar.open(this.transloco.translate(key, params), undefined, { duration: 4000 });
  }
}
