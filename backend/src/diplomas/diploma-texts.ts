import type { Language } from '../common/role';
import { SCALES, type GradingScale } from '../programmes';

/** The words of the diploma, of its credential and of its notification, in the holder's language. */
export interface DiplomaTexts {
  title: string;
  awardedTo: string;
  completed: string;
  finalGrade: (grade: string) => string;
  awardedOn: (date: string) => string;
  president: string;
  issuer: string;
  number: string;
  verify: string;
  code: string;
  field: (label: string, value: string) => string;
  revoked: (date: string) => string;
  achievementDescription: (programme: string, institution: string) => string;
  criteria: (cohort: string, date: string) => string;
  notificationTitle: string;
  notificationBody: (programme: string, number: string) => string;
}

export const DIPLOMA_TEXTS: Record<Language, DiplomaTexts> = {
  fr: {
    title: 'Diplôme',
    awardedTo: 'décerné à',
    completed: 'qui a suivi avec succès la formation',
    finalGrade: (grade) => `Note finale : ${grade}`,
    awardedOn: (date) => `Décerné le ${date}, sur délibération du jury`,
    president: 'Président·e du jury',
    issuer: 'Établissement',
    number: 'Numéro',
    verify: 'Vérifier ce diplôme',
    code: 'Code de vérification',
    field: (label, value) => `${label}\u00a0: ${value}`,
    revoked: (date) => `RÉVOQUÉ le ${date}`,
    achievementDescription: (programme, institution) =>
      `Diplôme « ${programme} » délivré par ${institution}.`,
    criteria: (cohort, date) =>
      `Décerné par le jury de la volée ${cohort} le ${date}, les règles du diplôme de la formation étant remplies.`,
    notificationTitle: 'Votre diplôme est délivré',
    notificationBody: (programme, number) =>
      `Le diplôme ${number} (${programme}) est disponible : PDF, attestation numérique et lien de vérification.`,
  },
  en: {
    title: 'Diploma',
    awardedTo: 'awarded to',
    completed: 'who has successfully completed the programme',
    finalGrade: (grade) => `Final grade: ${grade}`,
    awardedOn: (date) => `Awarded on ${date}, by decision of the jury`,
    president: 'President of the jury',
    issuer: 'Institution',
    number: 'Number',
    verify: 'Verify this diploma',
    code: 'Verification code',
    field: (label, value) => `${label}: ${value}`,
    revoked: (date) => `REVOKED on ${date}`,
    achievementDescription: (programme, institution) =>
      `The “${programme}” diploma issued by ${institution}.`,
    criteria: (cohort, date) =>
      `Awarded by the jury of cohort ${cohort} on ${date}, the programme’s diploma rules being met.`,
    notificationTitle: 'Your diploma has been issued',
    notificationBody: (programme, number) =>
      `Diploma ${number} (${programme}) is ready: PDF, digital credential and verification link.`,
  },
};

const locale = (language: Language) => (language === 'fr' ? 'fr-CH' : 'en-GB');

/** A calendar day (`2027-06-30`) as "30 juin 2027" / "30 June 2027". */
export function formatDay(day: string, language: Language): string {
  return new Intl.DateTimeFormat(locale(language), {
    timeZone: 'UTC',
    day: 'numeric',
    month: 'long',
    year: 'numeric',
  }).format(new Date(`${day}T12:00:00Z`));
}

/** A grade on its scale, in the reader's language: "5,5 / 6", "15,25 / 20". */
export function formatGrade(grade: string | number, scale: string, language: Language): string {
  const max = SCALES[scale as GradingScale]?.max;
  const value = new Intl.NumberFormat(language === 'fr' ? 'fr-FR' : 'en-GB', {
    maximumFractionDigits: 2,
  }).format(Number(grade));
  return max === undefined ? value : `${value} / ${max}`;
}
