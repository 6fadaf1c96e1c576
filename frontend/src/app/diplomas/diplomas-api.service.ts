import { HttpClient, HttpParams } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import { type Observable } from 'rxjs';
import { type components } from '../core/api/schema';

type Schemas = components['schemas'];

export type Diploma = Schemas['DiplomaDto'];
export type DiplomaStatus = Diploma['status'];
export type MyDiploma = Schemas['MyDiplomaDto'];
export type MyDiplomas = Schemas['MyDiplomasDto'];
export type DiplomaCandidate = Schemas['DiplomaCandidateDto'];
export type JuryDecision = NonNullable<DiplomaCandidate['decision']>;
export type CohortDiplomas = Schemas['CohortDiplomasDto'];
export type IssuedDiploma = Schemas['IssuedDiplomaDto'];
export type DiplomaDisplay = Schemas['DiplomaDisplayDto'];
export type Verification = Schemas['VerificationDto'];

const diplomaUrl = (id: string) => `/api/diplomas/${encodeURIComponent(id)}`;
const cohortUrl = (id: string) => `/api/cohorts/${encodeURIComponent(id)}/diplomas`;

/** Diplomas: the admin's board and issuing, the holder's diplomas, public verification. */
@Injectable({ providedIn: 'root' })
export class DiplomasApiService {
  private readonly http = inject(HttpClient);

  cohort(cohortId: string): Observable<CohortDiplomas> {
    return this.http.get<CohortDiplomas>(cohortUrl(cohortId));
  }

  /** Idempotent: a repeat answers the same diploma (`created: false`). */
  issue(cohortId: string, studentId: string): Observable<IssuedDiploma> {
    return this.http.post<IssuedDiploma>(cohortUrl(cohortId), { studentId });
  }

  revoke(id: string, reason: string): Observable<Diploma> {
    return this.http.post<Diploma>(`${diplomaUrl(id)}/revoke`, { reason });
  }

  mine(): Observable<MyDiplomas> {
    return this.http.get<MyDiplomas>('/api/diplomas/mine');
  }

  display(id: string, body: DiplomaDisplay): Observable<MyDiploma> {
    return this.http.patch<MyDiploma>(`${diplomaUrl(id)}/display`, body);
  }

  verify(number: string, code: string, lang: string): Observable<Verification> {
    const params = new HttpParams().set('c', code).set('lang', lang);
    return this.http.get<Verification>(`/api/verify/${encodeURIComponent(number)}`, { params });
  }

  /** Links the browser downloads from (same origin, with the session cookie). */
  pdfUrl(id: string, lang?: string): string {
    return `${diplomaUrl(id)}/diploma.pdf${lang ? `?lang=${lang}` : ''}`;
  }

  credentialUrl(id: string): string {
    return `${diplomaUrl(id)}/credential.jwt`;
  }
}
