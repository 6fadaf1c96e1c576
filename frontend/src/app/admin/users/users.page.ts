import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatDialog } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatMenuModule } from '@angular/material/menu';
import { MatSelectModule } from '@angular/material/select';
import { MatSnackBar } from '@angular/material/snack-bar';
import { MatSortModule } from '@angular/material/sort';
import { MatTableModule } from '@angular/material/table';
import { MatTooltipModule } from '@angular/material/tooltip';
import { TranslocoPipe, TranslocoService } from '@jsverse/transloco';
import { type Observable, filter, map, of } from 'rxjs';
import { toProblem } from '../../core/api/problem';
import { type Role, type UserSort, type UserSummary } from '../../core/api/types';
import { UsersApiService } from '../../core/api/users-api.service';
import { AuthService } from '../../core/auth/auth.service';
import { ErrorMessagesService } from '../../core/errors/error-messages.service';
import {
  ConfirmDialogComponent,
  type ConfirmDialogData,
} from '../../shared/confirm-dialog.component';
import { ListFrameComponent } from '../../shared/list/list-frame.component';
import { ListSearchComponent } from '../../shared/list/list-search.component';
import { DateFormatPipe } from '../../core/i18n/date-format.pipe';
import { PagedList } from '../../shared/paged-list';
import { NewUserDialogComponent } from './new-user-dialog.component';
import {
  PasswordLinkDialogComponent,
  type PasswordLinkDialogData,
} from './password-link-dialog.component';

interface UserFilters {
  role?: Role;
}

/** Admin: users with server-side paging, sorting and search; create and manage accounts. */
@Component({
  selector: 'cq-users-page',
  imports: [
    MatButtonModule,
    MatFormFieldModule,
    MatIconModule,
    MatMenuModule,
    MatSelectModule,
    MatSortModule,
    MatTableModule,
    MatTooltipModule,
    TranslocoPipe,
    ListFrameComponent,
    ListSearchComponent,
    DateFormatPipe,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './users.page.html',
  styleUrls: ['../../shared/list-page.scss', './users.page.scss'],
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
  /** Ids of rows with an action under way. */
  protected readonly busy = signal<ReadonlySet<string>>(new Set());

  protected readonly list = new PagedList<UserSummary, UserSort, UserFilters>({
    sortable: ['displayName', 'email', 'role', 'createdAt'],
    initialSort: { active: 'displayName', direction: 'asc' },
    filters: {},
    load: (query) => this.api.list(query),
  });

  protected onRoleFilter(role: Role | ''): void {
    this.list.setFilters({ role: role || undefined });
  }

  protected openNewUser(): void {
    this.dialog
      .open(NewUserDialogComponent, { width: '520px', maxWidth: 'calc(100vw - 32px)' })
      .afterClosed()
      .subscribe(() => this.list.reload());
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
        this.list.replace((u) => u.id === updated.id, updated);
        this.notify(activate ? 'users.activated' : 'users.deactivated', {
          name: updated.displayName,
        });
      }),
    );
  }

  protected newPasswordLink(user: UserSummary): void {
    this.runRowAction(
      user,
      this.api.createPasswordLink(user.id),
      ({ setPasswordUrl, mailedTo }) => {
        this.dialog.open<PasswordLinkDialogComponent, PasswordLinkDialogData>(
          PasswordLinkDialogComponent,
          {
            width: '520px',
            maxWidth: 'calc(100vw - 32px)',
            data: { displayName: user.displayName, setPasswordUrl, mailedTo },
          },
        );
      },
    );
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
