import { DateTime } from 'luxon';
import { mailLayout, type MailContent, type MailLang } from '../mail';
import type { NotificationKind } from './notification-kinds';

/** An absolute link to an app path. */
export const appUrl = (publicUrl: string, path: string): string =>
  `${publicUrl.replace(/\/+$/, '')}${path.startsWith('/') ? path : `/${path}`}`;

const OPEN: Record<MailLang, string> = { fr: 'Ouvrir dans Clique', en: 'Open in Clique' };
const GREETING: Record<MailLang, (name: string) => string> = {
  fr: (name) => `Bonjour ${name},`,
  en: (name) => `Hello ${name},`,
};
const FOOTER: Record<MailLang, string> = {
  fr: 'Vous recevez ce message selon vos préférences de notification dans Clique.',
  en: 'You receive this message per your notification settings in Clique.',
};

/** The mail of a notification that brings no mail of its own: its text and a button. */
export function notificationMail(input: {
  lang: MailLang;
  name: string;
  title: string;
  body: string;
  url: string;
}): MailContent {
  return mailLayout({
    lang: input.lang,
    title: input.title,
    greeting: GREETING[input.lang](input.name),
    paragraphs: input.body ? input.body.split(/\n{2,}/) : [],
    action: { label: OPEN[input.lang], url: input.url },
    footer: FOOTER[input.lang],
  });
}

export interface DigestItem {
  kind: NotificationKind;
  title: string;
  body: string;
  url: string;
}

const DIGEST_TITLE: Record<MailLang, (n: number) => string> = {
  fr: (n) =>
    n === 1 ? 'Votre résumé du jour : 1 nouveauté' : `Votre résumé du jour : ${n} nouveautés`,
  en: (n) => (n === 1 ? 'Your daily digest: 1 new item' : `Your daily digest: ${n} new items`),
};
const DIGEST_INTRO: Record<MailLang, string> = {
  fr: 'Voici ce qui s’est passé depuis votre dernier résumé.',
  en: 'Here is what happened since your last digest.',
};
const ALL: Record<MailLang, string> = {
  fr: 'Voir toutes mes notifications',
  en: 'See all my notifications',
};
const DIGEST_FOOTER: Record<MailLang, string> = {
  fr: 'Vous recevez ce résumé quotidien selon vos préférences de notification dans Clique.',
  en: 'You receive this daily digest per your notification settings in Clique.',
};

/** The daily digest: one line per item (title, text, link), and a link to the whole list. */
export function digestMail(input: {
  lang: MailLang;
  name: string;
  items: DigestItem[];
  listUrl: string;
}): MailContent {
  const { lang, items } = input;
  return mailLayout({
    lang,
    title: DIGEST_TITLE[lang](items.length),
    greeting: GREETING[lang](input.name),
    paragraphs: [DIGEST_INTRO[lang]],
    details: items.map((item) => ({
      label: item.title,
      value: item.body ? `${item.body}\n${item.url}` : item.url,
    })),
    action: { label: ALL[lang], url: input.listUrl },
    footer: DIGEST_FOOTER[lang],
  });
}

/** A moment as people read it: "mercredi 3 mars 2027, 09:00" in the programme's zone. */
export function formatWhen(at: Date, zone: string, lang: MailLang): string {
  return DateTime.fromJSDate(at)
    .setZone(zone)
    .setLocale(lang === 'fr' ? 'fr-CH' : 'en-GB')
    .toFormat("cccc d LLLL yyyy, HH':'mm");
}
