import { HttpClient, HttpParams } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import { type Observable } from 'rxjs';
import {
  type CreateVeillePostRequest,
  type UpdateVeillePostRequest,
  type VeilleCohortOverview,
  type VeilleCohortRef,
  type VeilleComment,
  type VeilleFeedQuery,
  type VeilleLivePreview,
  type VeilleParticipation,
  type VeillePost,
  type VeillePostDetail,
  type VeillePostPage,
  type VeilleReactionKind,
} from './types';

const id = encodeURIComponent;
const cohortUrl = (cohortId: string) => `/api/veille/cohorts/${id(cohortId)}`;
const postUrl = (postId: string) => `/api/veille/posts/${id(postId)}`;

/** The veille's feed and posts: sharing, the debate under a post, bookmarks, pins, moderation. */
@Injectable({ providedIn: 'root' })
export class VeilleApiService {
  private readonly http = inject(HttpClient);

  /** The cohorts whose veille the viewer reads (a student: their own). */
  cohorts(): Observable<VeilleCohortRef[]> {
    return this.http.get<VeilleCohortRef[]>('/api/veille/cohorts');
  }

  /** Settings, topics, teams, students, and what the viewer may do. */
  overview(cohortId: string): Observable<VeilleCohortOverview> {
    return this.http.get<VeilleCohortOverview>(cohortUrl(cohortId));
  }

  /** Per student of the cohort, between two local days: posts, comments, reactions, topics. */
  participation(cohortId: string, from: string, to: string): Observable<VeilleParticipation> {
    return this.http.get<VeilleParticipation>(`${cohortUrl(cohortId)}/participation`, {
      params: { from, to },
    });
  }

  feed(cohortId: string, query: VeilleFeedQuery): Observable<VeillePostPage> {
    let params = new HttpParams();
    for (const [key, value] of Object.entries(query)) {
      if (value !== undefined && value !== null && value !== '')
        params = params.set(key, String(value));
    }
    return this.http.get<VeillePostPage>(`${cohortUrl(cohortId)}/posts`, { params });
  }

  /** The URL as it will be stored, a post that already has it, and the page's card. */
  livePreview(cohortId: string, url: string): Observable<VeilleLivePreview> {
    return this.http.post<VeilleLivePreview>(`${cohortUrl(cohortId)}/preview`, { url });
  }

  /** 409 `veille.duplicate_url` with `existingPostId` when the page is already shared. */
  create(cohortId: string, body: CreateVeillePostRequest): Observable<VeillePost> {
    return this.http.post<VeillePost>(`${cohortUrl(cohortId)}/posts`, body);
  }

  get(postId: string): Observable<VeillePostDetail> {
    return this.http.get<VeillePostDetail>(postUrl(postId));
  }

  update(postId: string, body: UpdateVeillePostRequest): Observable<VeillePost> {
    return this.http.patch<VeillePost>(postUrl(postId), body);
  }

  remove(postId: string): Observable<void> {
    return this.http.delete<void>(postUrl(postId));
  }

  refreshPreview(postId: string): Observable<VeillePost> {
    return this.http.post<VeillePost>(`${postUrl(postId)}/preview`, {});
  }

  comment(postId: string, body: string, parentId: string | null = null): Observable<VeilleComment> {
    return this.http.post<VeilleComment>(`${postUrl(postId)}/comments`, { body, parentId });
  }

  deleteComment(commentId: string): Observable<void> {
    return this.http.delete<void>(`/api/veille/comments/${id(commentId)}`);
  }

  react(postId: string, kind: VeilleReactionKind, on: boolean): Observable<VeillePost> {
    return this.http.put<VeillePost>(`${postUrl(postId)}/reaction`, { kind, on });
  }

  /** My "to read" list: keep (`on`) or remove; `read` marks it read or unread. */
  bookmark(postId: string, on: boolean, read?: boolean): Observable<VeillePost> {
    return this.http.put<VeillePost>(
      `${postUrl(postId)}/bookmark`,
      read === undefined ? { on } : { on, read },
    );
  }

  pin(postId: string, pinned: boolean): Observable<VeillePost> {
    return this.http.put<VeillePost>(`${postUrl(postId)}/pin`, { pinned });
  }

  /** Hides with a reason the author sees, or shows again. */
  hide(postId: string, hidden: boolean, reason?: string): Observable<VeillePost> {
    return this.http.put<VeillePost>(
      `${postUrl(postId)}/hidden`,
      hidden ? { hidden, reason } : { hidden },
    );
  }
}
