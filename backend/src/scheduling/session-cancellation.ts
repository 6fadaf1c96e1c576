import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';

/**
 * What other domains do when a session is cancelled, inside the cancelling transaction (so the
 * cancel and its consequences commit or roll back together). Scheduling knows none of them: a
 * domain that owns rows hanging off a session (speakers: invitations) registers its step at
 * module init, and the dependency points from it to scheduling only.
 */
export type SessionCancelledStep = (
  manager: EntityManager,
  sessionId: string,
  actorId: string,
) => Promise<void>;

@Injectable()
export class SessionCancellationService {
  private readonly steps: SessionCancelledStep[] = [];

  onCancelled(step: SessionCancelledStep): void {
    this.steps.push(step);
  }

  /** Runs every registered step, in order, with the caller's transaction. */
  async cancelled(manager: EntityManager, sessionId: string, actorId: string): Promise<void> {
    for (const step of this.steps) await step(manager, sessionId, actorId);
  }
}
