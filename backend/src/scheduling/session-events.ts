import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';

/** What a planner did to a session, as other domains (notifications, speakers' mails) see it. */
export interface SessionChange {
  kind: 'moved' | 'changed' | 'cancelled';
  sessionId: string;
  cohortId: string;
  actorId: string | null;
  before: SessionSnapshot;
  after: SessionSnapshot;
  reason: string | null;
}

export interface SessionSnapshot {
  startsAt: Date;
  endsAt: Date;
  title: string;
  roomId: string | null;
}

export type SessionChangeListener = (
  manager: EntityManager,
  change: SessionChange,
) => Promise<void>;

/**
 * Session changes, announced inside the changing transaction (so a change and what it causes,
 * e.g. the cohort's notices, commit or roll back together). Scheduling knows none of its
 * listeners: a domain registers one at module init and depends on scheduling, not the reverse.
 */
@Injectable()
export class SessionEvents {
  private readonly listeners: SessionChangeListener[] = [];

  on(listener: SessionChangeListener): void {
    this.listeners.push(listener);
  }

  /** Runs every listener, in order, with the caller's transaction. */
  async emit(manager: EntityManager, change: SessionChange): Promise<void> {
    for (const listener of this.listeners) await listener(manager, change);
  }
}

/** What a session update changed, for its event: null when nobody needs to hear of it. */
export function sessionChangeKind(
  before: SessionSnapshot,
  after: SessionSnapshot,
): 'moved' | 'changed' | null {
  if (
    before.startsAt.getTime() !== after.startsAt.getTime() ||
    before.endsAt.getTime() !== after.endsAt.getTime()
  ) {
    return 'moved';
  }
  if (before.title !== after.title || before.roomId !== after.roomId) return 'changed';
  return null;
}
