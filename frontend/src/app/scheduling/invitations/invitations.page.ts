import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatSelectModule } from '@angular/material/select';
import { MatSlideToggleModule } from '@angular/material/slide-toggle';
import { MatTableModule } from '@angular/material/table';
import { RouterLink } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import { InvitationsApiService } from '../../core/api/invitations-api.service';
import { type Invitation, type InvitationStatus } from '../../core/api/types';
import { AuthService } from '../../core/auth/auth.service';
import { LanguageService } from '../../core/i18n/language.service';
import { PagedList } from '../../shared/paged-list';
import { ListFrameComponent } from '../../shared/list/list-frame.component';
import { ListSearchComponent } from '../../shared/list/list-search.component';
import {
  DEFAULT_INVITATION_FILTERS,
  INVITATION_STATUSES,
  type InvitationFilters,
  emptyListKey,
  lastChange,
  sessionWhen,
  toInvitationQuery,
} from './invitation-list';

/**
 * Every invitation the user may follow (admins: all; instructors: their cohorts'), newest
 * session first: filtered by status, upcoming sessions only, or searched by speaker or talk.
 */
@Component({
  selector: 'cq-invitations-page',
  imports: [
    RouterLink,
    MatButtonModule,
    MatFormFieldModule,
    MatIconModule,
    MatSelectModule,
    MatSlideToggleModule,
    MatTableModule,
    TranslocoPipe,
    ListFrameComponent,
    ListSearchComponent,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './invitations.page.html',
  styleUrls: ['../../shared/list-page.scss', './invitations.page.scss'],
})
export class InvitationsPage {
  private readonly api = inject(InvitationsApiService);
  private readonly auth = inject(AuthService);
  private readonly language = inject(LanguageService);

  protected readonly area = computed(() => `/${this.auth.role() ?? 'instructor'}`);
  protected readonly columns = ['speaker', 'talk', 'session', 'cohort', 'status', 'updatedAt'];
  protected readonly statuses = INVITATION_STATUSES;

  /** The API sorts by session, newest first; no column sorts. */
  protected readonly list = new PagedList<Invitation, never, InvitationFilters>({
    sortable: [],
    initialSort: { active: '', direction: '' },
    filters: DEFAULT_INVITATION_FILTERS,
    load: (query) => this.api.list(toInvitationQuery(query)),
  });

  private readonly searchText = toSignal(this.list.searchControl.valueChanges, {
    initialValue: '',
  });
  protected readonly emptyKey = computed(() =>
    emptyListKey(this.list.filters(), this.searchText()),
  );

  protected setStatus(status: InvitationStatus | 'all'): void {
    this.list.setFilters({ status });
  }

  protected setUpcoming(upcoming: boolean): void {
    this.list.setFilters({ upcoming });
  }

  protected when(invitation: Invitation): string {
    return sessionWhen(invitation.session, this.language.lang());
  }

  protected changed(invitation: Invitation): string {
    return lastChange(invitation, this.language.lang());
  }
}
