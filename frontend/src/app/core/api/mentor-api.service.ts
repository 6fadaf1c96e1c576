import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import { type Observable } from 'rxjs';
import {
  type CreateFeedbackRequest,
  type Feedback,
  type MentorProject,
  type ProjectAssessment,
  type SetProjectGradeRequest,
} from './types';

const id = encodeURIComponent;

/** The partner mentor's side of a project, without an account: every call carries the link's token. */
@Injectable({ providedIn: 'root' })
export class MentorApiService {
  private readonly http = inject(HttpClient);

  view(token: string): Observable<MentorProject> {
    return this.http.get<MentorProject>(`/api/mentor/${id(token)}`);
  }

  /** The printable one-page summary (opened in a new tab). */
  summaryUrl(token: string, lang: string): string {
    return `/api/mentor/${id(token)}/summary.html?lang=${id(lang)}`;
  }

  postFeedback(
    token: string,
    milestoneId: string,
    body: CreateFeedbackRequest,
  ): Observable<Feedback> {
    return this.http.post<Feedback>(
      `/api/mentor/${id(token)}/milestones/${id(milestoneId)}/feedback`,
      body,
    );
  }

  proposeGrade(token: string, body: SetProjectGradeRequest): Observable<ProjectAssessment> {
    return this.http.put<ProjectAssessment>(`/api/mentor/${id(token)}/grade`, body);
  }
}
