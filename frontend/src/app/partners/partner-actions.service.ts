import { Injectable, inject } from '@angular/core';
import { EMPTY, type Observable, catchError, filter, map, switchMap, tap } from 'rxjs';
import { PartnersApiService } from '../core/api/partners-api.service';
import { type Partner } from '../core/api/types';
import { FeedbackService } from '../shared/feedback.service';

/** Problems that deserve an explanation in the partners texts. */
export const PARTNER_PROBLEMS: Readonly<Record<string, string>> = {
  'partner.in_use': 'partners.problem.inUse',
  'contact.in_use': 'partners.problem.contactInUse',
};

/** Deletes a partner after confirmation; emits once deleted (nothing when cancelled or refused). */
@Injectable()
export class PartnerActionsService {
  private readonly api = inject(PartnersApiService);
  private readonly feedback = inject(FeedbackService);

  remove(partner: Pick<Partner, 'id' | 'name' | 'employeeCount'>): Observable<void> {
    // Employer of enrolled students: the API would refuse (409 `partner.in_use`).
    if (partner.employeeCount > 0) {
      this.feedback.explain('partners.problem.inUse');
      return EMPTY;
    }
    return this.feedback
      .confirm({
        title: 'partners.delete.title',
        message: 'partners.delete.message',
        confirm: 'partners.delete.confirm',
        params: { name: partner.name },
      })
      .pipe(
        filter(Boolean),
        switchMap(() =>
          this.api.remove(partner.id).pipe(
            catchError((error: unknown) => {
              this.feedback.error(error, PARTNER_PROBLEMS);
              return EMPTY;
            }),
          ),
        ),
        tap(() => this.feedback.notify('partners.delete.done', { name: partner.name })),
        map(() => undefined),
      );
  }
}
