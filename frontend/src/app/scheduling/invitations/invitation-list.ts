import {
  type Invitation,
  type InvitationListQuery,
  type InvitationStatus,
} from '../../core/api/types';
import { formatTime, formatTimeRange, zonedDate } from '../zoned-time';

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

const dateFormatters = new Map<string, Intl.DateTimeFormat>();

function mediumDate(instant: Date | string, timeZone: string, locale: string): string {
  const key = `${locale}|${timeZone}`;
  let formatter = dateFormatters.get(key);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat(locale, { timeZone, dateStyle: 'medium' });
    dateFormatters.set(key, formatter);
  }
  return formatter.format(new Date(instant));
}

/**
 * When the session takes place, on the wall clock of its zone: `4 sept. 2026, 14:00–16:00`
 * (with the year: the list also holds past talks).
 */
export function sessionWhen(
  session: Pick<Invitation['session'], 'startsAt' | 'endsAt' | 'timeZone'>,
  locale: string,
): string {
  const { startsAt, endsAt, timeZone } = session;
  const sameDay = zonedDate(new Date(startsAt), timeZone) === zonedDate(new Date(endsAt), timeZone);
  const range = sameDay
    ? formatTimeRange(startsAt, endsAt, timeZone, locale)
    : `${formatTime(startsAt, timeZone, locale)} – ${mediumDate(endsAt, timeZone, locale)} ${formatTime(endsAt, timeZone, locale)}`;
  return `${mediumDate(startsAt, timeZone, locale)}, ${range}`;
}

/** The invitation's last change, in its session's zone: `3 sept. 2026, 10:15`. */
export function lastChange(invitation: Pick<Invitation, 'updatedAt' | 'session'>, locale: string) {
  const zone = invitation.session.timeZone;
  return `${mediumDate(invitation.updatedAt, zone, locale)}, ${formatTime(invitation.updatedAt, zone, locale)}`;
}
