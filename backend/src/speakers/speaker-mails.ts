import { DateTime } from 'luxon';
import { type MailContent, type MailLang, mailLayout } from '../mail';
import { talkContact, type TalkRow } from './talk-row';

/** The speakers' mails (kinds as the outbox and the admin's preview name them). */
export const SPEAKER_MAIL_KINDS = {
  invitation: 'speaker.invitation',
  reminder: 'speaker.reminder',
  answered: 'speaker.answered',
  changed: 'speaker.session-changed',
  cancelled: 'speaker.session-cancelled',
  thanks: 'speaker.thank-you',
} as const;

const LOCALE: Record<MailLang, string> = { fr: 'fr-CH', en: 'en-GB' };

/** "mercredi 13 janvier 2027, 14:00–15:30 (Europe/Zurich)", in the programme's zone. */
export function talkWhen(
  r: Pick<TalkRow, 'starts_at' | 'ends_at' | 'time_zone'>,
  lang: MailLang,
): string {
  const at = (d: Date) => DateTime.fromJSDate(d, { zone: r.time_zone }).setLocale(LOCALE[lang]);
  const start = at(r.starts_at);
  const end = at(r.ends_at);
  const day = start.toFormat('cccc d LLLL yyyy');
  const sameDay = start.hasSame(end, 'day');
  const until = sameDay
    ? end.toFormat('HH:mm')
    : `${end.toFormat('d LLLL yyyy')} ${end.toFormat('HH:mm')}`;
  return `${day}, ${start.toFormat('HH:mm')}–${until} (${r.time_zone})`;
}

const T = {
  fr: {
    hello: (n: string) => `Bonjour ${n},`,
    talk: 'Intervention',
    when: 'Date et heure',
    place: 'Lieu',
    online: 'En ligne',
    access: 'Accès',
    equipment: 'Équipement',
    contact: 'Contact sur place',
    cohort: 'Volée',
    answer: 'Répondre à l’invitation',
    myPage: 'Ouvrir ma page',
    invitationSubject: (t: string, p: string) => `Invitation : ${t} — ${p}`,
    invitationTitle: 'Une invitation à intervenir',
    invitationIntro: (who: string, cohort: string, p: string) =>
      `${who} vous invite à intervenir devant la volée ${cohort} du programme ${p}.`,
    invitationAsk:
      'Le lien ci-dessous ouvre votre page : vous y trouverez tous les détails pratiques et pourrez confirmer ou décliner. Le fichier joint ajoute la date à votre agenda.',
    someone: 'L’équipe pédagogique',
    reminderSubject: (t: string) => `Rappel : votre réponse pour « ${t} »`,
    reminderTitle: 'Nous attendons votre réponse',
    reminderBody:
      'Nous n’avons pas encore reçu votre réponse à notre invitation. Pourriez-vous nous dire si vous pouvez venir ?',
    confirmedSubject: (t: string) => `Confirmé : ${t}`,
    confirmedTitle: 'Merci, votre intervention est confirmée',
    confirmedBody:
      'Nous avons bien reçu votre confirmation et nous réjouissons de vous accueillir. Votre page reste ouverte jusqu’à la fin de l’intervention : vous pouvez y compléter votre biographie.',
    declinedSubject: (t: string) => `Réponse reçue : ${t}`,
    declinedTitle: 'Merci de votre réponse',
    declinedBody:
      'Nous avons bien noté que vous ne pourrez pas intervenir cette fois. Merci de nous avoir prévenus ; au plaisir d’une prochaine occasion.',
    movedSubject: (t: string) => `Nouvelle date : ${t}`,
    movedTitle: 'La séance a été déplacée',
    movedBody: (before: string) =>
      `La séance de votre intervention a changé de date. Elle était prévue le ${before}. Le fichier joint met votre agenda à jour.`,
    changedSubject: (t: string) => `Changement : ${t}`,
    changedTitle: 'Les informations de la séance ont changé',
    changedBody:
      'Le lieu ou le titre de la séance a changé. Le fichier joint met votre agenda à jour.',
    reason: (r: string) => `Motif : ${r}`,
    cancelledSubject: (t: string) => `Annulation : ${t}`,
    cancelledTitle: 'Votre intervention est annulée',
    cancelledBody:
      'Nous sommes au regret de vous informer que votre intervention n’aura pas lieu à la date prévue. Le fichier joint la retire de votre agenda.',
    thanksSubject: (t: string) => `Merci pour « ${t} »`,
    thanksTitle: 'Merci pour votre intervention',
    thanksBody: (cohort: string) =>
      `Merci d’être venu·e partager votre expérience avec la volée ${cohort}. Les étudiant·e·s en rédigent maintenant une synthèse. Au plaisir de vous accueillir à nouveau !`,
  },
  en: {
    hello: (n: string) => `Hello ${n},`,
    talk: 'Talk',
    when: 'Date and time',
    place: 'Place',
    online: 'Online',
    access: 'Access',
    equipment: 'Equipment',
    contact: 'Contact on the day',
    cohort: 'Cohort',
    answer: 'Answer the invitation',
    myPage: 'Open my page',
    invitationSubject: (t: string, p: string) => `Invitation: ${t} — ${p}`,
    invitationTitle: 'An invitation to speak',
    invitationIntro: (who: string, cohort: string, p: string) =>
      `${who} invites you to speak to the ${cohort} cohort of the ${p} programme.`,
    invitationAsk:
      'The link below opens your page: it has every practical detail and lets you accept or decline. The attached file adds the date to your calendar.',
    someone: 'The teaching team',
    reminderSubject: (t: string) => `Reminder: your answer for “${t}”`,
    reminderTitle: 'We are waiting for your answer',
    reminderBody:
      'We have not received your answer to our invitation yet. Could you let us know whether you can come?',
    confirmedSubject: (t: string) => `Confirmed: ${t}`,
    confirmedTitle: 'Thank you, your talk is confirmed',
    confirmedBody:
      'We have your confirmation and look forward to welcoming you. Your page stays open until the end of the talk: you can complete your biography there.',
    declinedSubject: (t: string) => `Answer received: ${t}`,
    declinedTitle: 'Thank you for your answer',
    declinedBody:
      'We have noted that you cannot speak this time. Thank you for letting us know; we hope to welcome you another time.',
    movedSubject: (t: string) => `New date: ${t}`,
    movedTitle: 'The session has moved',
    movedBody: (before: string) =>
      `The session of your talk has a new date. It was planned for ${before}. The attached file updates your calendar.`,
    changedSubject: (t: string) => `Change: ${t}`,
    changedTitle: 'The session’s details have changed',
    changedBody:
      'The place or the title of the session has changed. The attached file updates your calendar.',
    reason: (r: string) => `Reason: ${r}`,
    cancelledSubject: (t: string) => `Cancelled: ${t}`,
    cancelledTitle: 'Your talk is cancelled',
    cancelledBody:
      'We are sorry to tell you that your talk will not take place as planned. The attached file removes it from your calendar.',
    thanksSubject: (t: string) => `Thank you for “${t}”`,
    thanksTitle: 'Thank you for your talk',
    thanksBody: (cohort: string) =>
      `Thank you for coming to share your experience with the ${cohort} cohort. The students are now writing a synthesis of it. We hope to welcome you again!`,
  },
} as const;

const talkName = (r: TalkRow) => r.talk_title || r.title;

/** The talk's facts, the same in every mail: what, when, where, how to get in, whom to call. */
function talkDetails(r: TalkRow, lang: MailLang): Array<{ label: string; value: string }> {
  const t = T[lang];
  const contact = talkContact(r);
  const place = [r.room_name, r.room_address].filter(Boolean).join(', ');
  const who = [contact.name, contact.email, contact.phone].filter(Boolean).join(' · ');
  const rows: Array<[string, string | null]> = [
    [t.talk, talkName(r)],
    [t.when, talkWhen(r, lang)],
    [t.place, place || null],
    [t.online, r.online_url],
    [t.access, r.access_info || null],
    [t.equipment, r.equipment || null],
    [t.contact, who || null],
    [t.cohort, `${r.cohort_name} · ${r.programme_title}`],
  ];
  return rows
    .filter((x): x is [string, string] => !!x[1])
    .map(([label, value]) => ({ label, value }));
}

const footer = (r: TalkRow) => [r.programme_title, r.invited_by].filter(Boolean).join(' · ');

function layout(
  r: TalkRow,
  lang: MailLang,
  parts: {
    subject: string;
    title: string;
    paragraphs: string[];
    url?: string | null;
    action?: string;
  },
): MailContent {
  return mailLayout({
    lang,
    subject: parts.subject,
    title: parts.title,
    greeting: T[lang].hello(r.full_name),
    paragraphs: parts.paragraphs.filter(Boolean),
    action: parts.url ? { label: parts.action ?? T[lang].myPage, url: parts.url } : undefined,
    details: talkDetails(r, lang),
    footer: footer(r),
  });
}

export function invitationMail(r: TalkRow, lang: MailLang, url: string): MailContent {
  const t = T[lang];
  return layout(r, lang, {
    subject: t.invitationSubject(talkName(r), r.programme_title),
    title: t.invitationTitle,
    paragraphs: [
      t.invitationIntro(r.invited_by ?? t.someone, r.cohort_name, r.programme_title),
      r.message_to_speaker,
      r.abstract,
      t.invitationAsk,
    ],
    url,
    action: t.answer,
  });
}

export function reminderMail(r: TalkRow, lang: MailLang, url: string): MailContent {
  const t = T[lang];
  return layout(r, lang, {
    subject: t.reminderSubject(talkName(r)),
    title: t.reminderTitle,
    paragraphs: [t.reminderBody],
    url,
    action: t.answer,
  });
}

export function answeredMail(r: TalkRow, lang: MailLang, url: string | null): MailContent {
  const t = T[lang];
  const yes = r.status === 'confirmed';
  return layout(r, lang, {
    subject: yes ? t.confirmedSubject(talkName(r)) : t.declinedSubject(talkName(r)),
    title: yes ? t.confirmedTitle : t.declinedTitle,
    paragraphs: [yes ? t.confirmedBody : t.declinedBody],
    url: yes ? url : null,
  });
}

export function sessionChangedMail(
  r: TalkRow,
  lang: MailLang,
  change: { moved: boolean; before: { startsAt: Date; endsAt: Date }; reason: string | null },
  url: string | null,
): MailContent {
  const t = T[lang];
  const before = talkWhen(
    { starts_at: change.before.startsAt, ends_at: change.before.endsAt, time_zone: r.time_zone },
    lang,
  );
  return layout(r, lang, {
    subject: change.moved ? t.movedSubject(talkName(r)) : t.changedSubject(talkName(r)),
    title: change.moved ? t.movedTitle : t.changedTitle,
    paragraphs: [
      change.moved ? t.movedBody(before) : t.changedBody,
      change.reason ? t.reason(change.reason) : '',
    ],
    url,
  });
}

export function sessionCancelledMail(r: TalkRow, lang: MailLang): MailContent {
  const t = T[lang];
  return layout(r, lang, {
    subject: t.cancelledSubject(talkName(r)),
    title: t.cancelledTitle,
    paragraphs: [t.cancelledBody, r.cancellation_reason ? t.reason(r.cancellation_reason) : ''],
  });
}

export function thanksMail(r: TalkRow, lang: MailLang): MailContent {
  const t = T[lang];
  return layout(r, lang, {
    subject: t.thanksSubject(talkName(r)),
    title: t.thanksTitle,
    paragraphs: [t.thanksBody(r.cohort_name)],
  });
}

/** A realistic talk for the admin's preview of the templates. */
export function sampleTalk(lang: MailLang): TalkRow {
  const start = DateTime.now()
    .setZone('Europe/Zurich')
    .plus({ weeks: 3 })
    .set({ hour: 14, minute: 0, second: 0, millisecond: 0 });
  return {
    invitation_id: '00000000-0000-4000-8000-000000000001',
    status: 'invited',
    talk_title: lang === 'fr' ? 'Le peuple des connecteurs' : 'The connected people',
    abstract: '',
    message_to_speaker:
      lang === 'fr'
        ? 'Merci de prévoir 30 minutes de questions.'
        : 'Please keep 30 minutes for questions.',
    speaker_note: null,
    responded_at: null,
    access_info:
      lang === 'fr'
        ? 'Entrée principale, 2e étage ; parking visiteurs au sous-sol.'
        : 'Main entrance, 2nd floor; visitor parking downstairs.',
    equipment:
      lang === 'fr' ? 'Projecteur HDMI, micro sans fil' : 'HDMI projector, wireless microphone',
    contact_name: 'Claire Rochat',
    contact_email: 'claire.rochat@clique.test',
    contact_phone: '+41 21 000 00 00',
    reminder_days: 5,
    reminded_at: null,
    mail_count: 0,
    mailed_at: null,
    invited_by: 'Claire Rochat',
    inviter_email: 'claire.rochat@clique.test',
    session_id: '00000000-0000-4000-8000-000000000002',
    title: lang === 'fr' ? 'Conférence invitée' : 'Guest talk',
    description: '',
    kind: 'guest_talk',
    starts_at: start.toJSDate(),
    ends_at: start.plus({ minutes: 90 }).toJSDate(),
    session_status: 'scheduled',
    cancellation_reason: null,
    sequence: 0,
    created_at: new Date(),
    updated_at: new Date(),
    online_url: null,
    room_name: 'Salle Cluetrain',
    room_address: 'Maison de la Communication, Lausanne',
    cohort_id: '00000000-0000-4000-8000-000000000003',
    cohort_name: 'MCMS 2027',
    programme_title: 'Diplôme SAWI MCMS',
    time_zone: 'Europe/Zurich',
    module_title: null,
    speaker_id: '00000000-0000-4000-8000-000000000004',
    full_name: 'Thierry Crouzet',
    speaker_email: 'thierry@example.org',
    preferred_language: lang,
    job_title: null,
    organisation: null,
    bio: '',
    website_url: null,
  };
}
