import { HttpClient, HttpParams } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import { type Observable } from 'rxjs';
import { type components } from '../core/api/schema';

type Schemas = components['schemas'];
export type NotificationKind = Schemas['NotificationKind'];
export type NotificationChannel = Schemas['NotificationChannel'];
export type AppNotification = Schemas['NotificationDto'];
export type NotificationPage = Schemas['NotificationPageDto'];
export type NotificationPreference = Schemas['NotificationPreferenceDto'];
type Preferences = Schemas['NotificationPreferencesDto'];

export const NOTIFICATION_KINDS: readonly NotificationKind[] = [
  'project.reviewed',
  'project.feedback',
  'milestone.due',
  'milestone.overdue',
  'session.changed',
  'session.cancelled',
  'synthesis.feedback',
  'grades.released',
  'diploma.issued',
  'veille.commented',
  'veille.replied',
  'veille.hidden',
];
export const NOTIFICATION_CHANNELS: readonly NotificationChannel[] = ['mail', 'digest', 'in_app'];

export interface NotificationQuery {
  page: number;
  size: number;
  unread?: boolean;
}

const BASE = '/api/notifications';

/** The signed-in person's own notifications and notification settings. */
@Injectable({ providedIn: 'root' })
export class NotificationsApiService {
  private readonly http = inject(HttpClient);

  list(query: NotificationQuery): Observable<NotificationPage> {
    let params = new HttpParams().set('page', query.page).set('size', query.size);
    if (query.unread) params = params.set('unread', true);
    return this.http.get<NotificationPage>(BASE, { params });
  }

  /** Cheap: the bell asks it on every navigation and every minute. */
  unreadCount(): Observable<Schemas['UnreadCountDto']> {
    return this.http.get<Schemas['UnreadCountDto']>(`${BASE}/unread-count`);
  }

  markRead(id: string): Observable<AppNotification> {
    return this.http.post<AppNotification>(`${BASE}/${encodeURIComponent(id)}/read`, {});
  }

  markAllRead(): Observable<Schemas['ReadAllDto']> {
    return this.http.post<Schemas['ReadAllDto']>(`${BASE}/read-all`, {});
  }

  preferences(): Observable<Preferences> {
    return this.http.get<Preferences>(`${BASE}/preferences`);
  }

  updatePreferences(items: NotificationPreference[]): Observable<Preferences> {
    return this.http.put<Preferences>(`${BASE}/preferences`, { items });
  }
}
