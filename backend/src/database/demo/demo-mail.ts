import { randomUUID } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import { mailLayout, type MailContent, type MailStatus } from '../../mail';
import type { DemoCalendar } from './demo-calendar';

interface DemoMail {
  to: string;
  toName: string;
  kind: string;
  content: MailContent;
  status: MailStatus;
  daysAgo: number;
  attempts?: number;
  lastError?: string;
  attachments?: Array<{ filename: string; contentType: string; content: string }>;
}

/**
 * A few mails of the weeks before "today" in the built-in mailbox ("Sent mail"), so the admin's
 * page shows what the product sends: a project's review, a moved session, a partner mentor's
 * link that bounced (a failure to resend). Stored as already delivered history: nothing is
 * queued and nothing leaves, whatever SMTP_URL says.
 */
export async function loadDemoMail(manager: EntityManager, calendar: DemoCalendar): Promise<void> {
  const users = await manager.query<{ id: string; email: string }[]>(`SELECT id, email FROM users`);
  const base = calendar.now;
  // The links point at this instance (the demo runs where `npm start` serves it).
  const app = (
    process.env['PUBLIC_URL'] ?? `http://localhost:${process.env['PORT'] ?? 3000}`
  ).replace(/\/$/, '');
  const footer = 'Diplôme MCMS — Nathalie Favre, coordination';
  const mails: DemoMail[] = [
    {
      to: 'nicolas.rey@clique.test',
      toName: 'Nicolas Rey',
      kind: 'notification.project.reviewed',
      status: 'delivered',
      daysAgo: 6,
      content: mailLayout({
        lang: 'fr',
        title: 'Votre projet tutoré est approuvé',
        greeting: 'Bonjour Nicolas,',
        paragraphs: [
          'Sophie Mercier a approuvé la proposition de votre projet avec le Théâtre des Arches.',
          'Vous pouvez maintenant planifier les jalons avec votre mentor.',
        ],
        action: { label: 'Ouvrir mon projet', url: `${app}/student/project` },
        footer,
      }),
    },
    {
      to: 'camille.rochat@clique.test',
      toName: 'Camille Rochat',
      kind: 'notification.session.changed',
      status: 'delivered',
      daysAgo: 3,
      content: mailLayout({
        lang: 'fr',
        title: 'Séance déplacée : Stratégie de contenu',
        greeting: 'Bonjour Camille,',
        paragraphs: ['La séance a été déplacée à la demande de l’intervenante.'],
        details: [
          {
            label: 'Nouvelle date',
            value: base.plus({ days: 4 }).setLocale('fr-CH').toFormat('cccc d LLLL yyyy, HH:mm'),
          },
          { label: 'Motif', value: 'Indisponibilité de l’intervenante' },
        ],
        action: { label: 'Voir mon calendrier', url: `${app}/student/calendar` },
        footer,
      }),
    },
    {
      to: 'j.cornaz@theatre-des-arches.example',
      toName: 'Julie Cornaz',
      kind: 'mentor.project-link',
      status: 'failed',
      daysAgo: 2,
      attempts: 2,
      lastError:
        '550 5.1.1 <j.cornaz@theatre-des-arches.example>: Recipient address rejected: User unknown',
      content: mailLayout({
        lang: 'fr',
        title: 'Votre lien de mentor pour le projet « Public jeune »',
        greeting: 'Bonjour Madame Cornaz,',
        paragraphs: [
          'Vous suivez le projet tutoré de Nicolas Rey et Inès Dubois. Ce lien personnel vous permet de lire leurs rendus et d’y répondre, sans créer de compte.',
        ],
        action: { label: 'Ouvrir le projet', url: `${app}/mentor` },
        footer,
      }),
    },
  ];
  const rows = mails.map((m) => {
    const id = randomUUID();
    const at = base.minus({ days: m.daysAgo }).toJSDate();
    return {
      id,
      recipient: m.to,
      recipient_name: m.toName,
      user_id: users.find((u) => u.email === m.to)?.id ?? null,
      lang: 'fr',
      kind: m.kind,
      subject: m.content.subject,
      html: m.content.html,
      text: m.content.text,
      attachments: m.attachments ?? [],
      idempotency_key: `demo:${m.kind}:${m.to}`,
      status: m.status,
      attempts: m.attempts ?? 1,
      last_error: m.lastError ?? null,
      sent_at: m.status === 'failed' ? null : at,
      message_id: `<${id}@clique.localhost>`,
      created_at: at,
    };
  });
  await manager.query(
    `INSERT INTO mails (id, recipient, recipient_name, user_id, lang, kind, subject, html, text,
       attachments, idempotency_key, status, attempts, last_error, sent_at, message_id, created_at)
     SELECT id, recipient, recipient_name, user_id, lang, kind, subject, html, text, attachments,
       idempotency_key, status, attempts, last_error, sent_at, message_id, created_at
       FROM jsonb_populate_recordset(NULL::mails, $1::jsonb)`,
    [JSON.stringify(rows)],
  );
}
