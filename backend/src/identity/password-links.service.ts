import { HttpStatus, Inject, Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import { ProblemException } from '../common/problem';
import { APP_CONFIG, AppConfig } from '../config/config';
import { type IssuedToken, issuePasswordTokens } from './password-links.bulk';
import { PasswordTokenEntity, type PasswordTokenPurpose } from './password-token.entity';
import { hashPassword, sha256 } from './secrets';
import { SessionsService } from './sessions.service';
import { UserEntity } from './user.entity';

const invalidLink = () =>
  new ProblemException(
    HttpStatus.GONE,
    'auth.password_token_invalid',
    'This link is invalid, already used or expired. Ask for a new one with "Forgot password?" on the sign-in page.',
  );

/**
 * One-time, expiring links to set a password: an invitation (new account, mailed by
 * AccountInvitationsService) or a reset (forgot password, PasswordResetService). At most one
 * live link per user and purpose; using any link burns every other one of the user.
 */
@Injectable()
export class PasswordLinksService {
  private readonly logger = new Logger(PasswordLinksService.name);

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly sessions: SessionsService,
  ) {}

  ttlOf(purpose: PasswordTokenPurpose): number {
    return purpose === 'reset'
      ? this.config.PASSWORD_RESET_TTL_SECONDS
      : this.config.PASSWORD_LINK_TTL_SECONDS;
  }

  /** Issues a new link; earlier unused links of the same purpose stop working. */
  async issue(
    user: Pick<UserEntity, 'id' | 'email'>,
    manager: EntityManager = this.db.manager,
    purpose: PasswordTokenPurpose = 'invitation',
  ): Promise<string> {
    const [issued] = await this.issueTokens(manager, [user.id], purpose);
    const url = this.urlFor(issued.token, purpose);
    this.logger.log({ userId: user.id, purpose }, 'Password link issued');
    return url;
  }

  /** One token per user, in two statements whatever their number, in the order given. */
  issueTokens(
    manager: EntityManager,
    userIds: string[],
    purpose: PasswordTokenPurpose,
  ): Promise<IssuedToken[]> {
    return issuePasswordTokens(manager, userIds, { ttlSeconds: this.ttlOf(purpose), purpose });
  }

  urlFor(token: string, purpose: PasswordTokenPurpose = 'invitation'): string {
    const page = purpose === 'reset' ? '/reset-password' : '/set-password';
    return new URL(`${page}?token=${encodeURIComponent(token)}`, this.config.PUBLIC_URL).toString();
  }

  async describe(
    token: string,
  ): Promise<{ email: string; displayName: string; purpose: PasswordTokenPurpose }> {
    const { user, purpose } = await this.live(token, this.db.manager);
    return { email: user?.email ?? '', displayName: user?.displayName ?? '', purpose };
  }

  /** Sets the password, burns the user's every live link and signs out all their sessions. */
  async use(token: string, password: string): Promise<void> {
    const passwordHash = await hashPassword(password);
    const userId = await this.db.transaction(async (manager) => {
      const row = await this.live(token, manager, true);
      const used = await manager
        .getRepository(PasswordTokenEntity)
        .createQueryBuilder()
        .update()
        .set({ usedAt: () => 'now()' })
        .where('user_id = :userId AND used_at IS NULL', { userId: row.userId })
        .execute();
      if (!used.affected) throw invalidLink();
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
