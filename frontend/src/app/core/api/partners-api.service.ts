import { HttpClient, HttpParams } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import { type Observable } from 'rxjs';
import {
  type CreatePartnerContactRequest,
  type CreatePartnerRequest,
  type Page,
  type Partner,
  type PartnerContact,
  type PartnerListQuery,
  type UpdatePartnerContactRequest,
  type UpdatePartnerRequest,
} from './types';

const partnerUrl = (id: string) => `/api/partners/${encodeURIComponent(id)}`;
const contactUrl = (id: string, contactId: string) =>
  `${partnerUrl(id)}/contacts/${encodeURIComponent(contactId)}`;

/** Partner organisations and their contacts (writes: admin only). */
@Injectable({ providedIn: 'root' })
export class PartnersApiService {
  private readonly http = inject(HttpClient);

  list(query: PartnerListQuery): Observable<Page<Partner>> {
    let params = new HttpParams().set('page', query.page).set('size', query.size);
    if (query.sort) params = params.set('sort', query.sort);
    if (query.q) params = params.set('q', query.q);
    return this.http.get<Page<Partner>>('/api/partners', { params });
  }

  get(id: string): Observable<Partner> {
    return this.http.get<Partner>(partnerUrl(id));
  }

  create(body: CreatePartnerRequest): Observable<Partner> {
    return this.http.post<Partner>('/api/partners', body);
  }

  update(id: string, body: UpdatePartnerRequest): Observable<Partner> {
    return this.http.patch<Partner>(partnerUrl(id), body);
  }

  /** Only a partner nobody refers to: otherwise 409 `partner.in_use`. */
  remove(id: string): Observable<void> {
    return this.http.delete<void>(partnerUrl(id));
  }

  addContact(id: string, body: CreatePartnerContactRequest): Observable<PartnerContact> {
    return this.http.post<PartnerContact>(`${partnerUrl(id)}/contacts`, body);
  }

  updateContact(
    id: string,
    contactId: string,
    body: UpdatePartnerContactRequest,
  ): Observable<PartnerContact> {
    return this.http.patch<PartnerContact>(contactUrl(id, contactId), body);
  }

  removeContact(id: string, contactId: string): Observable<void> {
    return this.http.delete<void>(contactUrl(id, contactId));
  }
}
