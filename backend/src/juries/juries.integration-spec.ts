import { randomUUID } from 'node:crypto';
import { buildStudent, buildInstructor } from '../testing/factories';
import { buildEnrolment } from '../testing/programme-factories';
import { daysFromToday } from '../testing/dates';
import { onOwnDatabase } from '../testing/own-database';
import { pdfText } from '../testing/pdf-text';
import { Browser, startTestApp, type TestApp } from '../testing/test-app';
import { buildJuryWorld, type JuryWorld, SIGNATURE } from './testing/jury-world';

interface BoardStudent {
  studentId: string;
  rulesMet: boolean;
  outcome: string;
  finalGrade: number | null;
  suggestedHonours: string | null;
  unmetRules: { kind: string; reason: { code: string } }[];
  decision: { id: string; decision: string; honours: string | null } | null;
  history: { id: string }[];
}

describe('jury deliberation', () => {
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

  async function openJury(w: JuryWorld, admin: Browser) {
    const response = await admin.post('/api/juries', {
      cohortId: w.cohortId,
      heldOn: daysFromToday(0),
      members: [
        { userId: w.teacher.id, role: 'Responsable pédagogique' },
        { name: 'Claire Dubois', role: 'Experte externe (Groupe La Poste)' },
      ],
    });
    expect(response.statusCode).toBe(201);
    return response.json().jury.id as string;
  }

  const board = async (b: Browser, id: string) => {
    const response = await b.get(`/api/juries/${id}`);
    expect(response.statusCode).toBe(200);
    return response.json() as { students: BoardStudent[]; jury: { status: string } };
  };
  const of = (students: BoardStudent[], id: string) => students.find((s) => s.studentId === id)!;

  it('shows each student the outcome the progress computation gives, in a fixed number of statements', async () => {
    const w = await buildJuryWorld(t.db, [16.5, 13, 8]);
    const admin = await signedIn(w.admin);
    const id = await openJury(w, admin);
    const progress = (await admin.get(`/api/cohorts/${w.cohortId}/progress`)).json().students as {
      studentId: string;
      outcome: string;
      overallAverage: number | null;
    }[];
    const { students } = await board(admin, id);
    expect(students).toHaveLength(3);
    for (const p of progress) {
      const s = of(students, p.studentId);
      expect(s.outcome).toBe(p.outcome);
      expect(s.rulesMet).toBe(p.outcome === 'met');
      expect(s.finalGrade).toBe(p.overallAverage);
    }
    const [best, fair, weak] = w.students.map((s) => of(students, s.id));
    expect([best.suggestedHonours, fair.suggestedHonours, weak.suggestedHonours]).toEqual([
      'tres_bien',
      'assez_bien',
      null,
    ]);
    expect(weak.rulesMet).toBe(false);
    expect(weak.unmetRules.map((r) => r.reason.code)).toContain('overall_average.not_met');

    t.queries.reset();
    await board(admin, id);
    const small = t.queries.count;
    const bigger = await buildJuryWorld(
      t.db,
      Array.from({ length: 12 }, (_, i) => 8 + i),
    );
    const admin2 = await signedIn(bigger.admin);
    const id2 = await openJury(bigger, admin2);
    t.queries.reset();
    expect((await board(admin2, id2)).students).toHaveLength(12);
    expect(t.queries.count).toBe(small);
  });

  it('awards without every rule met only with an exemption, kept in the append-only trail', async () => {
    const w = await buildJuryWorld(t.db, [16.5, 8]);
    const admin = await signedIn(w.admin);
    const id = await openJury(w, admin);
    const weak = w.students[1].id;
    const refused = await admin.post(`/api/juries/${id}/decisions`, {
      studentId: weak,
      decision: 'awarded',
    });
    expect(refused.statusCode).toBe(400);
    expect(refused.json()).toMatchObject({
      code: 'jury.exemption_required',
      errors: [{ field: 'exemptionReason' }],
    });

    const exempted = await admin.post(`/api/juries/${id}/decisions`, {
      studentId: weak,
      decision: 'awarded',
      exemptionReason: 'Validation des acquis de l’expérience : trois ans de CM chez un partenaire',
    });
    expect(exempted.statusCode).toBe(201);
    expect(exempted.json()).toMatchObject({ decision: 'awarded', rulesMet: false, finalGrade: 8 });
    const [row] = await t.db.query(
      `SELECT exemption_reason, rules_met, decided_by_id, decided_at, unmet_rules FROM jury_decisions WHERE id = $1`,
      [exempted.json().id],
    );
    expect(row).toMatchObject({ rules_met: false, decided_by_id: w.admin.id });
    expect(row.exemption_reason).toMatch(/acquis/);
    expect(row.decided_at).toBeInstanceOf(Date);
    expect(row.unmet_rules[0].kind).toBe('overall_average');

    // the trail cannot be edited, nor a check bypassed in SQL
    for (const sql of [
      `UPDATE jury_decisions SET exemption_reason = 'autre' WHERE id = '${exempted.json().id}'`,
      `DELETE FROM jury_decisions WHERE id = '${exempted.json().id}'`,
    ]) {
      await expect(t.db.query(sql)).rejects.toMatchObject({ driverError: { code: '42501' } });
    }
    // TRUNCATE locks the table and every table referring to it before its trigger refuses: on
    // a database of its own, so that it deadlocks with no other spec's diplomas.
    await onOwnDatabase('jury_truncate', (db) =>
      expect(db.query('TRUNCATE jury_decisions CASCADE')).rejects.toMatchObject({
        driverError: { code: '42501' },
      }),
    );
    await expect(
      t.db.query(
        `INSERT INTO jury_decisions (jury_id, enrolment_id, student_id, decision, rules_met, unmet_rules, remaining_items, decided_by_id)
         SELECT $1, e.id, e.student_id, 'awarded', false, '[]', '{}', $3 FROM enrolments e WHERE e.student_id = $2 AND e.cohort_id = $4`,
        [id, w.students[0].id, w.admin.id, w.cohortId],
      ),
    ).rejects.toMatchObject({
      driverError: { code: '23514', constraint: 'ck_jury_decisions_exemption' },
    });
  });

  it('validates honours, remaining work and input', async () => {
    const w = await buildJuryWorld(t.db, [16.5, 9]);
    const admin = await signedIn(w.admin);
    const id = await openJury(w, admin);
    const [best, weak] = w.students.map((s) => s.id);
    const post = (body: Record<string, unknown>) => admin.post(`/api/juries/${id}/decisions`, body);
    expect(
      (await post({ studentId: best, decision: 'awarded', honours: 'summa' })).json().code,
    ).toBe('jury.honours_invalid');
    expect(
      (await post({ studentId: weak, decision: 'deferred', honours: 'bien' })).json().code,
    ).toBe('jury.honours_invalid');
    expect((await post({ studentId: weak, decision: 'deferred' })).json().code).toBe(
      'jury.remaining_required',
    );
    const bad = await post({ studentId: best, decision: 'maybe', colour: 'red' });
    expect(bad.statusCode).toBe(400);
    expect(
      bad
        .json()
        .errors.map((e: { field: string }) => e.field)
        .sort(),
    ).toEqual(['colour', 'decision']);
    expect(
      (await post({ studentId: best, decision: 'awarded', honours: 'tres_bien' })).statusCode,
    ).toBe(201);
    const deferred = await post({
      studentId: weak,
      decision: 'deferred',
      remaining: 'Rattrapage de l’UE1 en septembre',
      remainingItems: ['resit'],
    });
    expect(deferred.statusCode).toBe(201);
    expect(deferred.json()).toMatchObject({ remainingItems: ['resit'], honours: null });
    const { students } = await board(admin, id);
    expect(of(students, best).decision).toMatchObject({
      decision: 'awarded',
      honours: 'tres_bien',
    });
  });

  it('awards every student who meets every rule in one action, then signs once, then locks', async () => {
    const w = await buildJuryWorld(t.db, [16.5, 13, 8]);
    const admin = await signedIn(w.admin);
    const id = await openJury(w, admin);
    const award = await admin.post(`/api/juries/${id}/award-eligible`, {});
    expect(award.json()).toEqual({ awarded: 2 });
    expect((await admin.post(`/api/juries/${id}/award-eligible`, {})).json()).toEqual({
      awarded: 0,
    });

    const sign = () =>
      admin.post(`/api/juries/${id}/sign`, {
        presidentName: 'Claire Dubois',
        signature: SIGNATURE,
      });
    const missing = await sign();
    expect(missing.statusCode).toBe(409);
    expect(missing.json()).toMatchObject({ code: 'jury.decisions_missing', missing: 1 });
    await admin.post(`/api/juries/${id}/decisions`, {
      studentId: w.students[2].id,
      decision: 'refused',
    });
    expect(
      (
        await admin.post(`/api/juries/${id}/sign`, {
          presidentName: 'X',
          signature: 'data:image/gif;base64,AAAA',
        })
      ).json().code,
    ).toBe('jury.signature_invalid');

    const results = await Promise.all(Array.from({ length: 8 }, () => sign()));
    expect(results.filter((r) => r.statusCode === 200)).toHaveLength(1);
    expect(results.filter((r) => r.statusCode === 409).map((r) => r.json().code)).toEqual(
      Array(7).fill('jury.already_signed'),
    );

    const late = await admin.post(`/api/juries/${id}/decisions`, {
      studentId: w.students[2].id,
      decision: 'awarded',
      exemptionReason: 'x',
    });
    expect(late.statusCode).toBe(409);
    expect(late.json().code).toBe('jury.locked');
    expect((await admin.post(`/api/juries/${id}/award-eligible`, {})).statusCode).toBe(409);
    await expect(
      t.db.query(`UPDATE juries SET president_name = 'Autre' WHERE id = $1`, [id]),
    ).rejects.toMatchObject({
      driverError: { code: '23514' },
    });
    await expect(
      t.db.query(`DELETE FROM jury_members WHERE jury_id = $1`, [id]),
    ).rejects.toMatchObject({
      driverError: { code: '23514' },
    });
    const [{ n }] = await t.db.query(
      `SELECT count(*)::int AS n FROM jury_decisions WHERE jury_id = $1`,
      [id],
    );
    expect(n).toBe(3);
  });

  it('corrects a signed decision with a new dated row that becomes the decision in force', async () => {
    const w = await buildJuryWorld(t.db, [13, 9]);
    const admin = await signedIn(w.admin);
    const id = await openJury(w, admin);
    await admin.post(`/api/juries/${id}/award-eligible`, {});
    const weak = w.students[1].id;
    const first = await admin.post(`/api/juries/${id}/decisions`, {
      studentId: weak,
      decision: 'deferred',
      remainingItems: ['project'],
    });
    expect(
      (
        await admin.post(`/api/juries/${id}/sign`, {
          presidentName: 'Claire Dubois',
          presidentId: w.teacher.id,
          signature: SIGNATURE,
        })
      ).statusCode,
    ).toBe(200);
    const [before] = await t.db.query(
      `SELECT * FROM current_jury_decisions WHERE student_id = $1`,
      [weak],
    );
    expect(before).toMatchObject({
      decision_id: first.json().id,
      decision: 'deferred',
      president_name: 'Claire Dubois',
    });

    const noReason = await admin.post(`/api/juries/${id}/decisions`, {
      studentId: weak,
      decision: 'refused',
    });
    expect(noReason.json().code).toBe('jury.locked');
    const correction = await admin.post(`/api/juries/${id}/decisions`, {
      studentId: weak,
      decision: 'refused',
      correctionReason: 'Erreur de saisie : le jury avait refusé',
    });
    expect(correction.statusCode).toBe(201);
    expect(correction.json()).toMatchObject({
      supersedesId: first.json().id,
      correctionReason: expect.stringMatching(/saisie/),
    });
    const [after] = await t.db.query(`SELECT * FROM current_jury_decisions WHERE student_id = $1`, [
      weak,
    ]);
    expect(after).toMatchObject({
      decision_id: correction.json().id,
      decision: 'refused',
      cohort_id: w.cohortId,
    });
    expect(after.jury_signed_at).toBeInstanceOf(Date);
    const rows = await t.db.query(`SELECT id FROM jury_decisions WHERE student_id = $1`, [weak]);
    expect(rows).toHaveLength(2);
    const s = of((await board(admin, id)).students, weak);
    expect(s.decision?.id).toBe(correction.json().id);
    expect(s.history.map((h) => h.id)).toEqual([first.json().id]);
    const [awarded] = await t.db.query(
      `SELECT * FROM current_jury_decisions WHERE student_id = $1`,
      [w.students[0].id],
    );
    expect(awarded).toMatchObject({
      decision: 'awarded',
      honours: 'assez_bien',
      honours_label_fr: 'Mention assez bien',
    });
    expect(Number(awarded.final_grade)).toBe(13);

    // the minutes: students, decisions, the correction, the president
    const pdf = await admin.get(`/api/juries/${id}/minutes.pdf?lang=fr`);
    expect(pdf.statusCode).toBe(200);
    expect(pdf.headers['content-type']).toBe('application/pdf');
    const text = await pdfText(pdf.rawPayload);
    expect(text).toContain('Procès-verbal de délibération');
    for (const s of w.students) expect(text).toContain(s.displayName);
    expect(text).toContain('Mention assez bien');
    expect(text).toContain('Refusé·e');
    expect(text.replace(/\s+/g, ' ')).toContain('Ajourné·e, corrigé en Refusé·e');
    expect(text).toContain('Erreur de saisie');
    expect(text).toContain('Claire Dubois');
    const english = await pdfText(
      (await admin.get(`/api/juries/${id}/minutes.pdf?lang=en`)).rawPayload,
    );
    expect(english).toContain('Minutes of the jury’s deliberation');
    expect(english).toContain('Diploma awarded');
  });

  it('lets only admins hold a jury, the cohort’s instructors read it, and nobody else see it', async () => {
    const w = await buildJuryWorld(t.db, [13]);
    const admin = await signedIn(w.admin);
    const id = await openJury(w, admin);
    const teacher = await signedIn(w.teacher);
    expect((await teacher.get(`/api/juries/${id}`)).json().mayDecide).toBe(false);
    expect(
      (
        await teacher.post(`/api/juries/${id}/decisions`, {
          studentId: w.students[0].id,
          decision: 'refused',
        })
      ).statusCode,
    ).toBe(403);
    expect(
      (
        await teacher.post('/api/juries', {
          cohortId: w.cohortId,
          heldOn: daysFromToday(0),
          members: [{ name: 'A' }],
        })
      ).statusCode,
    ).toBe(403);
    const stranger = await signedIn(await buildInstructor(t.db));
    expect((await stranger.get(`/api/juries/${id}`)).statusCode).toBe(404);
    expect((await stranger.get(`/api/juries/${id}/minutes.pdf`)).statusCode).toBe(404);
    expect((await stranger.get(`/api/juries?cohortId=${w.cohortId}`)).json().items).toEqual([]);
    const student = await signedIn(w.students[0]);
    expect((await student.get(`/api/juries/${id}`)).statusCode).toBe(403);
    expect((await admin.get(`/api/juries/${randomUUID()}`)).statusCode).toBe(404);

    // a student of another cohort is not on this jury
    const other = await buildJuryWorld(t.db, [15]);
    const outsider = await admin.post(`/api/juries/${id}/decisions`, {
      studentId: other.students[0].id,
      decision: 'refused',
    });
    expect(outsider.statusCode).toBe(404);
    const loner = await buildStudent(t.db);
    await buildEnrolment(t.db, other.cohortId, loner.id);
    expect(
      (
        await admin.post(`/api/juries/${id}/decisions`, {
          studentId: loner.id,
          decision: 'refused',
        })
      ).statusCode,
    ).toBe(404);

    // one open jury per cohort; members are instructors/admins or named externals
    const second = await admin.post('/api/juries', {
      cohortId: w.cohortId,
      heldOn: daysFromToday(1),
      members: [{ name: 'B' }],
    });
    expect(second.statusCode).toBe(409);
    expect(second.json().code).toBe('jury.open_exists');
    const badMember = await admin.post('/api/juries', {
      cohortId: other.cohortId,
      heldOn: daysFromToday(0),
      members: [{ userId: loner.id }],
    });
    expect(badMember.json()).toMatchObject({
      code: 'jury.member_invalid',
      errors: [{ field: 'members.0' }],
    });
    expect(
      (
        await admin.post('/api/juries', {
          cohortId: randomUUID(),
          heldOn: daysFromToday(0),
          members: [{ name: 'B' }],
        })
      ).statusCode,
    ).toBe(404);
    expect(
      (
        await admin.post('/api/juries', {
          cohortId: other.cohortId,
          heldOn: '2027-02-30',
          members: [{ name: 'B' }],
        })
      ).statusCode,
    ).toBe(400);
  });

  it('keeps a programme’s own honours levels, refusing a bad scale', async () => {
    const w = await buildJuryWorld(t.db, [17]);
    const admin = await signedIn(w.admin);
    const url = `/api/programmes/${w.programmeId}/honours`;
    expect((await admin.get(url)).json()).toMatchObject({
      custom: false,
      levels: [{ key: 'assez_bien', minGrade: 12 }, {}, {}],
    });
    const set = await admin.request('PUT', url, {
      levels: [
        {
          key: 'distinction',
          labelFr: 'Avec distinction',
          labelEn: 'With distinction',
          minGrade: 15,
        },
      ],
    });
    expect(set.statusCode).toBe(200);
    expect(
      (
        await admin.request('PUT', url, {
          levels: [{ key: 'x', labelFr: 'X', labelEn: 'X', minGrade: 25 }],
        })
      ).json().code,
    ).toBe('jury.honours_levels_invalid');
    const id = await openJury(w, admin);
    expect((await board(admin, id)).students[0].suggestedHonours).toBe('distinction');
    const teacher = await signedIn(w.teacher);
    expect((await teacher.request('PUT', url, { levels: [] })).statusCode).toBe(403);
  });
});
