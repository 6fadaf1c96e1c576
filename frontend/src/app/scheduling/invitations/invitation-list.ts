import {
  type Invitation,
  type InvitationListQuery,
  type InvitationStatus,
  type Language,
} from '../../core/api/types';
import { formatDateValue } from '../../core/i18n/date-format';

/** Every status, in the order of the invitation's life (the status filter's options). */
export const INVITATION_STATUSES: readonly InvitationStatus[] = [
  'draft',
  'invited',
  'confirmed',
  'declined',
  'held',
  'cancelled',
];

/** The list's filters as the page shows them (`all`: no status filter). */
export interface InvitationFilters {
  status: InvitationStatus | 'all';
  upcoming: boolean;
}

export const DEFAULT_INVITATION_FILTERS: InvitationFilters = { status: 'all', upcoming: true };

/**
 * The `GET /api/invitations` query for a page of the list: only the parameters that narrow it
 * (no `status` for "all", no `upcoming` when off, no blank search).
 */
export function toInvitationQuery(
  filters: InvitationFilters & { page: number; size: number; q?: string },
): InvitationListQuery {
  const query: InvitationListQuery = { page: filters.page, size: filters.size };
  if (filters.status !== 'all') query.status = filters.status;
  if (filters.upcoming) query.upcoming = true;
  const q = filters.q?.trim();
  if (q) query.q = q;
  return query;
}

/** Translation key of the empty list's message. */
export function emptyListKey(filters: InvitationFilters, search: string): string {
  if (filters.status !== 'all' || search.trim()) return 'scheduling.invitations.noMatch';
  if (filters.upcoming) return 'scheduling.invitations.noneUpcoming';
  return 'scheduling.invitations.empty';
}

/**
 * When the session takes place, on the wall clock of its zone: `4 sept. 2026, 14:00–16:00`
 * (with the year: the list also holds past talks).
 */
export function sessionWhen(
  session: Pick<Invitation['session'], 'startsAt' | 'endsAt' | 'timeZone'>,
  language: Language,
): string {
  const { startsAt, endsAt, timeZone } = session;
  const context = { language, timeZone };
  return `${formatDateValue(startsAt, 'date', context)}, ${formatDateValue([startsAt, endsAt], 'timeRange', context)}`;
}

/** The invitation's last change, in its session's zone: `3 sept. 2026, 10:15`. */
export function lastChange(
  invitation: Pick<Invitation, 'updatedAt' | 'session'>,
  language: Language,
): string {
  return formatDateValue(invitation.updatedAt, 'dateTime', {
    language,
    timeZone: invitation.session.timeZone,
  });
}
