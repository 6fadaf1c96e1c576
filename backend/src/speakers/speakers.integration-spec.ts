import { buildPartner } from '../testing/programme-factories';
import {
  buildInvitation,
  buildPlanningWorld,
  buildSession,
  buildSpeaker,
  type PlanningWorld,
} from '../testing/scheduling-factories';
import { Browser, startTestApp, type TestApp } from '../testing/test-app';

describe('speakers and invitations', () => {
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

  const inDays = (days: number, hour = 9) => {
    const d = new Date(Date.now() + days * 86_400_000);
    d.setUTCHours(hour, 0, 0, 0);
    return d;
  };

  async function guestTalk(w: PlanningWorld, days = 30) {
    return buildSession(t.db, {
      cohortId: w.cohort.id,
      roomId: w.room.id,
      kind: 'guest_talk',
      title: 'Conférence invitée',
      startsAt: inDays(days, 9),
      endsAt: inDays(days, 11),
    });
  }

  /** An instructor who invited a speaker and sent the link; the link's token. */
  async function sentInvitation(w: PlanningWorld) {
    const session = await guestTalk(w);
    const speaker = await buildSpeaker(t.db, { fullName: 'Thierry Crouzet' });
    const b = await signedIn(w.instructor);
    const created = await b.post(`/api/sessions/${session.id}/invitations`, {
      speakerId: speaker.id,
      talkTitle: 'Le peuple des connecteurs',
      abstract: 'Communautés et réseaux.',
      messageToSpeaker: 'Merci de venir !',
    });
    expect(created.statusCode).toBe(201);
    const sent = await b.post(`/api/invitations/${created.json().id}/transitions`, {
      to: 'invited',
    });
    expect(sent.statusCode).toBe(200);
    const url: string = sent.json().link.url;
    return { b, session, speaker, invitation: sent.json(), url, token: url.split('/').pop() ?? '' };
  }

  /** Moves a session so that it ended `hours` ago (as if its day had passed). */
  async function endedAgo(sessionId: string, hours: number) {
    await t.db.query(
      `UPDATE sessions SET starts_at = now() - make_interval(hours => $2 + 2),
              ends_at = now() - make_interval(hours => $2) WHERE id = $1`,
      [sessionId, hours],
    );
  }

  /** Backdates a link's planned expiry, as if its 60 days had run out. */
  async function plannedExpiryPassed(invitationId: string) {
    await t.db.query(
      `UPDATE invitation_links SET expires_at = now() - interval '1 day' WHERE invitation_id = $1`,
      [invitationId],
    );
  }

  describe('directory', () => {
    it('creates a speaker with a partner organisation and finds them by topic and organisation', async () => {
      const w = await buildPlanningWorld(t.db);
      const partner = await buildPartner(t.db, { name: `Étude Fanti ${Date.now()}` });
      const b = await signedIn(w.instructor);
      const created = await b.post('/api/speakers', {
        fullName: `Sébastien Fanti ${Date.now()}`,
        email: `fanti-${Date.now()}@test.clique`,
        organisationId: partner.id,
        jobTitle: 'Avocat',
        topics: [' Droit ', 'E-Réputation', 'droit'],
      });
      expect(created.statusCode).toBe(201);
      expect(created.json()).toMatchObject({
        partner: { id: partner.id },
        organisation: partner.name,
        topics: ['droit', 'e-réputation'],
        talks: [],
      });
      const byTopic = await b.get('/api/speakers?topic=E-R%C3%A9putation&size=200');
      expect(byTopic.json().items.map((s: { id: string }) => s.id)).toContain(created.json().id);
      const byOrg = await b.get(`/api/speakers?organisation=${encodeURIComponent(partner.name)}`);
      expect(byOrg.json().items).toEqual([expect.objectContaining({ id: created.json().id })]);
      const duplicate = await b.post('/api/speakers', {
        fullName: 'Autre',
        email: created.json().email.toUpperCase(),
      });
      expect(duplicate.json()).toMatchObject({ code: 'speaker.email_taken' });
    });

    it('shows the history of a speaker’s talks', async () => {
      const w = await buildPlanningWorld(t.db);
      const speaker = await buildSpeaker(t.db);
      const past = await buildSession(t.db, {
        cohortId: w.cohort.id,
        kind: 'guest_talk',
        startsAt: inDays(-100),
        endsAt: inDays(-100, 12),
      });
      await buildInvitation(t.db, past.id, speaker.id, {
        status: 'held',
        talkTitle: 'Cluetrain 101',
      });
      const b = await signedIn(w.instructor);
      const detail = (await b.get(`/api/speakers/${speaker.id}`)).json();
      expect(detail).toMatchObject({ talkCount: 1 });
      expect(detail.talks).toEqual([
        expect.objectContaining({ talkTitle: 'Cluetrain 101', status: 'held', sessionId: past.id }),
      ]);
      expect((await b.delete(`/api/speakers/${speaker.id}`)).json()).toMatchObject({
        code: 'speaker.in_use',
      });
    });

    it('keeps the directory from students', async () => {
      const w = await buildPlanningWorld(t.db);
      expect((await (await signedIn(w.student)).get('/api/speakers')).statusCode).toBe(403);
    });
  });

  describe('twins', () => {
    /** A suffix no other speaker of the run has, so names compare with this test's alone. */
    const unique = () => `${Date.now()}${Math.floor(Math.random() * 1e6)}`;
    const namedAs = async (b: Browser, q: string) =>
      (await b.get(`/api/speakers?includeArchived=true&size=200&q=${encodeURIComponent(q)}`))
        .json()
        .items.map((s: { id: string }) => s.id);

    it('offers the speaker with the same e-mail in another case, even when told they differ', async () => {
      const w = await buildPlanningWorld(t.db);
      const tag = unique();
      const existing = await buildSpeaker(t.db, {
        fullName: `Anne Durand ${tag}`,
        email: `anne.durand.${tag}@test.clique`,
        organisationName: 'HEIG-VD',
      });
      const b = await signedIn(w.instructor);
      for (const confirmDistinct of [undefined, true]) {
        const twin = await b.post('/api/speakers', {
          fullName: `A. Durand ${tag}`,
          email: `Anne.DURAND.${tag}@Test.Clique`,
          confirmDistinct,
        });
        expect(twin.statusCode).toBe(409);
        expect(twin.json()).toMatchObject({
          code: 'speaker.email_taken',
          existing: [
            {
              id: existing.id,
              fullName: `Anne Durand ${tag}`,
              organisation: 'HEIG-VD',
              email: `anne.durand.${tag}@test.clique`,
              archived: false,
            },
          ],
        });
      }
      expect(await namedAs(b, `Durand ${tag}`)).toEqual([existing.id]);
    });

    it('offers the speakers of the same name, accents, case and spaces aside, and creates only when told they differ', async () => {
      const w = await buildPlanningWorld(t.db);
      const tag = unique();
      const first = await buildSpeaker(t.db, {
        fullName: `Frédéric Müller ${tag}`,
        organisationName: 'RTS',
      });
      const archived = await buildSpeaker(t.db, { fullName: `FREDERIC MULLER ${tag}` });
      await t.db.query(`UPDATE speakers SET archived_at = now() WHERE id = $1`, [archived.id]);
      await buildSpeaker(t.db, { fullName: `Frédéric Müller-Fontaine ${tag}` });
      const b = await signedIn(w.instructor);
      const body = { fullName: `  frederic   muller ${tag} `, email: `fm.${tag}@test.clique` };

      const twin = await b.post('/api/speakers', body);
      expect(twin.statusCode).toBe(409);
      expect(twin.json()).toMatchObject({
        code: 'speaker.possible_duplicate',
        existing: [
          {
            id: first.id,
            fullName: `Frédéric Müller ${tag}`,
            organisation: 'RTS',
            archived: false,
          },
          { id: archived.id, archived: true },
        ],
      });
      expect(twin.json().existing).toHaveLength(2);
      expect(await namedAs(b, `fm.${tag}`)).toEqual([]);

      const distinct = await b.post('/api/speakers', { ...body, confirmDistinct: true });
      expect(distinct.statusCode).toBe(201);
      expect(distinct.json()).toMatchObject({ fullName: `frederic   muller ${tag}`, talks: [] });
      expect(distinct.json()).not.toHaveProperty('confirmDistinct');
      expect(await namedAs(b, `fm.${tag}`)).toEqual([distinct.json().id]);
    });

    it('keeps the check from students and refuses a field it does not know', async () => {
      const w = await buildPlanningWorld(t.db);
      const tag = unique();
      await buildSpeaker(t.db, { fullName: `Léa Rossier ${tag}` });
      const student = await signedIn(w.student);
      const asStudent = await student.post('/api/speakers', { fullName: `Léa Rossier ${tag}` });
      expect(asStudent.statusCode).toBe(403);
      expect(asStudent.json()).not.toHaveProperty('existing');
      const b = await signedIn(w.instructor);
      const unknown = await b.post('/api/speakers', {
        fullName: `Léa Rossier ${tag}`,
        confirmDistinct: true,
        sameAs: 'nobody',
      });
      expect(unknown.statusCode).toBe(400);
      expect(unknown.json()).toMatchObject({
        code: 'validation',
        errors: [expect.objectContaining({ field: 'sameAs', code: 'whitelistValidation' })],
      });
      const notBoolean = await b.post('/api/speakers', {
        fullName: `Léa Rossier ${tag}`,
        confirmDistinct: 'yes',
      });
      expect(notBoolean.statusCode).toBe(400);
      const renamed = await b.patch(`/api/speakers/${(await buildSpeaker(t.db)).id}`, {
        confirmDistinct: true,
      });
      expect(renamed.statusCode).toBe(400);
    });
  });

  describe('invitation state machine', () => {
    it('goes draft → invited → confirmed → held with each step dated on the timeline', async () => {
      const w = await buildPlanningWorld(t.db);
      const session = await buildSession(t.db, {
        cohortId: w.cohort.id,
        kind: 'guest_talk',
        startsAt: inDays(0, 0),
        endsAt: inDays(1, 23),
      });
      const speaker = await buildSpeaker(t.db);
      const b = await signedIn(w.instructor);
      const draft = (
        await b.post(`/api/sessions/${session.id}/invitations`, { speakerId: speaker.id })
      ).json();
      expect(draft).toMatchObject({
        status: 'draft',
        allowedTransitions: ['invited', 'cancelled'],
      });
      for (const to of ['invited', 'confirmed', 'held']) {
        const r = await b.post(`/api/invitations/${draft.id}/transitions`, { to, note: `→ ${to}` });
        expect(r.statusCode).toBe(200);
        expect(r.json().status).toBe(to);
      }
      const detail = (await b.get(`/api/invitations/${draft.id}`)).json();
      expect(
        detail.events.map((e: { type: string; toStatus: string | null }) => [e.type, e.toStatus]),
      ).toEqual([
        ['created', null],
        ['status_changed', 'invited'],
        ['link_issued', null],
        ['status_changed', 'confirmed'],
        ['status_changed', 'held'],
      ]);
      expect(detail.events[3]).toMatchObject({
        actor: { kind: 'user', name: w.instructor.displayName },
        note: '→ confirmed',
        fromStatus: 'invited',
      });
      expect(detail.allowedTransitions).toEqual([]);
    });

    it.each([
      ['draft', 'confirmed'],
      ['draft', 'held'],
      ['invited', 'held'],
      ['declined', 'confirmed'],
      ['declined', 'invited'],
      ['cancelled', 'invited'],
      ['held', 'cancelled'],
    ])('refuses %s → %s with 409', async (from, to) => {
      const w = await buildPlanningWorld(t.db);
      const session = await guestTalk(w);
      const invitation = await buildInvitation(t.db, session.id, (await buildSpeaker(t.db)).id, {
        status: from as 'draft',
      });
      const b = await signedIn(w.instructor);
      const r = await b.post(`/api/invitations/${invitation.id}/transitions`, { to });
      expect(r.statusCode).toBe(409);
      expect(r.json()).toMatchObject({ code: 'invitation.illegal_transition', from, to });
      const [row] = await t.db.query(`SELECT status FROM invitations WHERE id = $1`, [
        invitation.id,
      ]);
      expect(row.status).toBe(from);
    });

    it('refuses to mark held a talk whose session has not begun', async () => {
      const w = await buildPlanningWorld(t.db);
      const session = await guestTalk(w);
      const invitation = await buildInvitation(t.db, session.id, (await buildSpeaker(t.db)).id, {
        status: 'confirmed',
      });
      const b = await signedIn(w.instructor);
      const r = await b.post(`/api/invitations/${invitation.id}/transitions`, { to: 'held' });
      expect(r.json()).toMatchObject({ code: 'invitation.not_started' });
    });

    it('refuses a speaker already booked elsewhere at that time, naming the other talk', async () => {
      const w = await buildPlanningWorld(t.db);
      const other = await buildPlanningWorld(t.db);
      const mine = await guestTalk(w, 40);
      const theirs = await guestTalk(other, 40);
      const speaker = await buildSpeaker(t.db);
      await buildInvitation(t.db, theirs.id, speaker.id, { status: 'confirmed' });
      const b = await signedIn(w.instructor);
      const r = await b.post(`/api/sessions/${mine.id}/invitations`, { speakerId: speaker.id });
      expect(r.statusCode).toBe(409);
      expect(r.json()).toMatchObject({
        code: 'session.conflict',
        conflicts: [
          expect.objectContaining({
            clash: 'speaker',
            session: expect.objectContaining({ id: theirs.id }),
          }),
        ],
      });
      const again = await buildInvitation(t.db, mine.id, (await buildSpeaker(t.db)).id);
      void again;
    });

    it('refuses to invite the same speaker twice to one session, and to a lecture', async () => {
      const w = await buildPlanningWorld(t.db);
      const session = await guestTalk(w);
      const speaker = await buildSpeaker(t.db);
      const b = await signedIn(w.instructor);
      expect(
        (await b.post(`/api/sessions/${session.id}/invitations`, { speakerId: speaker.id }))
          .statusCode,
      ).toBe(201);
      const twice = await b.post(`/api/sessions/${session.id}/invitations`, {
        speakerId: speaker.id,
      });
      expect(twice.json()).toMatchObject({ code: 'invitation.duplicate' });
      const lecture = await buildSession(t.db, {
        cohortId: w.cohort.id,
        startsAt: inDays(50),
        endsAt: inDays(50, 12),
      });
      const r = await b.post(`/api/sessions/${lecture.id}/invitations`, { speakerId: speaker.id });
      expect(r.json()).toMatchObject({ code: 'invitation.not_a_guest_talk' });
    });

    it('cancels the invitations of a cancelled session, on their timeline', async () => {
      const w = await buildPlanningWorld(t.db);
      const { b, session, invitation, token } = await sentInvitation(w);
      await b.post(`/api/sessions/${session.id}/cancel`, { reason: 'Salle inondée' });
      const detail = (await b.get(`/api/invitations/${invitation.id}`)).json();
      expect(detail.status).toBe('cancelled');
      expect(detail.events.at(-1)).toMatchObject({
        toStatus: 'cancelled',
        note: 'session cancelled',
      });
      // The speaker's page says why.
      const view = await new Browser(t.app).get(`/api/speaker-links/${token}`);
      expect(view.json()).toMatchObject({
        status: 'cancelled',
        canAnswer: false,
        session: { cancelled: true, cancellationReason: 'Salle inondée' },
      });
    });

    it('answers 404 for an invitation of a cohort the instructor does not teach', async () => {
      const w = await buildPlanningWorld(t.db);
      const other = await buildPlanningWorld(t.db);
      const { invitation } = await sentInvitation(other);
      const b = await signedIn(w.instructor);
      expect((await b.get(`/api/invitations/${invitation.id}`)).statusCode).toBe(404);
      const list = await b.get('/api/invitations?size=200');
      expect(list.json().items.map((i: { id: string }) => i.id)).not.toContain(invitation.id);
    });
  });

  describe('the speaker’s link', () => {
    it('shows the session, confirms once, then says the link was used', async () => {
      const w = await buildPlanningWorld(t.db);
      const { b, invitation, token, url } = await sentInvitation(w);
      expect(url).toMatch(/^http:\/\/localhost:3000\/speaker\/[A-Za-z0-9_-]{65}$/);
      const speaker = new Browser(t.app);
      const view = await speaker.get(`/api/speaker-links/${token}`);
      expect(view.statusCode).toBe(200);
      expect(view.json()).toMatchObject({
        status: 'invited',
        talkTitle: 'Le peuple des connecteurs',
        messageToSpeaker: 'Merci de venir !',
        invitedBy: w.instructor.displayName,
        canAnswer: true,
        session: {
          roomName: w.room.name,
          roomAddress: w.room.address,
          cohortName: w.cohort.name,
          programmeTitle: w.programme.title,
          timeZone: 'Europe/Zurich',
        },
        speaker: { fullName: 'Thierry Crouzet' },
        // No contact person named: the speaker calls the instructor who invited them.
        practical: {
          contact: { name: w.instructor.displayName, email: w.instructor.email, phone: null },
        },
      });
      expect(view.json()).not.toHaveProperty('speaker.email');
      const confirmed = await speaker.post(`/api/speaker-links/${token}/answer`, {
        answer: 'confirm',
        note: 'Avec plaisir',
      });
      expect(confirmed.json()).toMatchObject({ status: 'confirmed', canAnswer: false });
      const again = await speaker.post(`/api/speaker-links/${token}/answer`, { answer: 'decline' });
      expect(again.statusCode).toBe(410);
      expect(again.json()).toMatchObject({
        code: 'invitation.link_used',
        invitationStatus: 'confirmed',
      });
      const detail = (await b.get(`/api/invitations/${invitation.id}`)).json();
      expect(detail).toMatchObject({
        status: 'confirmed',
        speakerNote: 'Avec plaisir',
        link: { state: 'used' },
      });
      expect(detail.events.map((e: { type: string }) => e.type)).toContain('link_opened');
      expect(detail.events.at(-1)).toMatchObject({
        actor: { kind: 'speaker', name: 'Thierry Crouzet' },
        toStatus: 'confirmed',
      });
    });

    it('lets the speaker decline and edit their bio, but not their name', async () => {
      const w = await buildPlanningWorld(t.db);
      const { token, speaker } = await sentInvitation(w);
      const anonymous = new Browser(t.app);
      const declined = await anonymous.post(`/api/speaker-links/${token}/answer`, {
        answer: 'decline',
      });
      expect(declined.json()).toMatchObject({ status: 'declined' });
      const edited = await anonymous.patch(`/api/speaker-links/${token}/profile`, {
        bio: 'Écrivain, blogueur.',
        jobTitle: 'Auteur',
      });
      expect(edited.json().speaker).toMatchObject({
        bio: 'Écrivain, blogueur.',
        jobTitle: 'Auteur',
      });
      const renamed = await anonymous.patch(`/api/speaker-links/${token}/profile`, {
        fullName: 'Quelqu’un d’autre',
      });
      expect(renamed.statusCode).toBe(400);
      const [row] = await t.db.query(`SELECT full_name FROM speakers WHERE id = $1`, [speaker.id]);
      expect(row.full_name).toBe('Thierry Crouzet');
    });

    it('refuses a tampered link with 403, a replaced one with 410, one whose talk is over with 410', async () => {
      const w = await buildPlanningWorld(t.db);
      const { b, invitation, token } = await sentInvitation(w);
      const anonymous = new Browser(t.app);
      const tampered = `${token.slice(0, 40)}${token[40] === 'A' ? 'B' : 'A'}${token.slice(41)}`;
      const forged = await anonymous.get(`/api/speaker-links/${tampered}`);
      expect(forged.statusCode).toBe(403);
      expect(forged.json()).toMatchObject({ code: 'invitation.link_invalid' });
      expect((await anonymous.get('/api/speaker-links/nonsense')).statusCode).toBe(403);

      const renewed = await b.post(`/api/invitations/${invitation.id}/link`);
      const newToken: string = renewed.json().link.url.split('/').pop();
      const replaced = await anonymous.get(`/api/speaker-links/${token}`);
      expect(replaced.statusCode).toBe(410);
      expect(replaced.json()).toMatchObject({ code: 'invitation.link_revoked' });

      await t.db.query(
        `UPDATE invitation_links SET expires_at = now() - interval '1 minute' WHERE invitation_id = $1`,
        [invitation.id],
      );
      await endedAgo(invitation.session.id, 1);
      const expired = await anonymous.post(`/api/speaker-links/${newToken}/answer`, {
        answer: 'confirm',
      });
      expect(expired.statusCode).toBe(410);
      expect(expired.json()).toMatchObject({ code: 'invitation.link_expired' });
      const [row] = await t.db.query(`SELECT status FROM invitations WHERE id = $1`, [
        invitation.id,
      ]);
      expect(row.status).toBe('invited');
    });

    it('needs the CSRF header for the speaker’s answer too', async () => {
      const w = await buildPlanningWorld(t.db);
      const { token } = await sentInvitation(w);
      const r = await new Browser(t.app).post(
        `/api/speaker-links/${token}/answer`,
        { answer: 'confirm' },
        { csrf: false },
      );
      expect(r.statusCode).toBe(403);
      expect(r.json()).toMatchObject({ code: 'csrf.invalid' });
    });

    it('gives the talk as an .ics file', async () => {
      const w = await buildPlanningWorld(t.db);
      const { token, session } = await sentInvitation(w);
      const r = await new Browser(t.app).get(`/api/speaker-links/${token}/calendar.ics`);
      expect(r.statusCode).toBe(200);
      expect(r.headers['content-type']).toContain('text/calendar');
      expect(r.body).toContain(`UID:session-${session.id}@clique`);
      expect(r.body).toContain('SUMMARY:Le peuple des connecteurs — Conférence invitée');
    });
  });

  describe('from the speaker’s page', () => {
    it('lists upcoming and past talks with their ends, only those of cohorts the instructor plans', async () => {
      const w = await buildPlanningWorld(t.db);
      const other = await buildPlanningWorld(t.db);
      const speaker = await buildSpeaker(t.db);
      const past = await buildSession(t.db, {
        cohortId: w.cohort.id,
        kind: 'guest_talk',
        startsAt: inDays(-20, 9),
        endsAt: inDays(-20, 11),
      });
      const upcoming = await guestTalk(w, 20);
      const elsewhere = await guestTalk(other, 25);
      await buildInvitation(t.db, past.id, speaker.id, { status: 'held' });
      await buildInvitation(t.db, upcoming.id, speaker.id, { status: 'confirmed' });
      await buildInvitation(t.db, elsewhere.id, speaker.id, { status: 'confirmed' });
      const detail = (
        await (await signedIn(w.instructor)).get(`/api/speakers/${speaker.id}`)
      ).json();
      expect(
        detail.talks.map((talk: { sessionId: string; endsAt: string }) => [
          talk.sessionId,
          talk.endsAt,
        ]),
      ).toEqual([
        [upcoming.id, upcoming.endsAt.toISOString()],
        [past.id, past.endsAt.toISOString()],
      ]);
    });

    it('invites only to a session the instructor plans: 403 for a student, 404 for another cohort, 400 naming an unknown field', async () => {
      const w = await buildPlanningWorld(t.db);
      const other = await buildPlanningWorld(t.db);
      const speaker = await buildSpeaker(t.db);
      const mine = await guestTalk(w, 45);
      const theirs = await guestTalk(other, 45);
      const student = await signedIn(w.student);
      const asStudent = await student.post(`/api/sessions/${mine.id}/invitations`, {
        speakerId: speaker.id,
      });
      expect(asStudent.statusCode).toBe(403);
      const b = await signedIn(w.instructor);
      const notMine = await b.post(`/api/sessions/${theirs.id}/invitations`, {
        speakerId: speaker.id,
      });
      expect(notMine.statusCode).toBe(404);
      const unknown = await b.post(`/api/sessions/${mine.id}/invitations`, {
        speakerId: speaker.id,
        sessionTitle: 'pas un champ',
      });
      expect(unknown.statusCode).toBe(400);
      expect(unknown.json()).toMatchObject({
        code: 'validation',
        errors: [expect.objectContaining({ field: 'sessionTitle', code: 'whitelistValidation' })],
      });
      const [{ count }] = await t.db.query(
        `SELECT count(*)::int AS count FROM invitations WHERE speaker_id = $1`,
        [speaker.id],
      );
      expect(count).toBe(0);
    });
  });

  describe('the link lasts until the talk is over', () => {
    it('gives a talk more than 60 days away a link that works until its end', async () => {
      const w = await buildPlanningWorld(t.db);
      const session = await guestTalk(w, 90);
      const speaker = await buildSpeaker(t.db);
      const b = await signedIn(w.instructor);
      const created = await b.post(`/api/sessions/${session.id}/invitations`, {
        speakerId: speaker.id,
      });
      const sent = await b.post(`/api/invitations/${created.json().id}/transitions`, {
        to: 'invited',
      });
      expect(sent.json().link).toMatchObject({
        state: 'active',
        expiresAt: session.endsAt.toISOString(),
      });
      const token: string = sent.json().link.url.split('/').pop();
      // The planned expiry passes long before the talk: the speaker can still open and answer.
      await plannedExpiryPassed(created.json().id);
      const anonymous = new Browser(t.app);
      const view = await anonymous.get(`/api/speaker-links/${token}`);
      expect(view.statusCode).toBe(200);
      expect(view.json()).toMatchObject({
        canAnswer: true,
        expiresAt: session.endsAt.toISOString(),
      });
      const answered = await anonymous.post(`/api/speaker-links/${token}/answer`, {
        answer: 'confirm',
      });
      expect(answered.json()).toMatchObject({ status: 'confirmed' });
      const detail = (await b.get(`/api/invitations/${created.json().id}`)).json();
      expect(detail.link).toMatchObject({ state: 'used', expiresAt: session.endsAt.toISOString() });
    });

    it('keeps the link of a talk moved later working until its new end', async () => {
      const w = await buildPlanningWorld(t.db);
      const { b, invitation, token } = await sentInvitation(w);
      const newEnd = inDays(120, 11);
      await t.db.query(`UPDATE sessions SET starts_at = $2, ends_at = $3 WHERE id = $1`, [
        invitation.session.id,
        inDays(120, 9),
        newEnd,
      ]);
      await plannedExpiryPassed(invitation.id);
      const view = await new Browser(t.app).get(`/api/speaker-links/${token}`);
      expect(view.statusCode).toBe(200);
      expect(view.json()).toMatchObject({ expiresAt: newEnd.toISOString() });
      const detail = (await b.get(`/api/invitations/${invitation.id}`)).json();
      expect(detail.link).toMatchObject({ state: 'active', expiresAt: newEnd.toISOString() });
    });

    it('refuses the link with 410 link_expired once the talk is over and its planned expiry passed', async () => {
      const w = await buildPlanningWorld(t.db);
      const { b, invitation, token } = await sentInvitation(w);
      await plannedExpiryPassed(invitation.id);
      await endedAgo(invitation.session.id, 1);
      const view = await new Browser(t.app).get(`/api/speaker-links/${token}`);
      expect(view.statusCode).toBe(410);
      expect(view.json()).toMatchObject({ code: 'invitation.link_expired' });
      const detail = (await b.get(`/api/invitations/${invitation.id}`)).json();
      expect(detail.link).toMatchObject({ state: 'expired' });
    });

    it('keeps refusing a revoked link, although its talk is ahead', async () => {
      const w = await buildPlanningWorld(t.db);
      const { b, invitation, token } = await sentInvitation(w);
      await b.post(`/api/invitations/${invitation.id}/link`);
      await plannedExpiryPassed(invitation.id);
      const view = await new Browser(t.app).get(`/api/speaker-links/${token}`);
      expect(view.statusCode).toBe(410);
      expect(view.json()).toMatchObject({ code: 'invitation.link_revoked' });
    });
  });
});
