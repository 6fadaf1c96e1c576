import { Injectable, inject } from '@angular/core';
import { type Problem } from '../core/api/types';
import { ErrorMessagesService } from '../core/errors/error-messages.service';

/**
 * Translates the problems of the scheduling API from the `scheduling` texts
 * (`scheduling.problem.<code>`), else as every other problem.
 */
@Injectable({ providedIn: 'root' })
export class SchedulingMessagesService {
  private readonly messages = inject(ErrorMessagesService);

  problem(problem: Problem): string {
    return this.messages.problem(problem, 'scheduling');
  }
}
