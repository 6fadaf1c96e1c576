import type { EntityManager } from 'typeorm';
import type { DemoCalendar } from './demo-calendar';
import { signaturePng } from './demo-attendance';
import { DEMO_LICENCE_CODE } from './demo-licence';

/**
 * A cohort ready for its jury: last year's Licence pro TIC ARC (closed), six graduates-to-be
 * with every grade released and their attendance taken, so an admin can hold the jury today:
 * four meet every rule (one of each French mention and one without), one falls short of the
 * overall average (to defer, with a resit), one of the attendance (an exemption to argue).
 * No jury is opened or signed here: the diplomas journey deliberates this cohort.
 */
export const DEMO_JURY_STUDENTS: {
  email: string;
  name: string;
  grades: number[];
  absent: number;
}[] = [
  // Grades per module in the licence's order (UE1–UE4, projet tuteuré, période en entreprise).
  {
    email: 'camille.roux@clique.test',
    name: 'Camille Roux',
    grades: [17, 16, 16.5, 15.5, 17, 16],
    absent: 0,
  },
  {
    email: 'hugo.martin@clique.test',
    name: 'Hugo Martin',
    grades: [14, 15, 13.5, 14.5, 15, 14],
    absent: 0,
  },
  {
    email: 'sarah.benali@clique.test',
    name: 'Sarah Benali',
    grades: [12, 13, 12.5, 11.5, 13, 12],
    absent: 1,
  },
  {
    email: 'julien.morel@clique.test',
    name: 'Julien Morel',
    grades: [10.5, 11, 10, 11.5, 11, 10.5],
    absent: 0,
  },
  {
    email: 'lea.fontaine@clique.test',
    name: 'Léa Fontaine',
    grades: [8.5, 9, 7.5, 10, 9, 10],
    absent: 0,
  },
  {
    email: 'antoine.perrin@clique.test',
    name: 'Antoine Perrin',
    grades: [13, 12.5, 14, 13, 12, 13],
    absent: 2,
  },
];

/** Its name: `LP TIC ARC 2025–2026` while the current one is 2026–2027. */
export function demoJuryCohortName(calendar: DemoCalendar): string {
  const year = calendar.opening.year;
  return `LP TIC ARC ${year - 1}–${year}`;
}

/** A year before the current cohort's opening Wednesday. */
const LAST_YEAR = -364;
/** Course days of last year's cohort (days after its opening), one afternoon each. */
const SESSION_DAYS = [5, 40, 90, 150, 220];

export async function loadDemoJury(manager: EntityManager, calendar: DemoCalendar): Promise<void> {
  const [programme] = await manager.query<{ id: string; scale: string; step: string }[]>(
    `SELECT id, grading_scale AS scale, grade_step AS step FROM programmes WHERE code = $1`,
    [DEMO_LICENCE_CODE],
  );
  const [instructor] = await manager.query<{ id: string }[]>(
    `SELECT id FROM users WHERE email = 'aurelie.marchand@clique.test'`,
  );
  if (!programme || !instructor) return;
  const modules = await manager.query<{ id: string; title: string }[]>(
    `SELECT id, title FROM course_modules WHERE programme_id = $1 ORDER BY position`,
    [programme.id],
  );
  const [cohort] = await manager.query<{ id: string }[]>(
    `INSERT INTO cohorts (programme_id, name, starts_on, ends_on, status)
     VALUES ($1, $2, $3, $4, 'closed') RETURNING id`,
    [
      programme.id,
      demoJuryCohortName(calendar),
      calendar.date(LAST_YEAR + 5),
      calendar.date(LAST_YEAR + 290),
    ],
  );
  await manager.query(`INSERT INTO cohort_instructors (cohort_id, instructor_id) VALUES ($1, $2)`, [
    cohort.id,
    instructor.id,
  ]);
  const students = await manager.query<{ id: string; email: string }[]>(
    `INSERT INTO users (email, display_name, role, preferred_language)
     SELECT x.email, x.name, 'student', 'fr' FROM jsonb_to_recordset($1::jsonb) AS x(email text, name text)
     RETURNING id, email`,
    [JSON.stringify(DEMO_JURY_STUDENTS.map(({ email, name }) => ({ email, name })))],
  );
  const idOf = new Map(students.map((s) => [s.email, s.id]));
  await manager.query(
    `INSERT INTO enrolments (cohort_id, student_id, enrolled_at)
     SELECT $1, unnest($2::uuid[]), $3`,
    [cohort.id, students.map((s) => s.id), calendar.at({ day: LAST_YEAR - 10, time: '10:00' })],
  );

  // One released assessment per module (an exam, the project's report, the tutor's appraisal).
  const kinds = ['exam', 'exam', 'assignment', 'exam', 'project', 'work_period'];
  for (const [i, m] of modules.entries()) {
    const due = calendar.date(LAST_YEAR + 60 + i * 40);
    const [assessment] = await manager.query<{ id: string }[]>(
      `INSERT INTO assessments (cohort_id, module_id, programme_id, scale, grade_step, title, kind,
                                coefficient, due_on, released_at, released_by_id, created_by_id)
       VALUES ($1, $2, $3, $4, $5, $6, $7, 1, $8, $9, $10, $10) RETURNING id`,
      [
        cohort.id,
        m.id,
        programme.id,
        programme.scale,
        programme.step,
        kinds[i] === 'exam' ? `Examen – ${m.title}` : m.title,
        kinds[i] ?? 'exam',
        due,
        calendar.at({ day: LAST_YEAR + 75 + i * 40, time: '09:00' }),
        instructor.id,
      ],
    );
    await manager.query(
      `INSERT INTO grades (assessment_id, student_id, attempt, cohort_id, scale, grade_step, score, graded_by_id)
       SELECT $1, x.student_id, 1, $2, $3, $4, x.score, $5
         FROM jsonb_to_recordset($6::jsonb) AS x(student_id uuid, score numeric)`,
      [
        assessment.id,
        cohort.id,
        programme.scale,
        programme.step,
        instructor.id,
        JSON.stringify(
          DEMO_JURY_STUDENTS.map((s) => ({ student_id: idOf.get(s.email), score: s.grades[i] })),
        ),
      ],
    );
  }

  // Five afternoons held, attendance taken: present unless the student missed the first ones.
  for (const [n, day] of SESSION_DAYS.entries()) {
    const [session] = await manager.query<{ id: string }[]>(
      `INSERT INTO sessions (cohort_id, module_id, title, kind, starts_at, ends_at)
       VALUES ($1, $2, $3, 'lecture', $4, $5) RETURNING id`,
      [
        cohort.id,
        modules[n % modules.length]?.id ?? null,
        `Cours – ${modules[n % modules.length]?.title ?? 'Licence'}`,
        calendar.at({ day: LAST_YEAR + day, time: '13:30' }),
        calendar.at({ day: LAST_YEAR + day, time: '17:00' }),
      ],
    );
    const startsAt = calendar.at({ day: LAST_YEAR + day, time: '13:30' });
    const endsAt = calendar.at({ day: LAST_YEAR + day, time: '17:00' });
    await manager.query(
      `INSERT INTO session_instructors (session_id, instructor_id, starts_at, ends_at) VALUES ($1, $2, $3, $4)`,
      [session.id, instructor.id, startsAt, endsAt],
    );
    // The instructor certified each sheet at the end of the afternoon.
    await manager.query(
      `INSERT INTO attendance_certifications (session_id, part, instructor_id, signature_png, signed_at)
       VALUES ($1, 0, $2, $3, $4)`,
      [session.id, instructor.id, signaturePng(100 + n), endsAt],
    );
    await manager.query(
      `INSERT INTO attendance_records (session_id, student_id, part, status, recorded_by_id)
       SELECT $1, x.student_id, 0, x.status, $2 FROM jsonb_to_recordset($3::jsonb) AS x(student_id uuid, status text)`,
      [
        session.id,
        instructor.id,
        JSON.stringify(
          DEMO_JURY_STUDENTS.map((s) => ({
            student_id: idOf.get(s.email),
            status: n < s.absent ? 'absent' : 'present',
          })),
        ),
      ],
    );
  }
}
