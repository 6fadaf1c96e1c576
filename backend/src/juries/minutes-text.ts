import type { Language } from '../common/role';
import type { Decision, RemainingItem } from './jury-decision.entity';

/** The words of the minutes (the frontend has its own in i18n/juries). */
interface Words {
  [word: string]: string | Record<string, string>;
  decisions: Record<Decision, string>;
  items: Record<RemainingItem, string>;
}

export const MINUTES_WORDS = {
  fr: {
    title: 'Procès-verbal de délibération',
    programme: 'Programme',
    cohort: 'Volée',
    heldOn: 'Jury tenu le',
    members: 'Membres du jury',
    results: 'Résultats et décisions',
    student: 'Étudiant·e',
    finalGrade: 'Note finale',
    rules: 'Conditions du diplôme',
    decision: 'Décision',
    rulesMet: 'Toutes remplies',
    rulesNotMet: 'Non remplies :',
    noDecision: 'Aucune décision',
    exemption: 'Dérogation',
    remaining: 'Reste à faire',
    correction: 'Correction du',
    corrections: 'Corrections après signature',
    correctedTo: 'corrigé en',
    signature: 'Signature',
    president: 'Président·e du jury',
    signedAt: 'Signé le',
    notSigned: 'Pas encore signé par la présidence du jury.',
    decisions: { awarded: 'Diplôme décerné', deferred: 'Ajourné·e', refused: 'Refusé·e' },
    items: {
      resit: 'rattrapage',
      project: 'projet à rendre',
      attendance: 'présence insuffisante',
      work_period: 'période en entreprise',
      other: 'autre',
    },
  },
  en: {
    title: 'Minutes of the jury’s deliberation',
    programme: 'Programme',
    cohort: 'Cohort',
    heldOn: 'Jury held on',
    members: 'Members of the jury',
    results: 'Results and decisions',
    student: 'Student',
    finalGrade: 'Final grade',
    rules: 'Diploma requirements',
    decision: 'Decision',
    rulesMet: 'All met',
    rulesNotMet: 'Not met:',
    noDecision: 'No decision',
    exemption: 'Exemption',
    remaining: 'Remaining',
    correction: 'Correction of',
    corrections: 'Corrections after the sign-off',
    correctedTo: 'corrected to',
    signature: 'Signature',
    president: 'President of the jury',
    signedAt: 'Signed on',
    notSigned: 'Not yet signed by the jury’s president.',
    decisions: { awarded: 'Diploma awarded', deferred: 'Deferred', refused: 'Refused' },
    items: {
      resit: 'resit',
      project: 'project to hand in',
      attendance: 'attendance too low',
      work_period: 'work period',
      other: 'other',
    },
  },
} satisfies Record<Language, Words>;
