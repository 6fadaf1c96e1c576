/**
 * The public surface of the identity domain: the only file another domain may import from it (an
 * ESLint rule refuses deeper paths). Its module and exported services, the DTOs and vocabulary
 * others build on, and its entities for TypeORM relations and reads — the tables stay written
 * by identity alone; other domains call its services to change them.
 */
export { IdentityModule } from './identity.module';
export { AccountInvitationsService } from './account-invitations.service';
export type { InvitationContext, InvitedUser } from './account-invitations.service';
export { PasswordLinksService } from './password-links.service';
export { SessionsService } from './sessions.service';
export { UsersService } from './users.service';
export * from './password-links.bulk';
export * from './auth.decorators';
export * from './user.entity';
export * from './student-accounts';
