import { Module } from '@nestjs/common';
import { CohortsModule } from '../cohorts';
import { CredentialsModule } from '../credentials';
import { NotificationsModule } from '../notifications';
import { DiplomaIssuingService } from './diploma-issuing.service';
import { DiplomaPdfService } from './diploma-pdf.service';
import { DiplomasController } from './diplomas.controller';
import { DiplomasService } from './diplomas.service';
import { VerificationService } from './verification.service';

/** Diplomas: issuing after the jury, the PDF with its QR code, public verification, revocation. */
@Module({
  imports: [CohortsModule, CredentialsModule, NotificationsModule],
  controllers: [DiplomasController],
  providers: [DiplomasService, DiplomaIssuingService, DiplomaPdfService, VerificationService],
  exports: [DiplomasService],
})
export class DiplomasModule {}
