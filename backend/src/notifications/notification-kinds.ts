/** What a person is told about: one kind per event, each with its own preference. */
export const NOTIFICATION_KINDS = [
  'project.reviewed',
  'project.feedback',
  'milestone.due',
  'milestone.overdue',
  'session.changed',
  'session.cancelled',
  'synthesis.feedback',
  'grades.released',
  'diploma.issued',
  'veille.commented',
  'veille.replied',
  'veille.hidden',
] as const;
export type NotificationKind = (typeof NOTIFICATION_KINDS)[number];

/** How a kind reaches its person: a mail at once, a line in the daily digest, or only the bell. */
export const NOTIFICATION_CHANNELS = ['mail', 'digest', 'in_app'] as const;
export type NotificationChannel = (typeof NOTIFICATION_CHANNELS)[number];

/** With no preference stored, a notification is mailed at once. */
export const DEFAULT_CHANNEL: NotificationChannel = 'mail';
