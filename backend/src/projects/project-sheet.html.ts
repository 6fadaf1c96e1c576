import type { ProjectSheetDto } from './dto/projects.dto';
import type { ProjectState } from './project-states';

/** The one-page summary as a printable HTML page (French or English), with nothing to run. */

type Lang = 'fr' | 'en';

const LABELS: Record<Lang, Record<string, string>> = {
  fr: {
    project: 'Projet',
    partner: 'Organisation partenaire',
    mentor: 'Mentor chez le partenaire',
    tutor: 'Tuteur·rice',
    team: 'Équipe',
    brief: 'Mandat',
    milestones: 'Jalons',
    due: 'Échéance',
    status: 'État',
    state: 'Statut du projet',
    generated: 'Document généré le',
    none: '—',
    open: 'à venir',
    overdue: 'en retard',
    submitted: 'rendu',
    submitted_late: 'rendu en retard',
    done: 'fait',
    version: 'version',
  },
  en: {
    project: 'Project',
    partner: 'Partner organisation',
    mentor: 'Partner mentor',
    tutor: 'Tutor',
    team: 'Team',
    brief: 'Brief',
    milestones: 'Milestones',
    due: 'Due',
    status: 'Status',
    state: 'Project status',
    generated: 'Generated on',
    none: '—',
    open: 'upcoming',
    overdue: 'overdue',
    submitted: 'submitted',
    submitted_late: 'submitted late',
    done: 'done',
    version: 'version',
  },
};

const STATES: Record<Lang, Record<ProjectState, string>> = {
  fr: {
    proposed: 'proposé',
    sent_back: 'renvoyé pour modifications',
    approved: 'approuvé',
    in_progress: 'en cours',
    submitted: 'rendu',
    defended: 'soutenu',
    graded: 'évalué',
    rejected: 'refusé',
    abandoned: 'abandonné',
  },
  en: {
    proposed: 'proposed',
    sent_back: 'sent back for changes',
    approved: 'approved',
    in_progress: 'in progress',
    submitted: 'submitted',
    defended: 'defended',
    graded: 'graded',
    rejected: 'rejected',
    abandoned: 'abandoned',
  },
};

export function escapeHtml(value: string): string {
  return value.replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] ?? c,
  );
}

export function renderProjectSheet(sheet: ProjectSheetDto, lang: Lang = 'fr'): string {
  const l = LABELS[lang];
  const e = escapeHtml;
  const date = (iso: string) =>
    new Intl.DateTimeFormat(lang === 'fr' ? 'fr-CH' : 'en-GB', {
      dateStyle: 'long',
      timeZone: sheet.timeZone,
    }).format(new Date(iso));
  const who = (p: { displayName: string; email: string | null } | null) =>
    p ? `${e(p.displayName)}${p.email ? ` &lt;${e(p.email)}&gt;` : ''}` : l['none'];
  const milestones = sheet.milestones
    .map(
      (m) =>
        `<tr><td>${e(m.title)}</td><td>${date(m.dueAt)}</td><td>${e(l[m.status] ?? m.status)}${
          m.latestVersion ? ` (${l['version']} ${m.latestVersion})` : ''
        }</td></tr>`,
    )
    .join('');
  const brief = sheet.brief
    .split(/\n{2,}/)
    .map((para) => `<p>${e(para).replace(/\n/g, '<br>')}</p>`)
    .join('');
  return `<!doctype html>
<html lang="${lang}">
<head>
<meta charset="utf-8">
<title>${e(sheet.title)}</title>
<style>
  @page { size: A4; margin: 18mm; }
  body { font: 11pt/1.45 system-ui, sans-serif; color: #1b1b1f; max-width: 180mm; margin: 0 auto; }
  h1 { font-size: 18pt; margin: 0 0 2mm; }
  .sub { color: #555; margin: 0 0 6mm; }
  dl { display: grid; grid-template-columns: 45mm 1fr; gap: 1.5mm 4mm; margin: 0 0 6mm; }
  dt { font-weight: 600; }
  dd { margin: 0; }
  h2 { font-size: 12pt; margin: 6mm 0 2mm; border-bottom: 1px solid #ccc; }
  table { width: 100%; border-collapse: collapse; }
  th, td { text-align: left; padding: 1.5mm 2mm; border-bottom: 1px solid #e3e3e3; vertical-align: top; }
  footer { margin-top: 8mm; color: #777; font-size: 9pt; }
</style>
</head>
<body>
<h1>${e(sheet.title)}</h1>
<p class="sub">${e(sheet.programmeTitle)} — ${e(sheet.cohortName)}</p>
<dl>
  <dt>${l['state']}</dt><dd>${e(STATES[lang][sheet.state])}</dd>
  <dt>${l['partner']}</dt><dd>${e(sheet.partner.name)}${sheet.partner.website ? ` — ${e(sheet.partner.website)}` : ''}</dd>
  <dt>${l['mentor']}</dt><dd>${who(sheet.mentor)}</dd>
  <dt>${l['tutor']}</dt><dd>${who(sheet.tutor)}</dd>
  <dt>${l['team']}</dt><dd>${sheet.team.map((p) => who(p)).join('<br>') || l['none']}</dd>
</dl>
<h2>${l['brief']}</h2>
${brief || `<p>${l['none']}</p>`}
<h2>${l['milestones']}</h2>
<table><thead><tr><th>${l['milestones']}</th><th>${l['due']}</th><th>${l['status']}</th></tr></thead>
<tbody>${milestones}</tbody></table>
<footer>${l['generated']} ${date(sheet.generatedAt)} · Clique</footer>
</body>
</html>
`;
}
