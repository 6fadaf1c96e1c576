import { buildInstructor, buildUser } from '../testing/factories';
import { buildCohort, buildEnrolment, buildPartner } from '../testing/programme-factories';
import { Browser, startTestApp, type TestApp } from '../testing/test-app';

describe('cohorts: roster export', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  async function signedIn(user: { email: string; password: string }) {
    const b = new Browser(t.app);
    expect((await b.signIn(user.email, user.password)).statusCode).toBe(200);
    return b;
  }

  describe('roster export', () => {
    it('exports the roster as CSV with a BOM, `;`, accents and the withdrawn kept', async () => {
      const teacher = await buildInstructor(t.db);
      const cohort = await buildCohort(t.db, {
        name: 'MCMS 2026–2027',
        instructorIds: [teacher.id],
      });
      const employer = await buildPartner(t.db, { name: 'Théâtre de Vidy' });
      await buildEnrolment(
        t.db,
        cohort.id,
        (await buildUser(t.db, { displayName: 'Léa Müller' })).id,
        { employerId: employer.id },
      );
      await buildEnrolment(
        t.db,
        cohort.id,
        (await buildUser(t.db, { displayName: 'Zoé Retirée' })).id,
        { status: 'withdrawn' },
      );
      const b = await signedIn(teacher);
      const response = await b.get(`/api/cohorts/${cohort.id}/roster.csv`);
      expect(response.statusCode).toBe(200);
      expect(response.headers['content-type']).toBe('text/csv; charset=utf-8');
      expect(response.headers['content-disposition']).toBe(
        'attachment; filename="roster-mcms-2026-2027.csv"',
      );
      const text = response.rawPayload.toString('utf8');
      expect(text.charCodeAt(0)).toBe(0xfeff);
      const lines = text.slice(1).trim().split('\r\n');
      expect(lines[0]).toBe(
        'E-mail;Nom complet;Langue;Statut;Employeur;Inscrit le;Retiré le;Motif du retrait',
      );
      expect(lines).toHaveLength(3);
      expect(lines[1]).toContain(';Léa Müller;fr;actif;Théâtre de Vidy;');
      expect(lines[2]).toContain(';Zoé Retirée;fr;retiré;');
      const english = await b.get(`/api/cohorts/${cohort.id}/roster.csv?lang=en`);
      expect(english.rawPayload.toString('utf8')).toContain('Email;Full name;Language;Status');
    });
  });
});
