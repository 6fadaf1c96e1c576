/**
 * The public surface of the credentials domain (Open Badges 3.0 as VC-JWT). It imports no
 * other domain for what it signs: diplomas hands it everything. Its tables (credentials,
 * credential_status_lists) are written by it alone, in the caller's transaction.
 */
export { CredentialsModule } from './credentials.module';
export { CredentialsService } from './credentials.service';
export type { CredentialInput } from './credential-input';
export { WELL_KNOWN_ROUTES } from './well-known.controller';
export { decodeJwtPart } from './vc-jwt';
export * from './credential.entity';
export * from './credential-status-list.entity';
