import type { DataSource } from 'typeorm';
import { type BuiltUser, buildUser } from '../factories';
import {
  buildCohort,
  buildEnrolment,
  buildModule,
  buildPartner,
  buildProgramme,
} from '../programme-factories';
import { buildContact, buildProject, multipart, pdf } from '../project-factories';
import {
  buildInvitation,
  buildPlanningWorld,
  buildRoom,
  buildSession,
  buildSpeaker,
} from '../scheduling-factories';
import { Browser, type TestApp } from '../test-app';

export type ActorName = 'anonymous' | 'admin' | 'instructor' | 'student';
export const ACTORS: ActorName[] = ['anonymous', 'admin', 'instructor', 'student'];

/** Real ids and tokens by kind (`users`, `sessions`, `speakerToken`…), so a path id is sometimes valid. */
export type Pools = Record<string, string[]>;

export interface FuzzWorld {
  actors: Record<ActorName, Browser>;
  users: Record<Exclude<ActorName, 'anonymous'>, BuiltUser>;
  pools: Pools;
  /**
   * Signs the actor in again when a request signed it out (sign-out, revoked sessions) or in as
   * someone else (a sign-in with a victim's credentials).
   */
  ensureSignedIn(actor: ActorName): Promise<void>;
  /**
   * Builds the actors' cohort, project and links anew when the fuzz has spoilt them (withdrew
   * the student, removed the instructor, abandoned the project), so later operations still meet
   * valid ids. Answers whether it had to.
   */
  repair(): Promise<boolean>;
}

/**
 * 20:00 UTC, `n` days from today: the world's sessions sit in the evening, where generated
 * sessions (08:00–16:00 local) never land, so neither collides with the other's instructor.
 */
const evening = (n: number) => {
  const at = new Date(Date.now() + n * 86_400_000);
  at.setUTCHours(20, 0, 0, 0);
  return at;
};
const TWO_HOURS = 7_200_000;
let builds = 0;

async function signedIn(t: TestApp, user: BuiltUser): Promise<Browser> {
  const b = new Browser(t.app);
  const res = await b.signIn(user.email, user.password);
  if (res.statusCode !== 200) throw new Error(`fuzz world: cannot sign ${user.email} in`);
  return b;
}

function expect2xx(what: string, res: { statusCode: number; body: string }): void {
  if (res.statusCode >= 300)
    throw new Error(`fuzz world: ${what} answered ${res.statusCode} ${res.body.slice(0, 300)}`);
}

/**
 * A small world where each actor has something of its own: the instructor teaches a cohort the
 * student is enrolled in (a past guest talk with a synthesis, a project with a milestone and an
 * uploaded submission), another cohort the instructor does not teach, a speaker invited by link,
 * a partner with a mentor link, a calendar feed. Users an admin may change, and enrolments one
 * may withdraw, are victims', never the actors' (so the fuzz cannot lock itself out).
 */
export async function buildFuzzWorld(t: TestApp): Promise<FuzzWorld> {
  const db: DataSource = t.db;
  const users = {
    admin: await buildUser(db, { role: 'admin' }),
    instructor: await buildUser(db, { role: 'instructor' }),
    student: await buildUser(db, { role: 'student' }),
  };
  const actors: Record<ActorName, Browser> = {
    anonymous: new Browser(t.app, '127.0.0.2'),
    admin: await signedIn(t, users.admin),
    instructor: await signedIn(t, users.instructor),
    student: await signedIn(t, users.student),
  };
  const world: FuzzWorld = {
    actors,
    users,
    pools: {},
    ensureSignedIn: async (actor) => {
      if (actor === 'anonymous') return;
      const b = actors[actor];
      const me = await b.get('/api/me');
      if (me.statusCode === 200 && (me.json() as { id: string }).id === users[actor].id) return;
      const res = await b.signIn(users[actor].email, users[actor].password);
      if (res.statusCode !== 200)
        throw new Error(`fuzz world: ${actor} cannot sign in again (${res.statusCode})`);
    },
    repair: async () => {
      const projectId = world.pools['projects'][0];
      const [mine, cohort] = await Promise.all([
        actors.student.get('/api/projects/mine'),
        actors.instructor.get(`/api/cohorts/${world.pools['cohorts'][0]}`),
      ]);
      const project =
        mine.statusCode === 200
          ? (mine.json() as { id: string; state: string }[]).find((p) => p.id === projectId)
          : undefined;
      const intact = project?.state === 'in_progress' && cohort.statusCode === 200;
      if (intact) return false;
      world.pools = await buildContent(t, users, actors);
      return true;
    },
  };
  world.pools = await buildContent(t, users, actors);
  return world;
}

/** The actors' cohort and all that hangs on it, with fresh ids; answers the pools. */
async function buildContent(
  t: TestApp,
  users: FuzzWorld['users'],
  actors: Record<ActorName, Browser>,
): Promise<Pools> {
  const db = t.db;
  // Each build a day further, so a rebuilt world's sessions do not overlap the last one's.
  const shift = builds++;
  const programme = await buildProgramme(db);
  const cohort = await buildCohort(db, {
    programmeId: programme.id,
    instructorIds: [users.instructor.id],
  });
  const module = await buildModule(db, programme.id);
  const room = await buildRoom(db);
  await buildEnrolment(db, cohort.id, users.student.id);
  const other = await buildPlanningWorld(db);
  const victims = [
    await buildUser(db, { role: 'student' }),
    await buildUser(db, { role: 'instructor' }),
    await buildUser(db, { role: 'student' }),
  ];
  const victimEnrolment = await buildEnrolment(db, cohort.id, victims[0].id);

  const past = await buildSession(db, {
    cohortId: cohort.id,
    moduleId: module.id,
    kind: 'guest_talk',
    startsAt: evening(-3 - shift),
    endsAt: new Date(evening(-3 - shift).getTime() + TWO_HOURS),
    instructorIds: [users.instructor.id],
  });
  const future = await buildSession(db, {
    cohortId: cohort.id,
    moduleId: module.id,
    roomId: room.id,
    kind: 'guest_talk',
    startsAt: evening(20 + shift),
    endsAt: new Date(evening(20 + shift).getTime() + TWO_HOURS),
    instructorIds: [users.instructor.id],
  });
  const elsewhere = await buildSession(db, {
    cohortId: other.cohort.id,
    startsAt: evening(21 + shift),
    endsAt: new Date(evening(21 + shift).getTime() + TWO_HOURS),
  });
  const speaker = await buildSpeaker(db);
  const draft = await buildInvitation(db, past.id, speaker.id);
  const partner = await buildPartner(db);
  const contact = await buildContact(db, partner.id);
  const project = await buildProject(
    db,
    {
      cohortId: cohort.id,
      tutor: users.instructor,
      students: [users.student, victims[0]],
      partnerId: partner.id,
      mentorId: contact.id,
    },
    { memberIds: [users.student.id] },
  );

  // Tokens and ids only the API hands out.
  const invited = await actors.instructor.post(`/api/sessions/${future.id}/invitations`, {
    speakerId: speaker.id,
    talkTitle: 'Communautés en ligne',
  });
  expect2xx('invitation', invited);
  const sent = await actors.instructor.post(`/api/invitations/${invited.json().id}/transitions`, {
    to: 'invited',
  });
  expect2xx('invitation sent', sent);
  const speakerToken = String(sent.json().link.url).split('/').pop() ?? '';
  const mentor = await actors.instructor.post(`/api/projects/${project.id}/mentor-link`, {});
  expect2xx('mentor link', mentor);
  const passwordLink = await actors.admin.post(`/api/users/${victims[2].id}/password-link`);
  expect2xx('password link', passwordLink);
  const passwordToken =
    new URL(String(passwordLink.json().setPasswordUrl)).searchParams.get('token') ?? '';
  const feed = await actors.student.post('/api/calendar-feeds', { scope: 'me' });
  expect2xx('calendar feed', feed);
  const synthesis = await actors.student.request('PUT', `/api/sessions/${past.id}/syntheses/mine`, {
    bodyHtml: '<p>Une synthèse.</p>',
    submit: true,
  });
  expect2xx('synthesis', synthesis);
  const form = multipart('rapport.pdf', pdf('fuzz'));
  const submission = await actors.student.request(
    'POST',
    `/api/milestones/${project.milestones[0].id}/submissions`,
    form.body,
    { headers: form.headers },
  );
  expect2xx('submission', submission);

  return {
    users: victims.map((v) => v.id),
    students: [users.student.id, victims[0].id],
    instructors: [users.instructor.id, other.instructor.id],
    programmes: [programme.id, other.programme.id],
    modules: [module.id, other.module.id],
    cohorts: [cohort.id, other.cohort.id],
    enrolments: [victimEnrolment.id],
    partners: [partner.id],
    contacts: [contact.id],
    rooms: [room.id, other.room.id],
    sessions: [past.id, future.id, elsewhere.id],
    syntheses: [String(synthesis.json().id)],
    speakers: [speaker.id],
    invitations: [draft.id, String(invited.json().id)],
    projects: [project.id],
    milestones: project.milestones.map((m) => m.id),
    submissions: [String(submission.json().id)],
    'calendar-feeds': [String(feed.json().id)],
    calendarFile: [String(feed.json().url).split('/').pop() ?? ''],
    speakerToken: [speakerToken],
    mentorToken: [String(mentor.json().token)],
    passwordToken: [passwordToken],
    emails: victims.map((v) => v.email),
  };
}

/** The pool a path parameter draws real values from, by the segment before it or its name. */
export function poolForPathParam(path: string, name: string): string {
  if (name === 'sessionId') return 'sessions';
  if (name === 'contactId') return 'contacts';
  if (name === 'token') {
    if (path.includes('/speaker-links/')) return 'speakerToken';
    if (path.includes('/mentor/')) return 'mentorToken';
    return 'passwordToken';
  }
  if (name === 'file') return 'calendarFile';
  const segments = path.split('/');
  const at = segments.indexOf(`{${name}}`);
  return at > 0 ? segments[at - 1] : 'none';
}

/** The pool a body field that holds an id draws from, by its name. */
export function poolForField(name: string): string | undefined {
  const table: Record<string, string> = {
    cohortId: 'cohorts',
    moduleId: 'modules',
    moduleIds: 'modules',
    roomId: 'rooms',
    speakerId: 'speakers',
    sessionId: 'sessions',
    instructorIds: 'instructors',
    tutorId: 'instructors',
    juryIds: 'instructors',
    partnerId: 'partners',
    organisationId: 'partners',
    employerId: 'partners',
    mentorContactId: 'contacts',
    programmeId: 'programmes',
    studentId: 'students',
    studentIds: 'students',
    memberIds: 'students',
    submissionId: 'submissions',
    token: 'passwordToken',
  };
  return table[name];
}
