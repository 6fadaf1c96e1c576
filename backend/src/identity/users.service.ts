import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { pgError, UNIQUE_VIOLATION } from '../common/db-errors';
import {
  collated,
  orderSql,
  type Page,
  pageOrder,
  pageWindow,
  type SortColumns,
  toPage,
} from '../common/paging';
import { preparedNamedQuery } from '../common/prepared';
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

type UserRow = Pick<
  UserEntity,
  'id' | 'email' | 'displayName' | 'role' | 'preferredLanguage' | 'active' | 'createdAt'
> & { hasPassword?: boolean };

interface UserListRow {
  id: string;
  email: string;
  display_name: string;
  role: UserEntity['role'];
  preferred_language: UserEntity['preferredLanguage'];
  active: boolean;
  has_password: boolean;
  created_at: Date;
}

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

  /**
   * One page of users and the total, in two queries whatever the page size: SQL with the page's
   * limits as parameters, as named prepared statements (one plan per filter combination and sort).
   */
  async list(query: UserQueryDto): Promise<Page<UserSummaryDto>> {
    const where: string[] = [];
    const params: Record<string, unknown> = {};
    if (query.q) {
      where.push(matchesAny(['u.email', 'u.display_name']));
      Object.assign(params, searchParams(query.q));
    }
    if (query.role) {
      where.push('u.role = :role');
      params['role'] = query.role;
    }
    const filter = where.length ? `WHERE ${where.join(' AND ')}` : '';
    const order = pageOrder(query.sort, SORTS, 'displayName', 'u.id');
    const m = this.db.manager;
    const [count] = await preparedNamedQuery<{ total: number }>(
      m,
      `SELECT count(*)::int AS total FROM users u ${filter}`,
      params,
    );
    const rows = await preparedNamedQuery<UserListRow>(
      m,
      `SELECT u.id, u.email, u.display_name, u.role, u.preferred_language, u.active,
              u.password_hash IS NOT NULL AS has_password, u.created_at
         FROM users u ${filter}
        ORDER BY ${orderSql(order)} LIMIT :limit OFFSET :offset`,
      { ...params, ...pageWindow(query) },
    );
    const items = rows.map((u) =>
      toUserSummary({
        id: u.id,
        email: u.email,
        displayName: u.display_name,
        role: u.role,
        preferredLanguage: u.preferred_language,
        active: u.active,
        hasPassword: u.has_password,
        createdAt: u.created_at,
      }),
    );
    return toPage(items, count?.total ?? 0, query);
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
