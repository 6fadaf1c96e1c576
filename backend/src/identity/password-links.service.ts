import { HttpStatus, Inject, Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import { ProblemException } from '../common/problem';
import { APP_CONFIG, AppConfig } from '../config/config';
import { PasswordTokenEntity } from './password-token.entity';
import { hashPassword, randomToken, sha256 } from './secrets';
import { SessionsService } from './sessions.service';
import { UserEntity } from './user.entity';

const invalidLink = () =>
  new ProblemException(
    HttpStatus.GONE,
    'auth.password_token_invalid',
    'This link is invalid, already used or expired. Ask an administrator for a new one.',
  );

/**
 * One-time, expiring links to set a password. Until e-mail exists the link is returned to the
 * admin who asked for it and written to the log.
 */
@Injectable()
export class PasswordLinksService {
  private readonly logger = new Logger(PasswordLinksService.name);

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly sessions: SessionsService,
  ) {}

  /** Issues a new link; earlier unused links of the user stop working. */
  async issue(
    user: Pick<UserEntity, 'id' | 'email'>,
    manager: EntityManager = this.db.manager,
  ): Promise<string> {
    const token = randomToken();
    const repo = manager.getRepository(PasswordTokenEntity);
    await repo
      .createQueryBuilder()
      .update()
      .set({ usedAt: () => 'now()' })
      .where('user_id = :id AND used_at IS NULL', { id: user.id })
      .execute();
    await repo.insert({
      userId: user.id,
      tokenHash: sha256(token),
      expiresAt: new Date(Date.now() + this.config.PASSWORD_LINK_TTL_SECONDS * 1000),
    });
    const url = this.urlFor(token);
    this.logger.log({ userId: user.id, email: user.email, url }, 'Set-password link issued');
    return url;
  }

  urlFor(token: string): string {
    return new URL(
      `/set-password?token=${encodeURIComponent(token)}`,
      this.config.PUBLIC_URL,
    ).toString();
  }

  async describe(token: string): Promise<{ email: string; displayName: string }> {
    const { user } = await this.live(token, this.db.manager);
    return { email: user?.email ?? '', displayName: user?.displayName ?? '' };
  }

  /** Sets the password, burns the link and signs out the user's other sessions. */
  async use(token: string, password: string): Promise<void> {
    const passwordHash = await hashPassword(password);
    const userId = await this.db.transaction(async (manager) => {
      const row = await this.live(token, manager, true);
      const used = await manager
        .getRepository(PasswordTokenEntity)
        .createQueryBuilder()
        .update()
        .set({ usedAt: () => 'now()' })
        .where('id = :id AND used_at IS NULL', { id: row.id })
        .execute();
      if (used.affected !== 1) throw invalidLink();
      await manager.getRepository(UserEntity).update(row.userId, { passwordHash });
      return row.userId;
    });
    await this.sessions.revokeAllOf(userId);
  }

  private async live(
    token: string,
    manager: EntityManager,
    lock = false,
  ): Promise<PasswordTokenEntity> {
    const query = manager
      .getRepository(PasswordTokenEntity)
      .createQueryBuilder('t')
      .innerJoinAndSelect('t.user', 'u')
      .where('t.token_hash = :hash', { hash: sha256(token) })
      .andWhere('t.used_at IS NULL')
      .andWhere('t.expires_at > now()')
      .andWhere('u.active');
    if (lock) query.setLock('pessimistic_write', undefined, ['t']);
    const row = await query.getOne();
    if (!row) throw invalidLink();
    return row;
  }
}
