import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import { type Observable } from 'rxjs';
import { type components } from '../core/api/schema';

type Schemas = components['schemas'];
export type CohortProgress = Schemas['CohortProgressDto'];
export type StudentProgress = Schemas['StudentProgressDto'];
export type StudentProgressDetails = Schemas['StudentProgressDetailsDto'];
export type RuleResult = Schemas['RuleResultDto'];
export type ProgressModule = Schemas['ProgressModuleDto'];
export type ProgressGrade = Schemas['ProgressGradeDto'];
export type ProgressProgramme = Schemas['ProgressProgrammeDto'];
export type Outcome = StudentProgress['outcome'];

const base = (cohortId: string) => `/api/cohorts/${encodeURIComponent(cohortId)}`;

/** Progress to the diploma: the cohort table, one student's standing, the transcript. */
@Injectable({ providedIn: 'root' })
export class ProgressApiService {
  private readonly http = inject(HttpClient);

  /** Staff: every student of the cohort with every grade. */
  cohort(cohortId: string): Observable<CohortProgress> {
    return this.http.get<CohortProgress>(`${base(cohortId)}/progress`);
  }

  /** One student's row (the student themself: released grades only). */
  student(cohortId: string, studentId: string): Observable<StudentProgress> {
    return this.http.get<StudentProgress>(
      `${base(cohortId)}/progress/students/${encodeURIComponent(studentId)}`,
    );
  }

  /** One student's standing with the programme's structure and the grades behind it. */
  details(cohortId: string, studentId: string): Observable<StudentProgressDetails> {
    return this.http.get<StudentProgressDetails>(
      `${base(cohortId)}/progress/students/${encodeURIComponent(studentId)}/details`,
    );
  }

  /** The transcript's address, for a download link (the session cookie goes with it). */
  transcriptUrl(cohortId: string, studentId: string, lang?: string): string {
    const url = `${base(cohortId)}/students/${encodeURIComponent(studentId)}/transcript.pdf`;
    return lang ? `${url}?lang=${encodeURIComponent(lang)}` : url;
  }
}
