import { HttpClient, HttpParams } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import { type Observable } from 'rxjs';
import {
  type CreateUserRequest,
  type CreateUserResponse,
  type Page,
  type PasswordLinkResponse,
  type UpdateUserRequest,
  type UserListQuery,
  type UserSummary,
} from './types';

/** User administration endpoints (admin only). */
@Injectable({ providedIn: 'root' })
export class UsersApiService {
  private readonly http = inject(HttpClient);

  list(query: UserListQuery): Observable<Page<UserSummary>> {
    let params = new HttpParams().set('page', query.page).set('size', query.size);
    if (query.sort) params = params.set('sort', query.sort);
    if (query.q) params = params.set('q', query.q);
    if (query.role) params = params.set('role', query.role);
    return this.http.get<Page<UserSummary>>('/api/users', { params });
  }

  create(body: CreateUserRequest): Observable<CreateUserResponse> {
    return this.http.post<CreateUserResponse>('/api/users', body);
  }

  update(id: string, body: UpdateUserRequest): Observable<UserSummary> {
    return this.http.patch<UserSummary>(`/api/users/${encodeURIComponent(id)}`, body);
  }

  createPasswordLink(id: string): Observable<PasswordLinkResponse> {
    return this.http.post<PasswordLinkResponse>(
      `/api/users/${encodeURIComponent(id)}/password-link`,
      null,
    );
  }

  revokeSessions(id: string): Observable<void> {
    return this.http.delete<void>(`/api/users/${encodeURIComponent(id)}/sessions`);
  }
}
