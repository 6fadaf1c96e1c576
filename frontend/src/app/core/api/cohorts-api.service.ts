import { HttpClient, HttpParams } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import { type Observable } from 'rxjs';
import {
  type Cohort,
  type CohortListQuery,
  type CreateCohortRequest,
  type CreateEnrolmentRequest,
  type CreatedEnrolment,
  type Enrolment,
  type EnrolmentListQuery,
  type ImportPreview,
  type ImportResult,
  type Language,
  type MyProgramme,
  type Page,
  type UpdateCohortRequest,
  type UpdateEnrolmentRequest,
  type WithdrawEnrolmentRequest,
} from './types';

const cohortUrl = (id: string) => `/api/cohorts/${encodeURIComponent(id)}`;
const enrolmentUrl = (id: string) => `/api/enrolments/${encodeURIComponent(id)}`;

/** Cohorts, their rosters (enrolments, CSV import and export) and the caller's own cohorts. */
@Injectable({ providedIn: 'root' })
export class CohortsApiService {
  private readonly http = inject(HttpClient);

  list(query: CohortListQuery): Observable<Page<Cohort>> {
    let params = new HttpParams().set('page', query.page).set('size', query.size);
    if (query.sort) params = params.set('sort', query.sort);
    if (query.q) params = params.set('q', query.q);
    if (query.programmeId) params = params.set('programmeId', query.programmeId);
    if (query.status) params = params.set('status', query.status);
    return this.http.get<Page<Cohort>>('/api/cohorts', { params });
  }

  get(id: string): Observable<Cohort> {
    return this.http.get<Cohort>(cohortUrl(id));
  }

  create(body: CreateCohortRequest): Observable<Cohort> {
    return this.http.post<Cohort>('/api/cohorts', body);
  }

  update(id: string, body: UpdateCohortRequest): Observable<Cohort> {
    return this.http.patch<Cohort>(cohortUrl(id), body);
  }

  /** Replaces the cohort's instructors with this list. */
  setInstructors(id: string, instructorIds: readonly string[]): Observable<Cohort> {
    return this.http.put<Cohort>(`${cohortUrl(id)}/instructors`, { instructorIds });
  }

  /** Only a cohort without enrolments: otherwise 409 `cohort.in_use`. */
  remove(id: string): Observable<void> {
    return this.http.delete<void>(cohortUrl(id));
  }

  enrolments(cohortId: string, query: EnrolmentListQuery): Observable<Page<Enrolment>> {
    let params = new HttpParams().set('page', query.page).set('size', query.size);
    if (query.sort) params = params.set('sort', query.sort);
    if (query.q) params = params.set('q', query.q);
    if (query.status) params = params.set('status', query.status);
    return this.http.get<Page<Enrolment>>(`${cohortUrl(cohortId)}/enrolments`, { params });
  }

  enrol(cohortId: string, body: CreateEnrolmentRequest): Observable<CreatedEnrolment> {
    return this.http.post<CreatedEnrolment>(`${cohortUrl(cohortId)}/enrolments`, body);
  }

  /** What importing this CSV would do, row by row; writes nothing. */
  previewImport(cohortId: string, csv: string): Observable<ImportPreview> {
    return this.http.post<ImportPreview>(`${cohortUrl(cohortId)}/enrolments/import/preview`, {
      csv,
    });
  }

  /** Imports the valid rows of this CSV in one transaction. */
  import(cohortId: string, csv: string): Observable<ImportResult> {
    return this.http.post<ImportResult>(`${cohortUrl(cohortId)}/enrolments/import`, { csv });
  }

  /** The roster as a CSV download, headers in the given language. */
  rosterUrl(cohortId: string, lang: Language): string {
    return `${cohortUrl(cohortId)}/roster.csv?lang=${encodeURIComponent(lang)}`;
  }

  updateEnrolment(id: string, body: UpdateEnrolmentRequest): Observable<Enrolment> {
    return this.http.patch<Enrolment>(enrolmentUrl(id), body);
  }

  withdraw(id: string, body: WithdrawEnrolmentRequest): Observable<Enrolment> {
    return this.http.post<Enrolment>(`${enrolmentUrl(id)}/withdraw`, body);
  }

  /** Instructor: the cohorts they teach. */
  myCohorts(): Observable<Cohort[]> {
    return this.http.get<Cohort[]>('/api/me/cohorts');
  }

  /** Student: the programme and cohort they follow (404 when not enrolled). */
  myProgramme(): Observable<MyProgramme> {
    return this.http.get<MyProgramme>('/api/me/programme');
  }
}
