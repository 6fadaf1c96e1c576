import { randomUUID } from 'node:crypto';
import { buildAdmin, buildUser } from '../testing/factories';
import {
  buildCohort,
  buildEnrolment,
  buildPartner,
  buildProgramme,
} from '../testing/programme-factories';
import { buildProject, buildProjectWorld } from '../testing/project-factories';
import {
  buildInvitation,
  buildPlanningWorld,
  buildRoom,
  buildSession,
  buildSpeaker,
} from '../testing/scheduling-factories';
import { Browser, startTestApp, type TestApp } from '../testing/test-app';

/** Every search box ignores accents and case, and treats LIKE wildcards as plain characters. */
describe('search, accents and case ignored', () => {
  let t: TestApp;
  let admin: Browser;
  beforeAll(async () => {
    t = await startTestApp();
    const user = await buildAdmin(t.db);
    admin = new Browser(t.app);
    expect((await admin.signIn(user.email, user.password)).statusCode).toBe(200);
  });
  afterAll(() => t.close());

  const tag = () => randomUUID().slice(0, 8);
  const ids = async (url: string, q: string) => {
    const response = await admin.get(
      `${url}${url.includes('?') ? '&' : '?'}q=${encodeURIComponent(q)}`,
    );
    expect(response.statusCode).toBe(200);
    return (response.json().items as { id: string }[]).map((i) => i.id);
  };

  /** A record whose searched text has accents, the URL of its list, and a query without them. */
  const cases: [string, (tag: string) => Promise<{ id: string; url: string; q: string }>][] = [
    [
      'users by name',
      async (t8) => {
        const u = await buildUser(t.db, { displayName: `Frédéric Chappuis ${t8}` });
        return { id: u.id, url: '/api/users', q: `FREDERIC CHAPPUIS ${t8}` };
      },
    ],
    [
      'programmes by title',
      async (t8) => {
        const p = await buildProgramme(t.db, { title: `Formation à distance ${t8}` });
        return { id: p.id, url: '/api/programmes', q: `formation a distance ${t8}` };
      },
    ],
    [
      'cohorts by name',
      async (t8) => {
        const c = await buildCohort(t.db, { name: `Volée d’été ${t8}` });
        return { id: c.id, url: '/api/cohorts', q: `VOLEE D'ETE ${t8}` };
      },
    ],
    [
      'a roster by student name',
      async (t8) => {
        const cohort = await buildCohort(t.db);
        const student = await buildUser(t.db, { displayName: `Élodie Œuvray ${t8}` });
        const e = await buildEnrolment(t.db, cohort.id, student.id);
        return { id: e.id, url: `/api/cohorts/${cohort.id}/enrolments`, q: `elodie oeuvray ${t8}` };
      },
    ],
    [
      'partners by name',
      async (t8) => {
        const p = await buildPartner(t.db, { name: `Société Générale ${t8}` });
        return { id: p.id, url: '/api/partners', q: `societe generale ${t8}` };
      },
    ],
    [
      'rooms by name',
      async (t8) => {
        const r = await buildRoom(t.db, { name: `Salle Léman ${t8}` });
        return { id: r.id, url: '/api/rooms', q: `SALLE LEMAN ${t8}` };
      },
    ],
    [
      'speakers by name',
      async (t8) => {
        const s = await buildSpeaker(t.db, { fullName: `Frédéric Müller ${t8}` });
        return { id: s.id, url: '/api/speakers', q: `frederic muller ${t8}` };
      },
    ],
    [
      'speakers by topic',
      async (t8) => {
        const s = await buildSpeaker(t.db, { topics: [`formation à distance ${t8}`] });
        return { id: s.id, url: '/api/speakers', q: `Formation a Distance ${t8}` };
      },
    ],
    [
      'speakers by organisation',
      async (t8) => {
        const s = await buildSpeaker(t.db, { organisationName: `Hôpital cantonal ${t8}` });
        return { id: s.id, url: '/api/speakers', q: `hopital cantonal ${t8}` };
      },
    ],
    [
      'invitations by talk title',
      async (t8) => {
        const world = await buildPlanningWorld(t.db);
        const session = await buildSession(t.db, {
          cohortId: world.cohort.id,
          startsAt: new Date(Date.now() + 7 * 86400_000),
          endsAt: new Date(Date.now() + 7 * 86400_000 + 3600_000),
        });
        const speaker = await buildSpeaker(t.db);
        const i = await buildInvitation(t.db, session.id, speaker.id, {
          talkTitle: `Réseaux et e-réputation ${t8}`,
        });
        return { id: i.id, url: '/api/invitations', q: `reseaux et E-REPUTATION ${t8}` };
      },
    ],
    [
      'projects by title',
      async (t8) => {
        const world = await buildProjectWorld(t.db, { students: 1 });
        const p = await buildProject(t.db, world, { title: `Stratégie éditoriale ${t8}` });
        return { id: p.id, url: '/api/projects', q: `strategie editoriale ${t8}` };
      },
    ],
  ];

  it.each(cases)('finds %s without their accents', async (_label, build) => {
    const { id, url, q } = await build(tag());
    expect(await ids(url, q)).toEqual([id]);
  });

  it('finds "Frédéric" for "Frederic" and "Élodie" for "ELODIE" among speakers', async () => {
    const t8 = tag();
    const frederic = await buildSpeaker(t.db, { fullName: `Frédéric ${t8}` });
    const elodie = await buildSpeaker(t.db, { fullName: `Élodie ${t8}` });
    expect(await ids('/api/speakers', `Frederic ${t8}`)).toEqual([frederic.id]);
    expect(await ids('/api/speakers', `ELODIE ${t8}`)).toEqual([elodie.id]);
  });

  it('treats % and _ as the characters they are', async () => {
    const t8 = tag();
    const fifty = await buildPartner(t.db, { name: `Remise 50% ${t8}` });
    await buildPartner(t.db, { name: `Remise 500 ${t8}` });
    await buildPartner(t.db, { name: `Remise 5_0 ${t8}` });
    expect(await ids('/api/partners', `50% ${t8}`)).toEqual([fifty.id]);
    expect(await ids('/api/partners', `Remise 5_`)).not.toContain(fifty.id);
  });
});
