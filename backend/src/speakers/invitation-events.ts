import type { EntityManager } from 'typeorm';
import { InvitationEventEntity } from './invitation-event.entity';
import type { ActorKind, InvitationEventType, InvitationStatus } from './invitation-status';

export interface Actor {
  kind: ActorKind;
  /** The user, for kind `user`. */
  id: string | null;
}

/** Appends a dated step to the invitation's timeline. */
export async function recordEvent(
  m: EntityManager,
  invitationId: string,
  type: InvitationEventType,
  actor: Actor,
  extra: { from?: InvitationStatus; to?: InvitationStatus; note?: string | null } = {},
): Promise<void> {
  await m.getRepository(InvitationEventEntity).insert({
    invitationId,
    type,
    actorKind: actor.kind,
    actorId: actor.id,
    fromStatus: extra.from ?? null,
    toStatus: extra.to ?? null,
    note: extra.note ?? null,
    // Not now(): steps within one transaction must keep their order on the timeline.
    occurredAt: () => 'clock_timestamp()',
  });
}
