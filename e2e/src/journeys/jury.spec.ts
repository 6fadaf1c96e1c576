import { join } from 'node:path';
import { JuryPage } from '../pages/jury.page';
import { SignInPage } from '../pages/sign-in.page';
import { expectNoSeriousA11yViolations } from '../support/a11y';
import { Api, DEMO, unique } from '../support/api';
import { addDays, todayIn } from '../support/dates';
import { expect, test } from '../support/fixtures';
import { pdfText } from '../support/pdf';

const PARIS = 'Europe/Paris';
const PHONE = { width: 393, height: 851 };
/** Where the screenshots go: JURY_SHOTS, else the test's output folder. */
const shot = (name: string) =>
  process.env['JURY_SHOTS'] ? join(process.env['JURY_SHOTS'], name) : test.info().outputPath(name);

interface Student {
  id: string;
  name: string;
}

/**
 * A cohort of its own (the demo cohort is the diplomas journey's): a French licence (FR_20,
 * overall average ≥ 10), one module with one graded exam, four students: 16.5, 13, 8 and 9.
 */
async function gradedCohort(baseURL: string, tag: string) {
  const instructorApi = await Api.as(baseURL, DEMO.instructor);
  const me = await instructorApi.json<{ id: string }>(instructorApi.get('/api/me'));
  const admin = await Api.as(baseURL, DEMO.admin);
  try {
    const code = `JURY${tag.slice(-6).toUpperCase()}`;
    const programme = await admin.json<{ id: string }>(
      admin.post('/api/programmes', {
        code,
        title: `Licence de test ${tag}`,
        gradingScale: 'FR_20',
        timeZone: PARIS,
      }),
      201,
    );
    const module = await admin.json<{ id: string }>(
      admin.post(`/api/programmes/${programme.id}/modules`, {
        code: 'UE1',
        title: 'Stratégie des médias sociaux',
        ects: 6,
      }),
      201,
    );
    await admin.json(
      admin.put(`/api/programmes/${programme.id}/rules`, {
        rules: [{ kind: 'overall_average', threshold: 10 }],
      }),
    );
    const today = todayIn(PARIS);
    const cohort = await admin.json<{ id: string; name: string }>(
      admin.post('/api/cohorts', {
        programmeId: programme.id,
        name: `${code} promotion`,
        startsOn: addDays(today, -300),
        endsOn: addDays(today, -1),
        status: 'running',
        instructorIds: [me.id],
      }),
      201,
    );
    const students: Student[] = [];
    for (const [given, family] of [
      ['Alice', 'Excellente'],
      ['Bruno', 'Régulier'],
      ['Chloé', 'Ajournée'],
      ['Damien', 'Dérogation'],
    ]) {
      const enrolled = await admin.json<{ enrolment: { student: { id: string } } }>(
        admin.post(`/api/cohorts/${cohort.id}/enrolments`, {
          email: `${given.toLowerCase().replace('é', 'e')}.${tag}@clique.test`,
          givenName: given,
          familyName: `${family} ${tag}`,
        }),
        201,
      );
      students.push({ id: enrolled.enrolment.student.id, name: `${given} ${family} ${tag}` });
    }
    const assessment = await instructorApi.json<{ id: string }>(
      instructorApi.post(`/api/cohorts/${cohort.id}/assessments`, {
        moduleId: module.id,
        title: 'Examen final',
        kind: 'exam',
        coefficient: 1,
      }),
      201,
    );
    for (const [i, score] of [16.5, 13, 8, 9].entries()) {
      await instructorApi.json(
        instructorApi.put(`/api/assessments/${assessment.id}/grades/${students[i].id}`, {
          score,
          expectedVersion: null,
        }),
      );
    }
    return { cohort, students };
  } finally {
    await admin.dispose();
    await instructorApi.dispose();
  }
}

test('the admin holds a jury: awards with honours, defers, exempts, signs with a drawn signature and downloads the minutes', async ({
  page,
  baseURL,
}) => {
  const tag = unique();
  const { cohort, students } = await gradedCohort(baseURL!, tag);
  const [alice, bruno, chloe, damien] = students;

  const signIn = new SignInPage(page);
  await signIn.open();
  await signIn.signIn(DEMO.admin.email, DEMO.admin.password);
  const jury = new JuryPage(page);
  await jury.openList();
  await jury.create(cohort.name, [
    { name: 'Claire Dubois', role: 'Présidente, experte externe' },
    { name: 'Marc Aubert', role: 'Responsable pédagogique' },
  ]);

  // The board: each student's outcome, with the reason when a rule is not met.
  await expect(jury.student(alice.id)).toContainText('Toutes remplies');
  await expect(jury.student(chloe.id)).toContainText('Non remplies');
  await expect(jury.student(chloe.id)).toContainText(/Moyenne générale 8 < 10/);
  await expectNoSeriousA11yViolations(page, 'jury board');

  // Alice with the highest honours; Bruno by the bulk award of who meets every rule.
  await jury.decide(alice.id, { decision: 'awarded', honours: 'Mention très bien' });
  await expect(jury.student(alice.id)).toContainText('Mention très bien');
  await jury.awardEligible();
  await expect(jury.student(bruno.id)).toContainText('Diplôme décerné');
  await expect(jury.student(bruno.id)).toContainText('Mention assez bien');

  // Chloé deferred with what remains; Damien awarded by exemption, with its reason.
  await jury.decide(chloe.id, {
    decision: 'deferred',
    remainingItems: ['resit'],
    remaining: 'Rattrapage de l’UE1 en septembre',
  });
  await expect(jury.student(chloe.id)).toContainText('Ajourné·e');
  await expect(jury.student(chloe.id)).toContainText('Rattrapage de l’UE1 en septembre');
  await jury.student(damien.id).getByTestId('student-decide').click();
  await page.getByRole('dialog').getByTestId('decision-awarded').click();
  await page.getByRole('dialog').getByTestId('decision-submit').click();
  await expect(page.getByRole('dialog')).toContainText('indiquez le motif de la dérogation');
  await page
    .getByRole('dialog')
    .getByTestId('decision-exemption')
    .fill('Validation des acquis : trois ans de community management');
  await page.getByRole('dialog').getByTestId('decision-submit').click();
  await expect(jury.student(damien.id)).toContainText('Dérogation');

  await page.getByRole('heading', { level: 1 }).scrollIntoViewIfNeeded();
  await page.screenshot({ path: shot('jury-board-desktop.png'), fullPage: true });

  // The president signs: decisions are locked, corrections only.
  await jury.signOff('Claire Dubois');
  await expect(page.getByTestId('jury-signed')).toContainText('Claire Dubois');
  await expect(page.getByTestId('award-eligible')).toHaveCount(0);
  await expectNoSeriousA11yViolations(page, 'signed jury board');

  // A correction after the sign-off: a new dated decision with its reason, the old one kept.
  await jury.decide(chloe.id, {
    decision: 'refused',
    correctionReason: 'Erreur de report : le jury a refusé le diplôme',
  });
  await expect(jury.student(chloe.id)).toContainText('Refusé·e');
  await expect(jury.student(chloe.id)).toContainText(/Correction du .* par Nathalie Favre/);
  await expect(jury.student(chloe.id)).toContainText('Décisions antérieures : Ajourné·e');

  const text = (await pdfText(await jury.minutes())).replace(/\s+/g, ' ');
  expect(text).toContain('Procès-verbal de délibération');
  expect(text).toContain(cohort.name);
  for (const s of students) expect(text).toContain(s.name);
  expect(text).toContain('Mention très bien');
  expect(text).toContain('Ajourné·e, corrigé en Refusé·e');
  expect(text).toContain('Erreur de report');
  expect(text).toContain('Validation des acquis');
  expect(text).toContain('Claire Dubois');

  // On a phone: the board as cards.
  await page.setViewportSize(PHONE);
  await expect(jury.student(alice.id)).toContainText('Mention très bien');
  await expectNoSeriousA11yViolations(page, 'jury board on a phone');
  await page.getByRole('heading', { level: 1 }).scrollIntoViewIfNeeded();
  await page.screenshot({ path: shot('jury-board-phone.png'), fullPage: true });
});
