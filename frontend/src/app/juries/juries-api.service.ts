import { HttpClient, HttpParams } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import { type Observable } from 'rxjs';
import { type components } from '../core/api/schema';

export type Decision = 'awarded' | 'deferred' | 'refused';
export const DECISIONS: readonly Decision[] = ['awarded', 'deferred', 'refused'];
export type RemainingItem = 'resit' | 'project' | 'attendance' | 'work_period' | 'other';
export const REMAINING_ITEMS: readonly RemainingItem[] = [
  'resit',
  'project',
  'attendance',
  'work_period',
  'other',
];

type Schemas = components['schemas'];
export type HonoursLevel = Schemas['HonoursLevelDto'];
export type JuryMember = Schemas['JuryMemberDto'];
export type JurySummary = Schemas['JurySummaryDto'];
export type JuryDecision = Schemas['JuryDecisionDto'];
export type BoardStudent = Schemas['JuryBoardStudentDto'];
export type JuryBoard = Schemas['JuryBoardDto'];
export type JuryList = Schemas['JuryListDto'];
export type CreateJuryRequest = Schemas['CreateJuryDto'];
export type DecisionRequest = Schemas['RecordDecisionDto'];
export type SignRequest = Schemas['SignJuryDto'];
export type Honours = Schemas['HonoursDto'];

const jury = (id: string) => `/api/juries/${encodeURIComponent(id)}`;

/** Jury deliberation: juries of a cohort, the board, decisions, the sign-off, the minutes. */
@Injectable({ providedIn: 'root' })
export class JuriesApiService {
  private readonly http = inject(HttpClient);

  list(cohortId?: string | null): Observable<JuryList> {
    const params = cohortId ? new HttpParams().set('cohortId', cohortId) : undefined;
    return this.http.get<JuryList>('/api/juries', { params });
  }

  create(body: CreateJuryRequest): Observable<JuryBoard> {
    return this.http.post<JuryBoard>('/api/juries', body);
  }

  board(id: string): Observable<JuryBoard> {
    return this.http.get<JuryBoard>(jury(id));
  }

  decide(id: string, body: DecisionRequest): Observable<JuryDecision> {
    return this.http.post<JuryDecision>(`${jury(id)}/decisions`, body);
  }

  awardEligible(id: string): Observable<{ awarded: number }> {
    return this.http.post<{ awarded: number }>(`${jury(id)}/award-eligible`, {});
  }

  sign(id: string, body: SignRequest): Observable<JuryBoard> {
    return this.http.post<JuryBoard>(`${jury(id)}/sign`, body);
  }

  honours(programmeId: string): Observable<Honours> {
    return this.http.get<Honours>(`/api/programmes/${encodeURIComponent(programmeId)}/honours`);
  }

  setHonours(programmeId: string, levels: HonoursLevel[]): Observable<Honours> {
    return this.http.put<Honours>(`/api/programmes/${encodeURIComponent(programmeId)}/honours`, {
      levels,
    });
  }

  /** The minutes' address, for a download link (the session cookie goes with it). */
  minutesUrl(id: string, lang: string): string {
    return `${jury(id)}/minutes.pdf?lang=${encodeURIComponent(lang)}`;
  }
}
