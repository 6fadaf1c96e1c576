import type { ProjectSheetDto } from './dto/projects.dto';
import { renderProjectSheet } from './project-sheet.html';

const sheet: ProjectSheetDto = {
  title: 'Stratégie <script>alert(1)</script>',
  brief: 'Premier paragraphe\n\nSecond & "dernier"',
  state: 'in_progress',
  programmeTitle: 'MCMS',
  cohortName: 'Volée 2026–2027',
  partner: { id: 'x', name: 'Musée', sector: null, website: 'https://musee.ch' },
  mentor: { displayName: 'Claire Dumont', email: 'claire@musee.ch' },
  tutor: null,
  team: [{ displayName: 'Léa Müller', email: 'lea@example.ch' }],
  milestones: [
    {
      title: 'Rapport final',
      kind: 'final_report',
      dueAt: '2027-06-02T21:59:59.000Z',
      status: 'submitted',
      latestVersion: 2,
      latestSubmittedAt: '2027-06-01T10:00:00.000Z',
    },
  ],
  timeZone: 'Europe/Zurich',
  generatedAt: '2027-06-03T08:00:00.000Z',
};

describe('renderProjectSheet', () => {
  it('escapes everything users typed', () => {
    const html = renderProjectSheet(sheet);
    expect(html).not.toContain('<script>');
    expect(html).toContain('Stratégie &lt;script&gt;alert(1)&lt;/script&gt;');
    expect(html).toContain('Second &amp; &quot;dernier&quot;');
  });

  it('shows dates in the programme’s zone, in French by default', () => {
    const html = renderProjectSheet(sheet);
    expect(html).toContain('2 juin 2027');
    expect(html).toContain('rendu (version 2)');
    expect(html).toContain('<html lang="fr">');
    expect(renderProjectSheet(sheet, 'en')).toContain('2 June 2027');
  });
});
