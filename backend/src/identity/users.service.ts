import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { pgError, UNIQUE_VIOLATION } from '../common/db-errors';
import {
  collated,
  type Page,
  pageOfQuery,
  pageOrder,
  type SortColumns,
  toPage,
} from '../common/paging';
import { matchesAny, searchParams } from '../common/search';
import { conflict, notFound } from '../common/problem';
import type {
  CreatedUserDto,
  CreateUserDto,
  UpdateUserDto,
  USER_SORTS,
  UserQueryDto,
  UserSummaryDto,
} from './dto/users.dto';
import { AccountInvitationsService } from './account-invitations.service';
import { SessionsService } from './sessions.service';
import { UserEntity } from './user.entity';

const SORTS: SortColumns<(typeof USER_SORTS)[number]> = {
  displayName: collated('u.display_name'),
  email: collated('u.email'),
  role: 'u.role',
  createdAt: 'u.created_at',
};

type UserRow = UserEntity & { hasPassword?: boolean };

export const toUserSummary = (u: UserRow): UserSummaryDto => ({
  id: u.id,
  email: u.email,
  displayName: u.displayName,
  role: u.role,
  preferredLanguage: u.preferredLanguage,
  active: u.active,
  hasPassword: Boolean(u.hasPassword),
  createdAt: u.createdAt.toISOString(),
});

@Injectable()
export class UsersService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly invitations: AccountInvitationsService,
    private readonly sessions: SessionsService,
  ) {}

  /** One page of users and the total, in two queries whatever the page size. */
  async list(query: UserQueryDto): Promise<Page<UserSummaryDto>> {
    const qb = this.db
      .getRepository(UserEntity)
      .createQueryBuilder('u')
      .addSelect('u.password_hash IS NOT NULL', 'has_password');
    if (query.q) qb.andWhere(matchesAny(['u.email', 'u.display_name']), searchParams(query.q));
    if (query.role) qb.andWhere('u.role = :role', { role: query.role });
    const order = pageOrder(query.sort, SORTS, 'displayName', 'u.id');
    const { rows, total } = await pageOfQuery(qb, query, order, (page) =>
      page.getRawAndEntities<{ has_password: boolean }>(),
    );
    const items = rows.entities.map((u, i) =>
      toUserSummary({ ...u, hasPassword: rows.raw[i]?.has_password }),
    );
    return toPage(items, total, query);
  }

  async create(dto: CreateUserDto): Promise<CreatedUserDto> {
    return this.db.transaction(async (manager) => {
      let user: UserEntity;
      try {
        user = await manager
          .getRepository(UserEntity)
          .save(manager.getRepository(UserEntity).create({ ...dto }));
      } catch (error) {
        if (pgError(error, UNIQUE_VIOLATION, 'uq_users_email')) {
          throw conflict('user.email_taken', `A user with the e-mail ${dto.email} already exists.`);
        }
        throw error;
      }
      const setPasswordUrl = await this.invitations.invite(manager, user);
      return { user: toUserSummary(user), setPasswordUrl, mailedTo: user.email };
    });
  }

  async update(id: string, dto: UpdateUserDto): Promise<UserSummaryDto> {
    const repo = this.db.getRepository(UserEntity);
    const user = await repo.findOneBy({ id });
    if (!user) throw notFound('user');
    Object.assign(user, dto);
    await repo.save(user);
    if (dto.active === false) await this.sessions.revokeAllOf(id);
    return this.get(id);
  }

  async get(id: string): Promise<UserSummaryDto> {
    const { entities, raw } = await this.db
      .getRepository(UserEntity)
      .createQueryBuilder('u')
      .addSelect('u.password_hash IS NOT NULL', 'has_password')
      .where('u.id = :id', { id })
      .getRawAndEntities<{ has_password: boolean }>();
    if (!entities[0]) throw notFound('user');
    return toUserSummary({ ...entities[0], hasPassword: raw[0]?.has_password });
  }

  /** Mails a new set-password link (throttled per address); returns it too. */
  async newPasswordLink(id: string): Promise<{ setPasswordUrl: string; mailedTo: string }> {
    return this.db.transaction(async (manager) => {
      const user = await manager.getRepository(UserEntity).findOneBy({ id });
      if (!user) throw notFound('user');
      if (!user.active) {
        throw conflict('auth.account_disabled', 'This account is deactivated: activate it first.');
      }
      const setPasswordUrl = await this.invitations.inviteAgain(manager, user);
      return { setPasswordUrl, mailedTo: user.email };
    });
  }

  async revokeSessions(id: string): Promise<void> {
    await this.get(id);
    await this.sessions.revokeAllOf(id);
  }
}
