export const SESSION_KINDS = ['lecture', 'workshop', 'guest_talk', 'exam', 'defence'] as const;
export type SessionKind = (typeof SESSION_KINDS)[number];

export const SESSION_STATUSES = ['scheduled', 'cancelled'] as const;
export type SessionStatus = (typeof SESSION_STATUSES)[number];

/** A link to course material (slides, reading, recording) shown with the session. */
export interface MaterialLink {
  label: string;
  url: string;
}
