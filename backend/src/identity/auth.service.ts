import { HttpStatus, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { ProblemException } from '../common/problem';
import type { AuthUser } from './auth.decorators';
import type { MeDto, UpdateMeDto } from './dto/auth.dto';
import { verifyPassword } from './secrets';
import { SessionsService } from './sessions.service';
import { SignInThrottleService } from './sign-in-throttle.service';
import { UserEntity } from './user.entity';

export const toMe = (
  u: Pick<UserEntity, 'id' | 'email' | 'displayName' | 'role' | 'preferredLanguage'>,
): MeDto => ({
  id: u.id,
  email: u.email,
  displayName: u.displayName,
  role: u.role,
  preferredLanguage: u.preferredLanguage,
});

@Injectable()
export class AuthService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly sessions: SessionsService,
    private readonly throttle: SignInThrottleService,
  ) {}

  /**
   * Checks the password. A wrong password and an unknown e-mail answer the same, in the same
   * time; both count towards the throttle.
   */
  async signIn(emailAsTyped: string, password: string, ip: string, userAgent: string | null) {
    const email = emailAsTyped.trim().toLowerCase();
    await this.throttle.assertAllowed(email, ip);
    const user = await this.db
      .getRepository(UserEntity)
      .createQueryBuilder('u')
      .addSelect('u.passwordHash')
      .where('lower(u.email) = :email', { email })
      .getOne();
    const ok = await verifyPassword(user?.passwordHash ?? null, password);
    if (!user || !ok) {
      await this.throttle.recordFailure(email, ip);
      throw new ProblemException(
        HttpStatus.UNAUTHORIZED,
        'auth.invalid_credentials',
        'Wrong e-mail or password.',
      );
    }
    if (!user.active) {
      throw new ProblemException(
        HttpStatus.FORBIDDEN,
        'auth.account_disabled',
        'This account is deactivated.',
      );
    }
    await this.throttle.clear(email);
    const session = await this.sessions.open(user.id, ip, userAgent);
    return { me: toMe(user), ...session };
  }

  signOut(user: AuthUser): Promise<void> {
    return this.sessions.revoke(user.sessionId);
  }

  async updateMe(user: AuthUser, dto: UpdateMeDto): Promise<MeDto> {
    const repo = this.db.getRepository(UserEntity);
    if (Object.keys(dto).length > 0) await repo.update(user.id, dto);
    return toMe(await repo.findOneByOrFail({ id: user.id }));
  }
}
