import { Inject, Injectable, type OnModuleInit } from '@nestjs/common';
import { APP_CONFIG, AppConfig } from '../config/config';
import { MailTemplates } from '../mail';
import {
  ACCOUNT_MAIL,
  emailChangeConfirmMail,
  emailChangedNoticeMail,
  invitationMail,
  passwordResetMail,
} from './account-mail.templates';

/** Registers the account mails, with sample data, for the admin's template preview. */
@Injectable()
export class AccountMailTemplatesRegistry implements OnModuleInit {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly templates: MailTemplates,
  ) {}

  onModuleInit(): void {
    const url = new URL('/set-password?token=exemple', this.config.PUBLIC_URL).toString();
    const sample = { displayName: 'Léa Müller', email: 'lea.muller@example.ch', url };
    this.templates.register({
      kind: ACCOUNT_MAIL.invitation,
      description: 'Set-password link of a new account (creation, enrolment, CSV import)',
      sample: (lang) =>
        invitationMail(lang, {
          ...sample,
          ttlSeconds: this.config.PASSWORD_LINK_TTL_SECONDS,
          programmeName: 'MCMS 2026–2027',
        }),
    });
    this.templates.register({
      kind: ACCOUNT_MAIL.reset,
      description: 'Forgot password: a one-time link to choose a new password',
      sample: (lang) =>
        passwordResetMail(lang, {
          ...sample,
          url: url.replace('/set-password', '/reset-password'),
          ttlSeconds: this.config.PASSWORD_RESET_TTL_SECONDS,
        }),
    });
    const change = { displayName: 'Léa Müller', oldEmail: sample.email, newEmail: 'lea@agence.ch' };
    this.templates.register({
      kind: ACCOUNT_MAIL.emailConfirm,
      description: 'E-mail change: the link confirming the new address, sent to it',
      sample: (lang) =>
        emailChangeConfirmMail(lang, {
          ...change,
          url: new URL('/confirm-email?token=exemple', this.config.PUBLIC_URL).toString(),
          ttlSeconds: this.config.EMAIL_CHANGE_TTL_SECONDS,
        }),
    });
    this.templates.register({
      kind: ACCOUNT_MAIL.emailNotice,
      description: 'E-mail change: the notice sent to the previous address once changed',
      sample: (lang) =>
        emailChangedNoticeMail(lang, {
          ...change,
          signInUrl: new URL('/sign-in', this.config.PUBLIC_URL).toString(),
        }),
    });
  }
}
