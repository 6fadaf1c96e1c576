import type { MilestoneKind } from './milestone-kinds';

export interface TemplateItem {
  kind: MilestoneKind;
  title: string;
  expectations: string;
  /** YYYY-MM-DD */
  dueOn: string;
}

const DAY = 24 * 60 * 60 * 1000;
const toDate = (s: string) => new Date(`${s}T00:00:00Z`);
const toIso = (d: Date) => d.toISOString().slice(0, 10);

/**
 * The milestones a cohort's projects get when the cohort has no template of its own, spread
 * over its dates: proposal after six weeks, intermediate report half way, final report four
 * weeks before the end, defence two weeks before the end (never outside the cohort's dates,
 * never out of order). A cohort created after it began (`createdOn`, mid-year) counts its
 * first steps from that day, so that no milestone of a new cohort is born late; the tutor or
 * an administrator adjusts the template afterwards.
 */
export function defaultTemplate(
  startsOn: string,
  endsOn: string,
  createdOn?: string,
): TemplateItem[] {
  const begins = createdOn && createdOn > startsOn ? createdOn : startsOn;
  const start = toDate(begins).getTime();
  const end = toDate(endsOn).getTime();
  const clamp = (t: number) => Math.min(end, Math.max(start, t));
  const proposal = clamp(start + 42 * DAY);
  const intermediate = clamp(Math.max(proposal, start + Math.round((end - start) / 2 / DAY) * DAY));
  const final = clamp(Math.max(intermediate, end - 28 * DAY));
  const defence = clamp(Math.max(final, end - 14 * DAY));
  return [
    {
      kind: 'proposal',
      title: 'Proposition de projet',
      expectations:
        'Deux pages : l’organisation partenaire, son problème, les objectifs, la démarche envisagée et le calendrier.',
      dueOn: toIso(new Date(proposal)),
    },
    {
      kind: 'intermediate_report',
      title: 'Rapport intermédiaire',
      expectations:
        'L’analyse de la situation, les premières actions menées et leurs résultats, les ajustements prévus.',
      dueOn: toIso(new Date(intermediate)),
    },
    {
      kind: 'final_report',
      title: 'Rapport final',
      expectations:
        'Le rapport complet (PDF) : diagnostic, stratégie, actions, mesure des résultats, recommandations au partenaire.',
      dueOn: toIso(new Date(final)),
    },
    {
      kind: 'defence',
      title: 'Soutenance',
      expectations: 'Présentation de 20 minutes devant le jury, suivie de 10 minutes de questions.',
      dueOn: toIso(new Date(defence)),
    },
  ];
}
