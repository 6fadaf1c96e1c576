import type { Language } from '../common/role';
import type { AttendanceStatus } from './attendance-record.entity';

/** The words of the attendance sheets, in the reader's language. */
export interface SheetTexts {
  sheetTitle: string;
  monthTitle: string;
  programme: string;
  cohort: string;
  module: string;
  session: string;
  date: string;
  time: string;
  room: string;
  online: string;
  part: Record<number, string>;
  student: string;
  status: string;
  signature: string;
  signedAt: (time: string) => string;
  confirmed: string;
  notSigned: string;
  statuses: Record<AttendanceStatus | 'none', string>;
  excused: (reason: string) => string;
  certification: string;
  certifiedBy: (name: string, at: string) => string;
  notCertified: string;
  cancelled: string;
  summary: (present: number, late: number, excused: number, absent: number) => string;
  rate: (rate: string) => string;
  noRate: string;
  noLines: string;
  generated: (at: string) => string;
  month: string;
}

export const SHEET_TEXTS: Record<Language, SheetTexts> = {
  fr: {
    sheetTitle: 'Feuille d’émargement',
    monthTitle: 'Relevé mensuel de présence',
    programme: 'Formation',
    cohort: 'Volée',
    module: 'Module',
    session: 'Session',
    date: 'Date',
    time: 'Horaire',
    room: 'Lieu',
    online: 'En ligne',
    part: { 0: 'Session entière', 1: 'Matin', 2: 'Après-midi' },
    student: 'Participant·e',
    status: 'Présence',
    signature: 'Signature',
    signedAt: (time) => `signé à ${time}`,
    confirmed: 'signé (confirmation)',
    notSigned: 'non signé',
    statuses: {
      present: 'présent·e',
      late: 'en retard',
      excused: 'excusé·e',
      absent: 'absent·e',
      none: '—',
    },
    excused: (reason) => `motif : ${reason}`,
    certification: 'Certification de la formatrice ou du formateur',
    certifiedBy: (name, at) => `Certifié par ${name} le ${at}`,
    notCertified: 'Pas encore certifiée.',
    cancelled: 'Session annulée',
    summary: (p, l, e, a) => `${p} présent·e·s, ${l} en retard, ${e} excusé·e·s, ${a} absent·e·s`,
    rate: (rate) => `Taux de présence : ${rate} %`,
    noRate: 'Taux de présence : aucune session comptée',
    noLines: 'Aucune présence relevée ce mois-ci.',
    generated: (at) => `Document établi le ${at}`,
    month: 'Mois',
  },
  en: {
    sheetTitle: 'Attendance sheet',
    monthTitle: 'Monthly attendance statement',
    programme: 'Programme',
    cohort: 'Cohort',
    module: 'Module',
    session: 'Session',
    date: 'Date',
    time: 'Time',
    room: 'Place',
    online: 'Online',
    part: { 0: 'Whole session', 1: 'Morning', 2: 'Afternoon' },
    student: 'Student',
    status: 'Attendance',
    signature: 'Signature',
    signedAt: (time) => `signed at ${time}`,
    confirmed: 'signed (confirmed)',
    notSigned: 'not signed',
    statuses: { present: 'present', late: 'late', excused: 'excused', absent: 'absent', none: '—' },
    excused: (reason) => `reason: ${reason}`,
    certification: 'Instructor’s certification',
    certifiedBy: (name, at) => `Certified by ${name} on ${at}`,
    notCertified: 'Not certified yet.',
    cancelled: 'Session cancelled',
    summary: (p, l, e, a) => `${p} present, ${l} late, ${e} excused, ${a} absent`,
    rate: (rate) => `Attendance rate: ${rate}%`,
    noRate: 'Attendance rate: no session counted',
    noLines: 'No attendance recorded this month.',
    generated: (at) => `Issued on ${at}`,
    month: 'Month',
  },
};

/** Dates and times on the sheets, in the programme's time zone. */
export class SheetClock {
  private readonly dayFormat: Intl.DateTimeFormat;
  private readonly timeFormat: Intl.DateTimeFormat;
  private readonly monthFormat: Intl.DateTimeFormat;

  constructor(
    readonly language: Language,
    readonly timeZone: string,
  ) {
    const locale = language === 'fr' ? 'fr-CH' : 'en-GB';
    this.dayFormat = new Intl.DateTimeFormat(locale, {
      timeZone,
      weekday: 'long',
      day: 'numeric',
      month: 'long',
      year: 'numeric',
    });
    this.timeFormat = new Intl.DateTimeFormat(locale, {
      timeZone,
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
    });
    this.monthFormat = new Intl.DateTimeFormat(locale, {
      timeZone: 'UTC',
      month: 'long',
      year: 'numeric',
    });
  }

  day(at: Date): string {
    return this.dayFormat.format(at);
  }

  time(at: Date): string {
    return this.timeFormat.format(at);
  }

  dayTime(at: Date): string {
    return `${this.day(at)}, ${this.time(at)}`;
  }

  range(from: Date, to: Date): string {
    return `${this.time(from)}–${this.time(to)}`;
  }

  /** `2026-11` as "novembre 2026" / "November 2026". */
  month(yyyyMm: string): string {
    return this.monthFormat.format(new Date(`${yyyyMm}-15T12:00:00Z`));
  }
}

/** A rate in % with one decimal, in the reader's language (80,5 / 80.5). */
export function formatRate(rate: number, language: Language): string {
  return new Intl.NumberFormat(language === 'fr' ? 'fr-CH' : 'en-GB', {
    minimumFractionDigits: 0,
    maximumFractionDigits: 1,
  }).format(rate);
}
