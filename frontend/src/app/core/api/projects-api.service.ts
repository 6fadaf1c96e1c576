import { HttpClient, type HttpEvent, HttpParams } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import { type Observable } from 'rxjs';
import {
  type CohortProjectsOverview,
  type CreateFeedbackRequest,
  type CreateMilestoneRequest,
  type CreateProjectRequest,
  type Feedback,
  type GrantExtensionRequest,
  type MentorLink,
  type Milestone,
  type MilestoneDetail,
  type MilestoneExtension,
  type ProjectAssessment,
  type ProjectDefence,
  type ProjectDetail,
  type ProjectEvent,
  type ProjectState,
  type ProjectSummary,
  type ScheduleDefenceRequest,
  type SetProjectGradeRequest,
  type Submission,
  type UpdateMilestoneRequest,
  type UpdateProjectRequest,
} from './types';
import { UPLOAD_HTTP_CLIENT } from './upload-http-client';

const id = encodeURIComponent;

/**
 * Tutored projects: proposals, the project page, milestones, versions, feedback, grades, the
 * mentor's link and the defence.
 */
@Injectable({ providedIn: 'root' })
export class ProjectsApiService {
  private readonly http = inject(HttpClient);
  private readonly uploadHttp = inject(UPLOAD_HTTP_CLIENT);

  mine(): Observable<ProjectSummary[]> {
    return this.http.get<ProjectSummary[]>('/api/projects/mine');
  }

  tutored(includeClosed: boolean): Observable<ProjectSummary[]> {
    const params = new HttpParams().set('includeClosed', includeClosed);
    return this.http.get<ProjectSummary[]>('/api/projects/tutored', { params });
  }

  overview(cohortId: string): Observable<CohortProjectsOverview> {
    const params = new HttpParams().set('cohortId', cohortId);
    return this.http.get<CohortProjectsOverview>('/api/projects/overview', { params });
  }

  create(body: CreateProjectRequest): Observable<ProjectDetail> {
    return this.http.post<ProjectDetail>('/api/projects', body);
  }

  get(projectId: string): Observable<ProjectDetail> {
    return this.http.get<ProjectDetail>(`/api/projects/${id(projectId)}`);
  }

  update(projectId: string, body: UpdateProjectRequest): Observable<ProjectDetail> {
    return this.http.patch<ProjectDetail>(`/api/projects/${id(projectId)}`, body);
  }

  transition(projectId: string, to: ProjectState, comment?: string): Observable<ProjectDetail> {
    return this.http.post<ProjectDetail>(`/api/projects/${id(projectId)}/transitions`, {
      to,
      ...(comment ? { comment } : {}),
    });
  }

  events(projectId: string): Observable<ProjectEvent[]> {
    return this.http.get<ProjectEvent[]>(`/api/projects/${id(projectId)}/events`);
  }

  /** The printable one-page summary (opened in a new tab). */
  summaryUrl(projectId: string, lang: string): string {
    return `/api/projects/${id(projectId)}/summary.html?lang=${id(lang)}`;
  }

  setGrade(
    projectId: string,
    source: 'tutor' | 'jury',
    body: SetProjectGradeRequest,
  ): Observable<ProjectAssessment> {
    return this.http.put<ProjectAssessment>(
      `/api/projects/${id(projectId)}/grades/${source}`,
      body,
    );
  }

  /** A new link, mailed to the mentor (in `language`) when they have an address. */
  issueMentorLink(
    projectId: string,
    expiresInDays?: number,
    language?: 'fr' | 'en',
  ): Observable<MentorLink> {
    return this.http.post<MentorLink>(`/api/projects/${id(projectId)}/mentor-link`, {
      ...(expiresInDays ? { expiresInDays } : {}),
      ...(language ? { language } : {}),
    });
  }

  revokeMentorLink(projectId: string): Observable<void> {
    return this.http.delete<void>(`/api/projects/${id(projectId)}/mentor-link`);
  }

  scheduleDefence(projectId: string, body: ScheduleDefenceRequest): Observable<ProjectDefence> {
    return this.http.put<ProjectDefence>(`/api/projects/${id(projectId)}/defence`, body);
  }

  cancelDefence(projectId: string, reason?: string): Observable<void> {
    return this.http.post<void>(
      `/api/projects/${id(projectId)}/defence/cancel`,
      reason ? { reason } : {},
    );
  }

  addMilestone(projectId: string, body: CreateMilestoneRequest): Observable<Milestone> {
    return this.http.post<Milestone>(`/api/projects/${id(projectId)}/milestones`, body);
  }

  milestone(milestoneId: string): Observable<MilestoneDetail> {
    return this.http.get<MilestoneDetail>(`/api/milestones/${id(milestoneId)}`);
  }

  updateMilestone(milestoneId: string, body: UpdateMilestoneRequest): Observable<Milestone> {
    return this.http.patch<Milestone>(`/api/milestones/${id(milestoneId)}`, body);
  }

  removeMilestone(milestoneId: string): Observable<void> {
    return this.http.delete<void>(`/api/milestones/${id(milestoneId)}`);
  }

  grantExtension(milestoneId: string, body: GrantExtensionRequest): Observable<MilestoneExtension> {
    return this.http.post<MilestoneExtension>(
      `/api/milestones/${id(milestoneId)}/extensions`,
      body,
    );
  }

  /**
   * Uploads a new version (multipart, one part `file`), as HTTP events to follow its
   * progress (see `upload-progress.ts`).
   */
  upload(milestoneId: string, file: File): Observable<HttpEvent<Submission>> {
    const body = new FormData();
    body.append('file', file, file.name);
    return this.uploadHttp.post<Submission>(
      `/api/milestones/${id(milestoneId)}/submissions`,
      body,
      { reportProgress: true, observe: 'events' },
    );
  }

  postFeedback(milestoneId: string, body: CreateFeedbackRequest): Observable<Feedback> {
    return this.http.post<Feedback>(`/api/milestones/${id(milestoneId)}/feedback`, body);
  }
}
