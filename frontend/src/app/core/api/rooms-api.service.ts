import { HttpClient, HttpParams } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import { type Observable } from 'rxjs';
import {
  type CreateRoomRequest,
  type Page,
  type Room,
  type RoomListQuery,
  type UpdateRoomRequest,
} from './types';

const roomUrl = (id: string) => `/api/rooms/${encodeURIComponent(id)}`;

/** Rooms (admins and instructors). */
@Injectable({ providedIn: 'root' })
export class RoomsApiService {
  private readonly http = inject(HttpClient);

  list(query: RoomListQuery): Observable<Page<Room>> {
    let params = new HttpParams().set('page', query.page).set('size', query.size);
    if (query.sort) params = params.set('sort', query.sort);
    if (query.q) params = params.set('q', query.q);
    if (query.includeArchived) params = params.set('includeArchived', true);
    if (query.freeFrom && query.freeTo) {
      params = params.set('freeFrom', query.freeFrom).set('freeTo', query.freeTo);
    }
    return this.http.get<Page<Room>>('/api/rooms', { params });
  }

  get(id: string): Observable<Room> {
    return this.http.get<Room>(roomUrl(id));
  }

  create(body: CreateRoomRequest): Observable<Room> {
    return this.http.post<Room>('/api/rooms', body);
  }

  update(id: string, body: UpdateRoomRequest): Observable<Room> {
    return this.http.patch<Room>(roomUrl(id), body);
  }

  /** Only a room no session uses: otherwise 409 `room.in_use` (archive it instead). */
  remove(id: string): Observable<void> {
    return this.http.delete<void>(roomUrl(id));
  }
}
