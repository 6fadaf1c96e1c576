import { Injectable, type OnModuleInit } from '@nestjs/common';
import { MailTemplates, type MailLang } from '../mail';
import { digestMail, notificationMail } from './notification-mail';

const SAMPLE_URL = 'https://clique.example/student/project/3f6c2a1e';

const SAMPLE: Record<MailLang, { name: string; title: string; body: string }> = {
  fr: {
    name: 'Léa Martin',
    title: 'Nouveau commentaire sur Refonte de la présence Instagram',
    body: 'Claire Dubois a écrit sur le jalon « Plan de communication » :\n\n« Bon début : précisez le public cible. »',
  },
  en: {
    name: 'Léa Martin',
    title: 'New comment on Instagram relaunch',
    body: 'Claire Dubois wrote on the milestone “Communication plan”:\n\n“Good start: say who the audience is.”',
  },
};

/** The admin's preview of the notification mails (Sent mail → Templates). */
@Injectable()
export class NotificationTemplates implements OnModuleInit {
  constructor(private readonly templates: MailTemplates) {}

  onModuleInit(): void {
    this.templates.register({
      kind: 'notification.project.feedback',
      description:
        'A notification mailed at once (every notification kind has this layout: its text and a link)',
      sample: (lang) => notificationMail({ lang, ...SAMPLE[lang], url: SAMPLE_URL }),
    });
    this.templates.register({
      kind: 'notification.digest',
      description: 'The daily digest of the notifications a person chose to receive so',
      sample: (lang) =>
        digestMail({
          lang,
          name: SAMPLE[lang].name,
          listUrl: 'https://clique.example/student/notifications',
          items: [
            {
              kind: 'project.feedback',
              title: SAMPLE[lang].title,
              body: SAMPLE[lang].body,
              url: SAMPLE_URL,
            },
            {
              kind: 'session.changed',
              title:
                lang === 'fr' ? 'Séance déplacée : Cluetrain 101' : 'Session moved: Cluetrain 101',
              body:
                lang === 'fr'
                  ? 'Elle a lieu le vendredi 5 mars 2027, 13:30 (au lieu du vendredi 5 mars 2027, 09:00).'
                  : 'It now takes place on Friday 5 March 2027, 13:30 (instead of Friday 5 March 2027, 09:00).',
              url: 'https://clique.example/student/sessions/9b1d4c7e',
            },
          ],
        }),
    });
  }
}
