import { Injectable, type OnModuleInit } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { SessionCancellationService } from '../scheduling';
import { SpeakerMailService } from './speaker-mail.service';

/**
 * When a session is cancelled, its pending and confirmed invitations are cancelled too, each
 * with a dated event on its timeline (every such move is legal in the state machine). Speakers
 * own the invitations: this step joins scheduling's cancelling transaction through its hook.
 */
@Injectable()
export class InvitationCascadeService implements OnModuleInit {
  constructor(
    private readonly cancellation: SessionCancellationService,
    private readonly speakerMail: SpeakerMailService,
  ) {}

  onModuleInit(): void {
    this.cancellation.onCancelled((m, sessionId, actorId) =>
      this.cancelInvitationsOfSession(m, sessionId, actorId),
    );
  }

  async cancelInvitationsOfSession(
    m: EntityManager,
    sessionId: string,
    actorId: string,
  ): Promise<void> {
    const moved: { id: string; sent: boolean }[] = await m.query(
      `WITH open AS (
         SELECT id, status FROM invitations
          WHERE session_id = $1 AND status IN ('draft', 'invited', 'confirmed')
          FOR UPDATE
       ), moved AS (
         UPDATE invitations i SET status = 'cancelled', updated_at = now()
           FROM open WHERE i.id = open.id
         RETURNING i.id
       ), logged AS (
         INSERT INTO invitation_events (invitation_id, type, from_status, to_status, actor_kind, actor_id, note)
         SELECT open.id, 'status_changed', open.status, 'cancelled', 'user', $2, 'session cancelled'
           FROM open JOIN moved ON moved.id = open.id
       )
       SELECT open.id, open.status <> 'draft' AS sent FROM open JOIN moved ON moved.id = open.id`,
      [sessionId, actorId],
    );
    // The speakers who were sent the invitation (answered yes or not yet) hear of it.
    await this.speakerMail.cancelled(
      m,
      moved.filter((r) => r.sent).map((r) => r.id),
    );
  }
}
