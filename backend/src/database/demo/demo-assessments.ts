import type { EntityManager } from 'typeorm';
import type { DemoCalendar } from './demo-calendar';

/** Released a fortnight after a module's last session held so far. */
const RELEASE_AFTER_DAYS = 14;

/** A spread of grades on the Swiss scale, chosen per student and module (no randomness). */
const SCORES = [5, 4.5, 5.5, 4, 5, 6, 4.5, 3.5, 5, 4.5, 5.5, 4];
/** A student who struggles: below the pass mark in one module. */
const STRUGGLING = 'theo.girard@clique.test';

/**
 * The MCMS demo cohort's assessments as they stand on the calendar's today: an exam (module I)
 * or a practical assignment per course module with a session held so far, graded for every
 * enrolled student and released a fortnight after the module's last held session; the
 * synthesis of the module-I guest talk, graded for the syntheses handed in; and the study
 * project's assessment, taken from the project's grades (none entered here: the projects
 * domain owns them). Runs inside loadDemoData's transaction, after scheduling.
 */
export async function loadDemoAssessments(
  manager: EntityManager,
  cohortName: string,
  calendar: DemoCalendar,
): Promise<void> {
  const now = calendar.now.toJSDate();
  const [cohort] = await manager.query<
    { id: string; programme_id: string; scale: string; grade_step: string }[]
  >(
    `SELECT c.id, c.programme_id, p.grading_scale AS scale, p.grade_step
       FROM cohorts c JOIN programmes p ON p.id = c.programme_id WHERE c.name = $1`,
    [cohortName],
  );
  if (!cohort) return;
  const [instructor] = await manager.query<{ id: string }[]>(
    `SELECT ci.instructor_id AS id FROM cohort_instructors ci JOIN users u ON u.id = ci.instructor_id
      WHERE ci.cohort_id = $1 ORDER BY u.email DESC LIMIT 1`,
    [cohort.id],
  );
  if (!instructor) return;
  const heldModules = await manager.query<
    { id: string; code: string; position: number; kind: string; last_held: Date }[]
  >(
    `SELECT m.id, m.code, m.position, m.kind, max(s.ends_at) AS last_held
       FROM course_modules m JOIN sessions s ON s.module_id = m.id
      WHERE s.cohort_id = $1 AND s.status <> 'cancelled' AND s.ends_at <= $2 AND m.kind = 'course'
      GROUP BY m.id ORDER BY m.position`,
    [cohort.id, now],
  );
  const students = await manager.query<{ id: string; email: string }[]>(
    `SELECT u.id, u.email FROM enrolments e JOIN users u ON u.id = e.student_id
      WHERE e.cohort_id = $1 AND e.status = 'active' ORDER BY u.email`,
    [cohort.id],
  );
  const insertAssessment = async (a: {
    moduleId: string;
    title: string;
    kind: string;
    coefficient: number;
    dueOn: Date | null;
    sessionId?: string | null;
    fromProjectGrades?: boolean;
    releasedAt?: Date | null;
  }): Promise<string> => {
    const [row] = await manager.query<{ id: string }[]>(
      `INSERT INTO assessments (cohort_id, module_id, session_id, programme_id, scale, grade_step, title,
                                kind, coefficient, due_on, from_project_grades, released_at,
                                released_by_id, created_by_id)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14) RETURNING id`,
      [
        cohort.id,
        a.moduleId,
        a.sessionId ?? null,
        cohort.programme_id,
        cohort.scale,
        cohort.grade_step,
        a.title,
        a.kind,
        a.coefficient,
        a.dueOn ? a.dueOn.toISOString().slice(0, 10) : null,
        a.fromProjectGrades ?? false,
        a.releasedAt ?? null,
        a.releasedAt ? instructor.id : null,
        instructor.id,
      ],
    );
    return row.id;
  };
  const grades: [string, string, number][] = [];

  for (const m of heldModules) {
    const released = new Date(m.last_held.getTime() + RELEASE_AFTER_DAYS * 86_400_000);
    const id = await insertAssessment({
      moduleId: m.id,
      title: m.position === 1 ? 'Examen écrit' : 'Travail pratique',
      kind: m.position === 1 ? 'exam' : 'assignment',
      coefficient: m.position === 1 ? 2 : 1,
      dueOn: m.last_held,
      releasedAt: released <= now ? released : null,
    });
    students.forEach((s, n) => {
      const score =
        s.email === STRUGGLING && m.position === 2
          ? 3.5
          : SCORES[(n + m.position * 5) % SCORES.length];
      grades.push([id, s.id, score]);
    });
  }

  // The synthesis of a guest talk held (one with syntheses handed in first), graded for those.
  const [talk] = await manager.query<{ id: string; module_id: string | null; ends_at: Date }[]>(
    `SELECT s.id, s.module_id, s.ends_at FROM sessions s
      WHERE s.cohort_id = $1 AND s.kind = 'guest_talk' AND s.status <> 'cancelled' AND s.ends_at <= $2
      ORDER BY EXISTS (SELECT 1 FROM syntheses y WHERE y.session_id = s.id AND y.submitted_at IS NOT NULL) DESC,
               s.starts_at
      LIMIT 1`,
    [cohort.id, now],
  );
  const talkModule = talk?.module_id ?? heldModules[0]?.id;
  if (talk && talkModule) {
    const id = await insertAssessment({
      moduleId: talkModule,
      title: 'Synthèse de l’intervention',
      kind: 'synthesis',
      coefficient: 0.5,
      dueOn: new Date(talk.ends_at.getTime() + 7 * 86_400_000),
      sessionId: talk.id,
    });
    const handedIn = await manager.query<{ student_id: string }[]>(
      `SELECT student_id FROM syntheses WHERE session_id = $1 AND submitted_at IS NOT NULL`,
      [talk.id],
    );
    for (const h of handedIn) grades.push([id, h.student_id, 5.5]);
  }

  // The study project: its grade is the project's (tutor, mentor, jury), weighted by the programme.
  const [projectModule] = await manager.query<{ id: string }[]>(
    `SELECT id FROM course_modules WHERE programme_id = $1 AND kind = 'project' ORDER BY position LIMIT 1`,
    [cohort.programme_id],
  );
  if (projectModule) {
    await insertAssessment({
      moduleId: projectModule.id,
      title: 'Projet d’étude',
      kind: 'project',
      coefficient: 2,
      dueOn: null,
      fromProjectGrades: true,
    });
  }

  if (grades.length) {
    await manager.query(
      `INSERT INTO grades (assessment_id, student_id, attempt, cohort_id, scale, grade_step, score, graded_by_id)
       SELECT t.assessment_id, t.student_id, 1, a.cohort_id, a.scale, a.grade_step, t.score, $4
         FROM unnest($1::uuid[], $2::uuid[], $3::numeric[]) AS t(assessment_id, student_id, score)
         JOIN assessments a ON a.id = t.assessment_id`,
      [grades.map((g) => g[0]), grades.map((g) => g[1]), grades.map((g) => g[2]), instructor.id],
    );
  }
}
