import { randomUUID } from 'node:crypto';
import type { DataSource } from 'typeorm';
import { PartnerContactEntity } from '../partners/partner-contact.entity';
import type { GradingScale } from '../programmes/grading-scale';
import type { MilestoneKind } from '../projects/milestone-kinds';
import type { ProjectState } from '../projects/project-states';
import { type BuiltUser, buildInstructor, buildStudent } from './factories';
import { buildCohort, buildEnrolment, buildPartner, buildProgramme } from './programme-factories';

/** A contact of a partner organisation (a project mentor). */
export async function buildContact(
  db: DataSource,
  partnerId: string,
  overrides: Partial<Pick<PartnerContactEntity, 'name' | 'role' | 'email'>> = {},
): Promise<PartnerContactEntity> {
  const tag = randomUUID().slice(0, 8);
  return db.getRepository(PartnerContactEntity).save({
    partnerId,
    name: `Mentor ${tag}`,
    role: 'Responsable communication',
    email: `mentor-${tag}@partner.test`,
    ...overrides,
  });
}

export interface ProjectWorld {
  cohortId: string;
  tutor: BuiltUser;
  /** Students actively enrolled in the cohort. */
  students: BuiltUser[];
  partnerId: string;
  mentorId: string;
}

/** The body of `POST /api/projects`: the world's partner, mentor and tutor. */
export const proposalBody = (world: ProjectWorld, extra: Record<string, unknown> = {}) => ({
  cohortId: world.cohortId,
  title: 'Refonte de la présence Instagram',
  brief: 'Le musée veut toucher les 18–25 ans.',
  partnerId: world.partnerId,
  mentorContactId: world.mentorId,
  tutorId: world.tutor.id,
  ...extra,
});

/** A cohort (CH_6 unless told) taught by a tutor, with enrolled students, a partner and its mentor. */
export async function buildProjectWorld(
  db: DataSource,
  options: { students?: number; gradingScale?: GradingScale } = {},
): Promise<ProjectWorld> {
  const tutor = await buildInstructor(db);
  const programme = await buildProgramme(db, { gradingScale: options.gradingScale ?? 'CH_6' });
  const cohort = await buildCohort(db, { programmeId: programme.id, instructorIds: [tutor.id] });
  const students: BuiltUser[] = [];
  for (let i = 0; i < (options.students ?? 3); i++) {
    const student = await buildStudent(db);
    await buildEnrolment(db, cohort.id, student.id);
    students.push(student);
  }
  const partner = await buildPartner(db);
  const mentor = await buildContact(db, partner.id);
  return { cohortId: cohort.id, tutor, students, partnerId: partner.id, mentorId: mentor.id };
}

export interface BuiltMilestone {
  id: string;
  kind: MilestoneKind;
  dueAt: Date;
}

/**
 * A project written straight to the tables, in any state, with the given milestones (by
 * default a final report due in a week): for tests that start after the proposal.
 */
export async function buildProject(
  db: DataSource,
  world: ProjectWorld,
  overrides: Partial<{
    state: ProjectState;
    memberIds: string[];
    tutorId: string | null;
    title: string;
    milestones: { kind: MilestoneKind; title?: string; dueAt: Date }[];
  }> = {},
): Promise<{ id: string; milestones: BuiltMilestone[] }> {
  const state = overrides.state ?? 'in_progress';
  const members = overrides.memberIds ?? [world.students[0].id];
  const tutorId = overrides.tutorId === undefined ? world.tutor.id : overrides.tutorId;
  const closed = state === 'rejected' || state === 'abandoned';
  const [project] = await db.query<{ id: string }[]>(
    `INSERT INTO projects (cohort_id, title, brief, partner_id, mentor_contact_id, tutor_id, proposed_by_id,
                           state, open, state_comment)
     VALUES ($1, $2, 'Le problème du partenaire.', $3, $4, $5, $6, $7, $8, $9) RETURNING id`,
    [
      world.cohortId,
      overrides.title ?? `Projet ${randomUUID().slice(0, 8)}`,
      world.partnerId,
      world.mentorId,
      tutorId,
      members[0],
      state,
      !closed,
      ['sent_back', 'rejected', 'abandoned'].includes(state) ? 'test' : null,
    ],
  );
  if (members.length) {
    await db.query(
      `INSERT INTO project_members (project_id, cohort_id, project_open, student_id)
       SELECT $1, $2, $3, unnest($4::uuid[])`,
      [project.id, world.cohortId, !closed, members],
    );
  }
  const wanted = overrides.milestones ?? [
    { kind: 'final_report' as const, dueAt: new Date(Date.now() + 7 * 86400_000) },
  ];
  const milestones: BuiltMilestone[] = [];
  for (const [index, m] of wanted.entries()) {
    const [row] = await db.query<{ id: string }[]>(
      `INSERT INTO project_milestones (project_id, position, kind, title, due_at, original_due_at)
       VALUES ($1, $2, $3, $4, $5, $5) RETURNING id`,
      [project.id, index + 1, m.kind, m.title ?? m.kind, m.dueAt],
    );
    milestones.push({ id: row.id, kind: m.kind, dueAt: m.dueAt });
  }
  return { id: project.id, milestones };
}

/** A multipart/form-data body with one file part. */
export function multipart(
  filename: string,
  content: Buffer,
  field = 'file',
): { body: Buffer; headers: Record<string, string> } {
  const boundary = `----clique${randomUUID().replace(/-/g, '')}`;
  const head = Buffer.from(
    `--${boundary}\r\nContent-Disposition: form-data; name="${field}"; filename="${filename}"\r\n` +
      `Content-Type: application/pdf\r\n\r\n`,
  );
  const tail = Buffer.from(`\r\n--${boundary}--\r\n`);
  return {
    body: Buffer.concat([head, content, tail]),
    headers: { 'content-type': `multipart/form-data; boundary=${boundary}` },
  };
}

/** A small PDF (enough for the content sniffer), made unique by `label`. */
export const pdf = (label: string = randomUUID(), padding = 0) =>
  Buffer.from(
    `%PDF-1.4\n% ${label}\n${'x'.repeat(padding)}\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n`,
  );
