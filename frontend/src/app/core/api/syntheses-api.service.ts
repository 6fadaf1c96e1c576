import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import { type Observable } from 'rxjs';
import { type SaveSynthesisRequest, type SessionSyntheses, type Synthesis } from './types';

const mineUrl = (sessionId: string) =>
  `/api/sessions/${encodeURIComponent(sessionId)}/syntheses/mine`;

/** Students' syntheses of a session: their own draft, and the instructors' reading. */
@Injectable({ providedIn: 'root' })
export class SynthesesApiService {
  private readonly http = inject(HttpClient);

  /** Student: my synthesis of the session (404 `synthesis.not_found` before the first save). */
  mine(sessionId: string): Observable<Synthesis> {
    return this.http.get<Synthesis>(mineUrl(sessionId));
  }

  /** Student: saves a draft, or hands it in with `submit: true` (final). */
  save(sessionId: string, body: SaveSynthesisRequest): Observable<Synthesis> {
    return this.http.put<Synthesis>(mineUrl(sessionId), body);
  }

  /** Instructor: handed-in syntheses and the students still missing. */
  forSession(sessionId: string): Observable<SessionSyntheses> {
    return this.http.get<SessionSyntheses>(
      `/api/sessions/${encodeURIComponent(sessionId)}/syntheses`,
    );
  }

  /** Instructor: the feedback on a handed-in synthesis (null clears it). */
  setFeedback(id: string, feedback: string | null): Observable<Synthesis> {
    return this.http.patch<Synthesis>(`/api/syntheses/${encodeURIComponent(id)}/feedback`, {
      feedback,
    });
  }
}
