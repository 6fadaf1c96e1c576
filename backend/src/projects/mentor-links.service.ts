import { HttpStatus, Inject, Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import type { Viewer } from '../common/access';
import { conflict, forbidden, ProblemException } from '../common/problem';
import { signLink, verifyLink } from '../common/signed-links/signed-link';
import { APP_CONFIG, AppConfig } from '../config/config';
import type { MentorLinkDto, MentorLinkRequestDto } from './dto/mentor.dto';
import type { MentorLinkStatusDto } from './dto/projects.dto';
import { MentorLinkEntity } from './mentor-link.entity';
import { MentorMailService } from './mentor-mail.service';

/** How many times a day a project's mentor may be mailed a new link. */
export const MENTOR_LINK_MAILS_PER_DAY = 3;
import { ProjectAccessService } from './project-access';
import { CLOSED_STATES } from './project-states';

/** Who a valid mentor link speaks for. */
export interface MentorGuest {
  linkId: string;
  projectId: string;
  contactId: string;
  name: string;
  expiresAt: Date;
}

const invalidLink = () =>
  new ProblemException(
    HttpStatus.NOT_FOUND,
    'mentor_link.invalid',
    'This link is not valid. Check it was copied whole.',
  );
const goneLink = (code: 'mentor_link.expired' | 'mentor_link.revoked') =>
  new ProblemException(
    HttpStatus.GONE,
    code,
    code === 'mentor_link.expired'
      ? 'This link has expired. Ask the project’s tutor for a new one.'
      : 'This link was replaced or withdrawn. Ask the project’s tutor for the current one.',
  );

/**
 * Signed, expiring links that let a project's partner mentor take part without an account.
 * Issuing a new link withdraws the previous one; changing the project's mentor withdraws it too.
 */
@Injectable()
export class MentorLinksService {
  private readonly logger = new Logger(MentorLinksService.name);

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly access: ProjectAccessService,
    private readonly mentorMail: MentorMailService,
  ) {}

  async issue(
    viewer: Viewer,
    projectId: string,
    dto: MentorLinkRequestDto,
  ): Promise<MentorLinkDto> {
    const { token, expiresAt, mailedTo } = await this.db.transaction(async (manager) => {
      const access = await this.access.load(viewer, projectId, manager, true);
      if (!access.isStaff)
        throw forbidden('Only the tutor or an administrator shares the project with the mentor.');
      if (CLOSED_STATES.includes(access.state)) {
        throw conflict('project.closed', `The project is ${access.state}.`);
      }
      if (!access.mentorContactId) {
        throw conflict('project.mentor_missing', 'Name the partner’s mentor on the project first.');
      }
      const seconds = dto.expiresInDays
        ? dto.expiresInDays * 86400
        : this.config.MENTOR_LINK_TTL_SECONDS;
      const expiresAt = new Date(Math.floor(Date.now() / 1000 + seconds) * 1000);
      const repo = manager.getRepository(MentorLinkEntity);
      await repo
        .createQueryBuilder()
        .update()
        .set({ revokedAt: () => 'now()' })
        .where('project_id = :projectId AND revoked_at IS NULL', { projectId })
        .execute();
      const language = dto.language ?? 'fr';
      const link = await repo.save({
        projectId,
        contactId: access.mentorContactId,
        expiresAt,
        createdById: viewer.id,
        language,
      });
      await this.mailCap(manager, projectId);
      const mailedTo = await this.mentorMail.linkIssued(manager, projectId, {
        id: link.id,
        expiresAt,
        language,
      });
      if (mailedTo) await repo.update(link.id, { mailedTo });
      return {
        token: signLink(this.config.APP_SECRET, 'project-mentor', link.id, expiresAt),
        expiresAt,
        mailedTo,
      };
    });
    const url = new URL(`/mentor/${encodeURIComponent(token)}`, this.config.PUBLIC_URL).toString();
    this.logger.log({ projectId, expiresAt, mailed: mailedTo !== null }, 'Mentor link issued');
    return { url, token, expiresAt: expiresAt.toISOString(), mailedTo };
  }

  /** At most MENTOR_LINK_MAILS_PER_DAY mailed links per project a day (429 past it). */
  private async mailCap(manager: EntityManager, projectId: string): Promise<void> {
    const [{ n }] = await manager.query<{ n: number }[]>(
      `SELECT count(*)::int AS n FROM project_mentor_links
        WHERE project_id = $1 AND mailed_to IS NOT NULL AND created_at > now() - interval '1 day'`,
      [projectId],
    );
    if (n >= MENTOR_LINK_MAILS_PER_DAY) {
      throw new ProblemException(
        HttpStatus.TOO_MANY_REQUESTS,
        'mentor_link.mail_limit',
        `The mentor's link was mailed ${n} times today: copy the link instead.`,
        { limit: MENTOR_LINK_MAILS_PER_DAY },
      );
    }
  }

  async revoke(viewer: Viewer, projectId: string): Promise<void> {
    const access = await this.access.load(viewer, projectId);
    if (!access.isStaff)
      throw forbidden('Only the tutor or an administrator withdraws the mentor’s link.');
    await this.db
      .getRepository(MentorLinkEntity)
      .createQueryBuilder()
      .update()
      .set({ revokedAt: () => 'now()' })
      .where('project_id = :projectId AND revoked_at IS NULL', { projectId })
      .execute();
  }

  /** The live link of a project, for its tutor's page. */
  async status(projectId: string): Promise<MentorLinkStatusDto | null> {
    const [row] = await this.db.query<
      { created_at: Date; expires_at: Date; last_used_at: Date | null; mailed_to: string | null }[]
    >(
      `SELECT l.created_at, l.expires_at, l.last_used_at, l.mailed_to FROM project_mentor_links l
         JOIN projects p ON p.id = l.project_id AND p.mentor_contact_id = l.contact_id
        WHERE l.project_id = $1 AND l.revoked_at IS NULL AND l.expires_at > now()
        ORDER BY l.created_at DESC LIMIT 1`,
      [projectId],
    );
    return row
      ? {
          createdAt: row.created_at.toISOString(),
          expiresAt: row.expires_at.toISOString(),
          lastUsedAt: row.last_used_at?.toISOString() ?? null,
          mailedTo: row.mailed_to,
        }
      : null;
  }

  /**
   * Checks a token: signature (404 when tampered), expiry (410), not withdrawn and still the
   * project's mentor (410). Notes when it was last used.
   */
  async resolve(token: string): Promise<MentorGuest> {
    const check = verifyLink(this.config.APP_SECRET, 'project-mentor', token);
    if (!check.ok)
      throw check.reason === 'expired' ? goneLink('mentor_link.expired') : invalidLink();
    const [row] = await this.db.query<
      {
        project_id: string;
        contact_id: string;
        name: string;
        revoked: boolean;
        current: boolean;
        closed: boolean;
        touch: boolean;
      }[]
    >(
      `SELECT l.project_id, l.contact_id, mc.name, l.revoked_at IS NOT NULL AS revoked,
              p.mentor_contact_id IS NOT DISTINCT FROM l.contact_id AS current,
              p.state IN ('rejected', 'abandoned') AS closed,
              l.last_used_at IS NULL OR l.last_used_at < now() - interval '5 minutes' AS touch
         FROM project_mentor_links l
         JOIN projects p ON p.id = l.project_id
         JOIN partner_contacts mc ON mc.id = l.contact_id
        WHERE l.id = $1`,
      [check.id],
    );
    if (!row) throw invalidLink();
    if (row.revoked || !row.current || row.closed) throw goneLink('mentor_link.revoked');
    if (row.touch) {
      await this.db.query('UPDATE project_mentor_links SET last_used_at = now() WHERE id = $1', [
        check.id,
      ]);
    }
    return {
      linkId: check.id,
      projectId: row.project_id,
      contactId: row.contact_id,
      name: row.name,
      expiresAt: check.expiresAt,
    };
  }
}
