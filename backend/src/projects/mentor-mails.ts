import { DateTime } from 'luxon';
import { type MailContent, type MailLang, mailLayout } from '../mail';

/** The partner mentor's mails (kinds as the outbox and the admin's preview name them). */
export const MENTOR_MAIL_KINDS = {
  link: 'mentor.project-link',
  newVersion: 'mentor.new-version',
} as const;

/** A project as its mentor's mails speak of it. */
export interface MentorMailProject {
  title: string;
  cohort_name: string;
  programme_title: string;
  time_zone: string;
  partner_name: string;
  mentor_name: string;
  mentor_email: string | null;
  tutor_name: string | null;
  tutor_email: string | null;
}

export interface MentorMailVersion {
  milestone: string;
  version: number;
  fileName: string;
  submittedAt: Date;
  submittedBy: string;
  late: boolean;
}

const LOCALE: Record<MailLang, string> = { fr: 'fr-CH', en: 'en-GB' };
const day = (d: Date, p: MentorMailProject, lang: MailLang, time = false) =>
  DateTime.fromJSDate(d, { zone: p.time_zone })
    .setLocale(LOCALE[lang])
    .toFormat(time ? 'd LLLL yyyy, HH:mm' : 'd LLLL yyyy');

const T = {
  fr: {
    hello: (n: string) => `Bonjour ${n},`,
    project: 'Projet',
    partner: 'Partenaire',
    cohort: 'Volée',
    tutor: 'Tuteur·rice',
    open: 'Ouvrir le projet',
    linkSubject: (t: string) => `Projet « ${t} » : votre accès de mentor`,
    linkTitle: 'Votre accès au projet',
    linkIntro: (tutor: string, t: string, partner: string) =>
      `${tutor} vous donne accès au projet « ${t} », dont vous êtes le mentor pour ${partner}.`,
    linkBody:
      'Ce lien personnel, sans compte, vous montre le sujet, les jalons et les versions rendues par l’équipe ; vous pouvez y laisser vos commentaires. Ne le transférez pas.',
    linkUntil: (d: string) => `Il est valable jusqu’au ${d}.`,
    someone: 'L’équipe pédagogique',
    versionSubject: (m: string, t: string) => `Nouvelle version : ${m} — ${t}`,
    versionTitle: 'Une nouvelle version est rendue',
    versionBody: (who: string, m: string) =>
      `${who} a rendu une nouvelle version du jalon « ${m} ».`,
    milestone: 'Jalon',
    version: 'Version',
    file: 'Fichier',
    submitted: 'Rendue le',
    late: ' (en retard)',
  },
  en: {
    hello: (n: string) => `Hello ${n},`,
    project: 'Project',
    partner: 'Partner',
    cohort: 'Cohort',
    tutor: 'Tutor',
    open: 'Open the project',
    linkSubject: (t: string) => `Project “${t}”: your mentor access`,
    linkTitle: 'Your access to the project',
    linkIntro: (tutor: string, t: string, partner: string) =>
      `${tutor} gives you access to the project “${t}”, which you mentor for ${partner}.`,
    linkBody:
      'This personal link, with no account, shows you the brief, the milestones and the versions the team hands in; you can leave your comments there. Please do not forward it.',
    linkUntil: (d: string) => `It works until ${d}.`,
    someone: 'The teaching team',
    versionSubject: (m: string, t: string) => `New version: ${m} — ${t}`,
    versionTitle: 'A new version was handed in',
    versionBody: (who: string, m: string) =>
      `${who} handed in a new version of the milestone “${m}”.`,
    milestone: 'Milestone',
    version: 'Version',
    file: 'File',
    submitted: 'Handed in on',
    late: ' (late)',
  },
} as const;

function projectDetails(p: MentorMailProject, lang: MailLang) {
  const t = T[lang];
  const tutor = [p.tutor_name, p.tutor_email].filter(Boolean).join(' · ');
  return [
    { label: t.project, value: p.title },
    { label: t.partner, value: p.partner_name },
    { label: t.cohort, value: `${p.cohort_name} · ${p.programme_title}` },
    ...(tutor ? [{ label: t.tutor, value: tutor }] : []),
  ];
}

const footer = (p: MentorMailProject) =>
  [p.programme_title, p.tutor_name].filter(Boolean).join(' · ');

export function mentorLinkMail(
  p: MentorMailProject,
  lang: MailLang,
  url: string,
  expiresAt: Date,
): MailContent {
  const t = T[lang];
  return mailLayout({
    lang,
    subject: t.linkSubject(p.title),
    title: t.linkTitle,
    greeting: t.hello(p.mentor_name),
    paragraphs: [
      t.linkIntro(p.tutor_name ?? t.someone, p.title, p.partner_name),
      t.linkBody,
      t.linkUntil(day(expiresAt, p, lang)),
    ],
    action: { label: t.open, url },
    details: projectDetails(p, lang),
    footer: footer(p),
  });
}

export function newVersionMail(
  p: MentorMailProject,
  lang: MailLang,
  url: string,
  v: MentorMailVersion,
): MailContent {
  const t = T[lang];
  return mailLayout({
    lang,
    subject: t.versionSubject(v.milestone, p.title),
    title: t.versionTitle,
    greeting: t.hello(p.mentor_name),
    paragraphs: [t.versionBody(v.submittedBy, v.milestone)],
    action: { label: t.open, url },
    details: [
      { label: t.milestone, value: v.milestone },
      { label: t.version, value: String(v.version) },
      { label: t.file, value: v.fileName },
      { label: t.submitted, value: `${day(v.submittedAt, p, lang, true)}${v.late ? t.late : ''}` },
      ...projectDetails(p, lang),
    ],
    footer: footer(p),
  });
}

/** Realistic data for the admin's preview. */
export const SAMPLE_MENTOR_PROJECT: MentorMailProject = {
  title: 'Stratégie de communauté pour la médiathèque',
  cohort_name: 'MCMS 2027',
  programme_title: 'Diplôme SAWI MCMS',
  time_zone: 'Europe/Zurich',
  partner_name: 'Médiathèque de Lausanne',
  mentor_name: 'Anne Dubois',
  mentor_email: 'anne.dubois@example.org',
  tutor_name: 'Claire Rochat',
  tutor_email: 'claire.rochat@clique.test',
};
