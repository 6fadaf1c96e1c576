import { Module } from '@nestjs/common';
import { CredentialsController } from './credentials.controller';
import { CredentialsService } from './credentials.service';
import { IssuerKeysService } from './issuer-keys.service';
import { StatusListsService } from './status-lists.service';
import { WellKnownController } from './well-known.controller';

/**
 * Open Badges 3.0 credentials of diplomas: the issuer's key file, did:web and JWKS, signed
 * credentials (VC-JWT) and their Bitstring Status List. Imports no domain: diplomas hands it
 * what it signs.
 */
@Module({
  controllers: [CredentialsController, WellKnownController],
  providers: [IssuerKeysService, StatusListsService, CredentialsService],
  exports: [CredentialsService],
})
export class CredentialsModule {}
