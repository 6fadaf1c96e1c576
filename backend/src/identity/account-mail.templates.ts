import { Duration } from 'luxon';
import { type MailContent, type MailLang, mailLayout } from '../mail';

/** "7 jours", "1 hour": a link's lifetime in the recipient's language, in its largest whole unit. */
export function lifetime(seconds: number, lang: MailLang): string {
  const unit =
    seconds % 86400 === 0 ? 'days' : seconds % 3600 === 0 ? 'hours' : ('minutes' as const);
  const size = { days: 86400, hours: 3600, minutes: 60 }[unit];
  return Duration.fromObject(
    { [unit]: Math.max(1, Math.round(seconds / size)) },
    { locale: lang },
  ).toHuman();
}

export interface InvitationMail {
  displayName: string;
  email: string;
  url: string;
  ttlSeconds: number;
  programmeName?: string | null;
}

export function invitationMail(lang: MailLang, m: InvitationMail): MailContent {
  const valid = lifetime(m.ttlSeconds, lang);
  const programme = m.programmeName ?? null;
  if (lang === 'fr') {
    return mailLayout({
      lang,
      title: programme ? `Bienvenue dans ${programme}` : 'Bienvenue sur Clique',
      greeting: `Bonjour ${m.displayName},`,
      paragraphs: [
        programme
          ? `Un compte Clique a été créé pour vous (${m.email}) pour suivre le programme « ${programme} » : horaire, projets, notes et présences.`
          : `Un compte Clique a été créé pour vous (${m.email}).`,
        'Choisissez votre mot de passe pour vous connecter.',
        `Ce lien est valable ${valid} et ne sert qu’une fois. S’il a expiré, utilisez « Mot de passe oublié ? » sur la page de connexion.`,
      ],
      action: { label: 'Choisir mon mot de passe', url: m.url },
      footer: programme ?? undefined,
    });
  }
  return mailLayout({
    lang,
    title: programme ? `Welcome to ${programme}` : 'Welcome to Clique',
    greeting: `Hello ${m.displayName},`,
    paragraphs: [
      programme
        ? `A Clique account has been created for you (${m.email}) for the programme “${programme}”: schedule, projects, grades and attendance.`
        : `A Clique account has been created for you (${m.email}).`,
      'Choose your password to sign in.',
      `This link lasts ${valid} and works once. If it has expired, use “Forgot password?” on the sign-in page.`,
    ],
    action: { label: 'Choose my password', url: m.url },
    footer: programme ?? undefined,
  });
}

export interface ResetMail {
  displayName: string;
  email: string;
  url: string;
  ttlSeconds: number;
}

export function passwordResetMail(lang: MailLang, m: ResetMail): MailContent {
  const valid = lifetime(m.ttlSeconds, lang);
  if (lang === 'fr') {
    return mailLayout({
      lang,
      title: 'Réinitialiser votre mot de passe',
      greeting: `Bonjour ${m.displayName},`,
      paragraphs: [
        `Quelqu’un, sans doute vous, a demandé un nouveau mot de passe pour le compte Clique ${m.email}.`,
        `Ce lien est valable ${valid} et ne sert qu’une fois. Le nouveau mot de passe ferme toutes vos sessions ouvertes.`,
        'Si vous n’avez rien demandé, ignorez ce message : votre mot de passe ne change pas.',
      ],
      action: { label: 'Choisir un nouveau mot de passe', url: m.url },
    });
  }
  return mailLayout({
    lang,
    title: 'Reset your password',
    greeting: `Hello ${m.displayName},`,
    paragraphs: [
      `Someone, probably you, asked for a new password for the Clique account ${m.email}.`,
      `This link lasts ${valid} and works once. The new password signs out all your open sessions.`,
      'If you did not ask for it, ignore this message: your password stays as it is.',
    ],
    action: { label: 'Choose a new password', url: m.url },
  });
}

export interface EmailChangeMail {
  displayName: string;
  oldEmail: string;
  newEmail: string;
}

export function emailChangeConfirmMail(
  lang: MailLang,
  m: EmailChangeMail & { url: string; ttlSeconds: number },
): MailContent {
  const valid = lifetime(m.ttlSeconds, lang);
  if (lang === 'fr') {
    return mailLayout({
      lang,
      title: 'Confirmez votre nouvelle adresse',
      greeting: `Bonjour ${m.displayName},`,
      paragraphs: [
        `Vous avez demandé à utiliser ${m.newEmail} pour votre compte Clique, à la place de ${m.oldEmail}.`,
        `L’adresse change quand vous suivez ce lien, valable ${valid}. Si ce n’est pas vous, ignorez ce message : rien ne change.`,
      ],
      action: { label: 'Confirmer cette adresse', url: m.url },
    });
  }
  return mailLayout({
    lang,
    title: 'Confirm your new address',
    greeting: `Hello ${m.displayName},`,
    paragraphs: [
      `You asked to use ${m.newEmail} for your Clique account instead of ${m.oldEmail}.`,
      `The address changes when you follow this link, which lasts ${valid}. If it was not you, ignore this message: nothing changes.`,
    ],
    action: { label: 'Confirm this address', url: m.url },
  });
}

export function emailChangedNoticeMail(
  lang: MailLang,
  m: EmailChangeMail & { signInUrl: string },
): MailContent {
  if (lang === 'fr') {
    return mailLayout({
      lang,
      title: 'Votre adresse e-mail a changé',
      greeting: `Bonjour ${m.displayName},`,
      paragraphs: [
        `L’adresse de votre compte Clique est désormais ${m.newEmail}. Les messages de Clique n’arriveront plus à ${m.oldEmail}.`,
        'Si vous n’êtes pas à l’origine de ce changement, contactez sans attendre un administrateur de votre formation.',
      ],
      details: [
        { label: 'Ancienne adresse', value: m.oldEmail },
        { label: 'Nouvelle adresse', value: m.newEmail },
      ],
      action: { label: 'Ouvrir Clique', url: m.signInUrl },
    });
  }
  return mailLayout({
    lang,
    title: 'Your e-mail address has changed',
    greeting: `Hello ${m.displayName},`,
    paragraphs: [
      `Your Clique account’s address is now ${m.newEmail}. Clique’s messages will no longer reach ${m.oldEmail}.`,
      'If you did not make this change, contact an administrator of your programme at once.',
    ],
    details: [
      { label: 'Previous address', value: m.oldEmail },
      { label: 'New address', value: m.newEmail },
    ],
    action: { label: 'Open Clique', url: m.signInUrl },
  });
}

/** Kinds of the account mails (the mailbox and its template preview list them). */
export const ACCOUNT_MAIL = {
  invitation: 'account.set-password',
  reset: 'account.password-reset',
  emailConfirm: 'account.email-change.confirm',
  emailNotice: 'account.email-change.notice',
} as const;
