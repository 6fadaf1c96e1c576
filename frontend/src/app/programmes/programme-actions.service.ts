import { Injectable, inject } from '@angular/core';
import { type Observable, EMPTY, catchError, map, of, switchMap } from 'rxjs';
import { ProgrammesApiService } from '../core/api/programmes-api.service';
import { type Programme, type ProgrammeDetail } from '../core/api/types';
import { FeedbackService } from '../shared/feedback.service';

/** Problems that deserve an explanation in the programmes texts. */
export const PROGRAMME_PROBLEMS: Readonly<Record<string, string>> = {
  'programme.in_use': 'programmes.problem.inUse',
  'programme.archived': 'programmes.problem.archived',
  'module.in_use': 'programmes.problem.moduleInUse',
};

/**
 * Archive, restore and delete a programme with confirmation and feedback. Each emits the
 * updated programme (or `'removed'`) and completes; nothing when cancelled or failed.
 */
@Injectable()
export class ProgrammeActionsService {
  private readonly api = inject(ProgrammesApiService);
  private readonly feedback = inject(FeedbackService);

  archive(programme: Programme): Observable<ProgrammeDetail | 'removed'> {
    const params = { code: programme.code };
    return this.confirmed(
      {
        title: 'programmes.archive.title',
        message: 'programmes.archive.message',
        confirm: 'programmes.archive.confirm',
        params,
      },
      this.api.archive(programme.id),
      'programmes.archived',
    );
  }

  restore(programme: Programme): Observable<ProgrammeDetail | 'removed'> {
    return this.done(this.api.restore(programme.id), 'programmes.restored', programme.code);
  }

  /**
   * Deletes a programme that never had a cohort. One with cohorts cannot be deleted: the
   * admin is offered to archive it instead (or told so when it is archived already).
   */
  remove(programme: Programme): Observable<ProgrammeDetail | 'removed'> {
    if (programme.cohortCount > 0) {
      if (programme.archivedAt) {
        this.feedback.explain('programmes.problem.inUse');
        return EMPTY;
      }
      return this.confirmed(
        {
          title: 'programmes.delete.blockedTitle',
          message: 'programmes.problem.inUse',
          confirm: 'programmes.archive.confirm',
          params: { code: programme.code },
        },
        this.api.archive(programme.id),
        'programmes.archived',
      );
    }
    return this.confirmed(
      {
        title: 'programmes.delete.title',
        message: 'programmes.delete.message',
        confirm: 'programmes.delete.confirm',
        params: { code: programme.code },
      },
      this.api.remove(programme.id).pipe(map(() => 'removed' as const)),
      'programmes.deleted',
    );
  }

  private confirmed<T>(
    data: Parameters<FeedbackService['confirm']>[0],
    action: Observable<T>,
    doneKey: string,
  ): Observable<T> {
    return this.feedback
      .confirm(data)
      .pipe(
        switchMap((ok) =>
          ok ? this.done(action, doneKey, String(data.params?.['code'] ?? '')) : EMPTY,
        ),
      );
  }

  private done<T>(action: Observable<T>, doneKey: string, code: string): Observable<T> {
    return action.pipe(
      switchMap((value) => {
        this.feedback.notify(doneKey, { code });
        return of(value);
      }),
      catchError((error: unknown) => {
        this.feedback.error(error, PROGRAMME_PROBLEMS);
        return EMPTY;
      }),
    );
  }
}
