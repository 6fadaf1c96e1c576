import { HttpClient, HttpParams } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import { type Observable } from 'rxjs';
import { type components } from '../core/api/schema';

type Schemas = components['schemas'];
export type Assessment = Schemas['AssessmentDto'];
export type AssessmentKind = Assessment['kind'];
export type CreateAssessmentRequest = Schemas['CreateAssessmentDto'];
export type UpdateAssessmentRequest = Schemas['UpdateAssessmentDto'];
export type Gradebook = Schemas['GradebookDto'];
export type GradeCell = Schemas['GradeCellDto'];
export type GradeScale = Schemas['GradeScaleDto'];
export type SetGradeRequest = Schemas['SetGradeDto'];
export type StudentGrades = Schemas['StudentGradesDto'];
export type GradeImportPreview = Schemas['GradeImportPreviewDto'];
export type GradeImportResult = Schemas['GradeImportResultDto'];
export type SessionSynthesisGrades = Schemas['SessionSynthesisGradesDto'];
export type StudentProgress = Schemas['StudentProgressDto'];
export type CohortProgress = Schemas['CohortProgressDto'];

export const ASSESSMENT_KINDS: readonly AssessmentKind[] = [
  'exam',
  'assignment',
  'participation',
  'synthesis',
  'project',
  'defence',
  'work_period',
];

const id = encodeURIComponent;

/** Assessments, the gradebook and its cells, and a student's progress beside each row. */
@Injectable({ providedIn: 'root' })
export class AssessmentsApiService {
  private readonly http = inject(HttpClient);

  gradebook(cohortId: string, moduleId?: string | null): Observable<Gradebook> {
    let params = new HttpParams();
    if (moduleId) params = params.set('moduleId', moduleId);
    return this.http.get<Gradebook>(`/api/cohorts/${id(cohortId)}/gradebook`, { params });
  }

  create(cohortId: string, body: CreateAssessmentRequest): Observable<Assessment> {
    return this.http.post<Assessment>(`/api/cohorts/${id(cohortId)}/assessments`, body);
  }

  update(assessmentId: string, body: UpdateAssessmentRequest): Observable<Assessment> {
    return this.http.patch<Assessment>(`/api/assessments/${id(assessmentId)}`, body);
  }

  remove(assessmentId: string): Observable<void> {
    return this.http.delete<void>(`/api/assessments/${id(assessmentId)}`);
  }

  release(assessmentId: string, released: boolean): Observable<Assessment> {
    return this.http.post<Assessment>(
      `/api/assessments/${id(assessmentId)}/${released ? 'release' : 'unrelease'}`,
      {},
    );
  }

  /** 409 `grade.stale` (with `current`) when expectedVersion is not the cell's. */
  setGrade(assessmentId: string, studentId: string, body: SetGradeRequest): Observable<GradeCell> {
    return this.http.put<GradeCell>(
      `/api/assessments/${id(assessmentId)}/grades/${id(studentId)}`,
      body,
    );
  }

  clearGrade(
    assessmentId: string,
    studentId: string,
    attempt: 1 | 2,
    expectedVersion: number,
  ): Observable<void> {
    const params = new HttpParams().set('attempt', attempt).set('expectedVersion', expectedVersion);
    return this.http.delete<void>(`/api/assessments/${id(assessmentId)}/grades/${id(studentId)}`, {
      params,
    });
  }

  synthesisGrades(sessionId: string): Observable<SessionSynthesisGrades> {
    return this.http.get<SessionSynthesisGrades>(`/api/sessions/${id(sessionId)}/synthesis-grades`);
  }

  previewImport(cohortId: string, csv: string): Observable<GradeImportPreview> {
    return this.http.post<GradeImportPreview>(
      `/api/cohorts/${id(cohortId)}/gradebook/import/preview`,
      { csv },
    );
  }

  import(cohortId: string, csv: string): Observable<GradeImportResult> {
    return this.http.post<GradeImportResult>(`/api/cohorts/${id(cohortId)}/gradebook/import`, {
      csv,
    });
  }

  exportUrl(cohortId: string, format: 'csv' | 'excel', lang: string, moduleId?: string | null) {
    const params = new HttpParams({
      fromObject: { format, lang, ...(moduleId ? { moduleId } : {}) },
    });
    return `/api/cohorts/${id(cohortId)}/gradebook.csv?${params.toString()}`;
  }

  /** The progress module (H4): every student's results, and one student's after a change. */
  cohortProgress(cohortId: string): Observable<CohortProgress> {
    return this.http.get<CohortProgress>(`/api/cohorts/${id(cohortId)}/progress`);
  }

  studentProgress(cohortId: string, studentId: string): Observable<StudentProgress> {
    return this.http.get<StudentProgress>(
      `/api/cohorts/${id(cohortId)}/progress/students/${id(studentId)}`,
    );
  }
}
