import type { Language } from '../common/role';
import type { Outcome, Reason } from './progress-rules';

/**
 * The words of the transcript (the frontend has its own in i18n/progress): labels, rule
 * sentences and numbers in the student's language, the Swiss apostrophe for thousands in a
 * Swiss programme ("1’234,5"), a narrow space in a French one.
 */
export type Country = 'CH' | 'FR';

export function formatNumber(
  value: number,
  language: Language,
  country: Country,
  maxDecimals = 2,
  minDecimals = 0,
): string {
  const [int, digits = ''] = Math.abs(value).toFixed(maxDecimals).split('.');
  let frac = digits;
  while (frac.length > minDecimals && frac.endsWith('0')) frac = frac.slice(0, -1);
  const group = country === 'CH' ? '’' : language === 'fr' ? '\u202f' : ',';
  const grouped = int.replace(/\B(?=(\d{3})+(?!\d))/g, group);
  const sign = value < 0 ? '-' : '';
  return sign + grouped + (frac ? (language === 'fr' ? ',' : '.') + frac : '');
}

export const LABELS = {
  fr: {
    title: 'Relevé de notes',
    programme: 'Programme',
    cohort: 'Volée',
    student: 'Étudiant·e',
    issued: 'Établi le',
    module: 'Module',
    ects: 'ECTS',
    coefficient: 'Coef.',
    grade: 'Note',
    average: 'Moyenne',
    status: 'Résultat',
    otherModules: 'Autres modules',
    periodAverage: 'Moyenne de la période',
    overall: 'Moyenne générale',
    project: 'Note du projet',
    attendance: 'Présence',
    rules: 'Conditions du diplôme',
    outcome: 'Résultat',
    releasedOnly: 'Seules les notes publiées figurent sur ce relevé.',
    passed: 'réussi',
    failed: 'non réussi',
    compensated: 'compensé',
    kept: 'acquis',
    pending: 'en cours',
    ruleMet: 'remplie',
    ruleNotMet: 'non remplie',
    rulePending: 'à venir',
    none: '–',
  },
  en: {
    title: 'Transcript of records',
    programme: 'Programme',
    cohort: 'Cohort',
    student: 'Student',
    issued: 'Issued on',
    module: 'Module',
    ects: 'ECTS',
    coefficient: 'Coef.',
    grade: 'Grade',
    average: 'Average',
    status: 'Result',
    otherModules: 'Other modules',
    periodAverage: 'Period average',
    overall: 'Overall average',
    project: 'Project grade',
    attendance: 'Attendance',
    rules: 'Diploma requirements',
    outcome: 'Outcome',
    releasedOnly: 'Only released grades appear on this transcript.',
    passed: 'passed',
    failed: 'not passed',
    compensated: 'compensated',
    kept: 'kept',
    pending: 'in progress',
    ruleMet: 'met',
    ruleNotMet: 'not met',
    rulePending: 'to come',
    none: '–',
  },
} as const;

export const OUTCOME_WORDS: Record<Language, Record<Outcome, string>> = {
  fr: { met: 'conditions remplies', not_met: 'conditions non remplies', pending: 'en cours' },
  en: { met: 'requirements met', not_met: 'requirements not met', pending: 'in progress' },
};

type Sentence = (p: Record<string, string>) => string;

const SENTENCES: Record<Language, Record<string, Sentence>> = {
  fr: {
    'overall_average.met': (p) => `Moyenne générale ${p.value} ≥ ${p.threshold}`,
    'overall_average.not_met': (p) => `Moyenne générale ${p.value} < ${p.threshold}`,
    'overall_average.pending': (p) => `Moyenne générale ≥ ${p.threshold} : notes à venir`,
    'group_average.met': (p) => `${p.group} ${p.title} ${p.value} ≥ ${p.threshold}`,
    'group_average.not_met': (p) => `${p.group} ${p.title} ${p.value} < ${p.threshold}`,
    'group_average.pending': (p) => `${p.group} ${p.title} ≥ ${p.threshold} : notes à venir`,
    'module_minimum.met': (p) => `Chaque module ≥ ${p.threshold}`,
    'module_minimum.not_met': (p) => `Module ${p.module} ${p.value} < ${p.threshold}`,
    'module_minimum.pending': (p) => `Chaque module ≥ ${p.threshold} : notes à venir`,
    'max_below_pass.met': (p) => `${p.count} module(s) sous ${p.pass} (au plus ${p.max})`,
    'max_below_pass.not_met': (p) => `${p.count} modules sous ${p.pass} > ${p.max} admis`,
    'max_below_pass.pending': (p) => `Au plus ${p.max} module(s) sous ${p.pass} : notes à venir`,
    'attendance.met': (p) => `Présence ${p.value} % ≥ ${p.threshold} %`,
    'attendance.not_met': (p) => `Présence ${p.value} % < ${p.threshold} %`,
    'attendance.pending': (p) =>
      p.value
        ? `Présence ${p.value} % (≥ ${p.threshold} % requis) : séances à venir`
        : `Présence ≥ ${p.threshold} % : séances à venir`,
    'project_grade.met': (p) => `Note du projet ${p.value} ≥ ${p.threshold}`,
    'project_grade.not_met': (p) => `Note du projet ${p.value} < ${p.threshold}`,
    'project_grade.pending': (p) => `Note du projet ≥ ${p.threshold} : à venir`,
    'project_grade.no_project': (p) => `Note du projet ≥ ${p.threshold} : aucun module projet`,
    'modules_passed.met': () => `Tous les modules réussis`,
    'modules_passed.compensated': (p) => `Modules réussis, ${p.count} par compensation`,
    'modules_passed.not_met': (p) => `Module ${p.module} ${p.value} < ${p.pass}, sans compensation`,
    'modules_passed.not_compensated': (p) =>
      `Module ${p.module} ${p.value} < ${p.pass}, non compensé`,
    'modules_passed.pending': () => `Modules réussis : notes à venir`,
  },
  en: {
    'overall_average.met': (p) => `Overall average ${p.value} ≥ ${p.threshold}`,
    'overall_average.not_met': (p) => `Overall average ${p.value} < ${p.threshold}`,
    'overall_average.pending': (p) => `Overall average ≥ ${p.threshold}: grades to come`,
    'group_average.met': (p) => `${p.group} ${p.title} ${p.value} ≥ ${p.threshold}`,
    'group_average.not_met': (p) => `${p.group} ${p.title} ${p.value} < ${p.threshold}`,
    'group_average.pending': (p) => `${p.group} ${p.title} ≥ ${p.threshold}: grades to come`,
    'module_minimum.met': (p) => `Every module ≥ ${p.threshold}`,
    'module_minimum.not_met': (p) => `Module ${p.module} ${p.value} < ${p.threshold}`,
    'module_minimum.pending': (p) => `Every module ≥ ${p.threshold}: grades to come`,
    'max_below_pass.met': (p) => `${p.count} module(s) below ${p.pass} (at most ${p.max})`,
    'max_below_pass.not_met': (p) => `${p.count} modules below ${p.pass} > ${p.max} allowed`,
    'max_below_pass.pending': (p) => `At most ${p.max} module(s) below ${p.pass}: grades to come`,
    'attendance.met': (p) => `Attendance ${p.value} % ≥ ${p.threshold} %`,
    'attendance.not_met': (p) => `Attendance ${p.value} % < ${p.threshold} %`,
    'attendance.pending': (p) =>
      p.value
        ? `Attendance ${p.value} % (≥ ${p.threshold} % required): sessions to come`
        : `Attendance ≥ ${p.threshold} %: sessions to come`,
    'project_grade.met': (p) => `Project grade ${p.value} ≥ ${p.threshold}`,
    'project_grade.not_met': (p) => `Project grade ${p.value} < ${p.threshold}`,
    'project_grade.pending': (p) => `Project grade ≥ ${p.threshold}: to come`,
    'project_grade.no_project': (p) => `Project grade ≥ ${p.threshold}: no project module`,
    'modules_passed.met': () => `Every module passed`,
    'modules_passed.compensated': (p) => `Modules passed, ${p.count} by compensation`,
    'modules_passed.not_met': (p) => `Module ${p.module} ${p.value} < ${p.pass}, no compensation`,
    'modules_passed.not_compensated': (p) =>
      `Module ${p.module} ${p.value} < ${p.pass}, not compensated`,
    'modules_passed.pending': () => `Modules passed: grades to come`,
  },
};

/** The sentence of a rule's reason, its numbers in the locale. */
export function reasonText(reason: Reason, language: Language, country: Country): string {
  const params: Record<string, string> = {};
  for (const [key, value] of Object.entries(reason.params)) {
    params[key] =
      typeof value === 'number'
        ? formatNumber(value, language, country, key === 'value' || key === 'threshold' ? 2 : 0)
        : value;
  }
  const sentence = SENTENCES[language][reason.code];
  return sentence ? sentence(params) : reason.code;
}
