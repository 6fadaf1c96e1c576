import { Injectable, inject } from '@angular/core';
import { TranslocoService } from '@jsverse/transloco';
import { type Problem } from '../core/api/types';
import { ErrorMessagesService } from '../core/errors/error-messages.service';

/**
 * Translates the problems of the scheduling API from the `scheduling` texts
 * (`scheduling.problem.<code>`), else as every other problem.
 */
@Injectable({ providedIn: 'root' })
export class SchedulingMessagesService {
  private readonly transloco = inject(TranslocoService);
  private readonly messages = inject(ErrorMessagesService);

  problem(problem: Problem): string {
    const key = `scheduling.problem.${problem.code}`;
    const translation = this.transloco.getTranslation(this.transloco.getActiveLang());
    if (Object.prototype.hasOwnProperty.call(translation, key)) {
      return this.transloco.translate(key, { ...(problem as object) });
    }
    return this.messages.problem(problem);
  }
}
