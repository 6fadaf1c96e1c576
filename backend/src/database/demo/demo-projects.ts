import type { EntityManager } from 'typeorm';
import { defaultTemplate } from '../../projects/milestone-template';
import type { ProjectState } from '../../projects/project-states';
import { on, type DemoCalendar, type DemoMoment } from './demo-calendar';
import { demoCohortName } from './demo-programme';

interface DemoProject {
  title: string;
  brief: string;
  partner: string;
  mentor: string;
  tutor: string | null;
  /** When the tutor was assigned, if not from the start. */
  tutorFrom?: DemoMoment;
  team: string[];
  /**
   * The states it goes through after `proposed` over the year, with who moves it and why; the
   * loader keeps the moves that have happened by the day the demo is loaded.
   */
  moves: { to: ProjectState; by: string; comment?: string; at: DemoMoment }[];
  proposedAt: DemoMoment;
  feedback?: {
    milestone: number;
    by: string;
    role: 'tutor' | 'team';
    body: string;
    at: DemoMoment;
  }[];
}

const SOPHIE = 'sophie.mercier@clique.test';
const LAURENT = 'laurent.bovet@clique.test';

const projects = (season: string): DemoProject[] => [
  {
    title: `Instagram et TikTok pour la saison ${season}`,
    brief:
      'Le Théâtre des Arches remplit ses salles avec un public fidèle mais vieillissant. ' +
      'Il veut faire venir les 18–30 ans : une ligne éditoriale pour Instagram et TikTok, ' +
      'un calendrier sur la saison, des coulisses filmées avec les équipes et une mesure de ' +
      'l’effet sur la billetterie jeune.',
    partner: 'Théâtre des Arches',
    mentor: 'Julie Cornaz',
    tutor: SOPHIE,
    team: ['nicolas.rey@clique.test', 'ines.dubois@clique.test'],
    proposedAt: on(21, '11:15'),
    moves: [
      { to: 'approved', by: SOPHIE, at: on(28, '18:40') },
      { to: 'in_progress', by: 'nicolas.rey@clique.test', at: on(33, '10:05') },
    ],
    feedback: [
      {
        milestone: 1,
        by: SOPHIE,
        role: 'tutor',
        body: 'Proposition claire. Chiffrez l’objectif de billetterie jeune (aujourd’hui 8 % ?) pour pouvoir mesurer l’effet en juin.',
        at: on(44, '16:20'),
      },
      {
        milestone: 1,
        by: 'ines.dubois@clique.test',
        role: 'team',
        body: 'Merci ! Le théâtre nous transmet les chiffres de la saison passée cette semaine.',
        at: on(45, '09:45'),
      },
    ],
  },
  {
    title: 'Marque employeur sur LinkedIn',
    brief:
      'La Banque Cantonale du Léman peine à recruter des profils informatiques. Le projet propose ' +
      'une stratégie de marque employeur sur LinkedIn : portraits de collaborateurs, ' +
      'programme d’ambassadeurs internes, charte de prise de parole et indicateurs de suivi.',
    partner: 'Banque Cantonale du Léman',
    mentor: 'Olivier Jaquet',
    tutor: LAURENT,
    team: ['manon.perret@clique.test'],
    proposedAt: on(26, '14:00'),
    moves: [
      { to: 'approved', by: LAURENT, at: on(35, '12:30') },
      { to: 'in_progress', by: 'manon.perret@clique.test', at: on(131, '09:20') },
    ],
  },
  {
    title: 'Lancer la communauté des cyclistes de la Riviera',
    brief:
      'La coopérative Vélo-Cité veut fédérer ses membres et les cyclistes de Vevey–Montreux : ' +
      'un groupe de discussion modéré, une newsletter et des sorties organisées, avec une charte ' +
      'de communauté et un plan d’animation sur six mois.',
    partner: 'Coopérative Vélo-Cité',
    mentor: 'Pascal Monnier',
    tutor: LAURENT,
    tutorFrom: on(127, '16:00'),
    team: ['camille.rochat@clique.test', 'lea.muller@clique.test'],
    proposedAt: on(40, '20:30'),
    moves: [
      { to: 'approved', by: LAURENT, at: on(129, '11:00') },
      { to: 'in_progress', by: 'camille.rochat@clique.test', at: on(134, '08:40') },
    ],
  },
  {
    title: 'Veille et e-réputation pour les PME clientes',
    brief:
      'L’agence Pixel Léman souhaite proposer à ses clients PME une offre de veille et de gestion ' +
      'de l’e-réputation : choix des outils, procédure d’alerte, modèles de réponse en cas de crise.',
    partner: 'Agence Pixel Léman',
    mentor: 'Claire Dufour',
    tutor: SOPHIE,
    team: ['lucas.favre@clique.test'],
    proposedAt: on(30, '09:50'),
    moves: [
      {
        to: 'sent_back',
        by: SOPHIE,
        comment:
          'Le sujet est bon mais trop large : choisissez deux ou trois clients types et précisez ce que l’agence vendra concrètement.',
        at: on(37, '13:10'),
      },
      { to: 'proposed', by: 'lucas.favre@clique.test', at: on(105, '19:40') },
      { to: 'approved', by: SOPHIE, at: on(128, '10:15') },
      { to: 'in_progress', by: 'lucas.favre@clique.test', at: on(132, '08:30') },
    ],
  },
];

export interface DemoProjectAsOf {
  project: DemoProject;
  tutor: string | null;
  proposedAt: Date;
  state: ProjectState;
  moves: { to: ProjectState; by: string; comment?: string; at: Date }[];
  feedback: { milestone: number; by: string; role: 'tutor' | 'team'; body: string; at: Date }[];
}

/**
 * The study projects as they stand on the calendar's today: those already proposed, with the
 * moves and feedback that have happened by then.
 */
export function projectsAsOf(calendar: DemoCalendar): DemoProjectAsOf[] {
  return projects(calendar.academicYear).flatMap((project) => {
    if (!calendar.happened(project.proposedAt)) return [];
    const moves = project.moves
      .filter((m) => calendar.happened(m.at))
      .map((m) => ({ ...m, at: calendar.at(m.at) }));
    const feedback = (project.feedback ?? [])
      .filter((f) => calendar.happened(f.at))
      .map((f) => ({ ...f, at: calendar.at(f.at) }));
    const tutor = !project.tutorFrom || calendar.happened(project.tutorFrom) ? project.tutor : null;
    const proposedAt = calendar.at(project.proposedAt);
    return [{ project, tutor, proposedAt, state: moves.at(-1)?.to ?? 'proposed', moves, feedback }];
  });
}

/**
 * Four study projects in the MCMS demo cohort, in the states their story has reached by the
 * calendar's today (in December: in progress, approved, waiting for approval, sent back), with
 * the default milestones and a first feedback thread. No files: uploads need the file store.
 * Runs inside loadDemoData's transaction.
 */
export async function loadDemoProjects(
  manager: EntityManager,
  calendar: DemoCalendar,
): Promise<void> {
  const [cohort] = await manager.query<
    { id: string; starts_on: string; ends_on: string; time_zone: string }[]
  >(
    `SELECT c.id, c.starts_on::text, c.ends_on::text, p.time_zone
       FROM cohorts c JOIN programmes p ON p.id = c.programme_id WHERE c.name = $1`,
    [demoCohortName(calendar)],
  );
  if (!cohort) return;
  const users = await manager.query<{ id: string; email: string }[]>('SELECT id, email FROM users');
  const userId = (email: string) => {
    const id = users.find((u) => u.email === email)?.id;
    if (!id) throw new Error(`Demo user ${email} is missing`);
    return id;
  };
  const template = defaultTemplate(cohort.starts_on, cohort.ends_on);

  for (const { project: p, tutor, proposedAt, state, moves, feedback } of projectsAsOf(calendar)) {
    const [contact] = await manager.query<{ id: string; partner_id: string }[]>(
      `SELECT pc.id, pc.partner_id FROM partner_contacts pc
         JOIN partner_organisations po ON po.id = pc.partner_id
        WHERE po.name = $1 AND pc.name = $2`,
      [p.partner, p.mentor],
    );
    const last = moves.at(-1);
    const [project] = await manager.query<{ id: string }[]>(
      `INSERT INTO projects (cohort_id, title, brief, partner_id, mentor_contact_id, tutor_id, proposed_by_id,
                             state, open, state_comment, state_changed_at, created_at, updated_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, true, $9, $10, $11, $10) RETURNING id`,
      [
        cohort.id,
        p.title,
        p.brief,
        contact.partner_id,
        contact.id,
        tutor ? userId(tutor) : null,
        userId(p.team[0]),
        state,
        last?.comment ?? null,
        last?.at ?? proposedAt,
        proposedAt,
      ],
    );
    await manager.query(
      `INSERT INTO project_members (project_id, cohort_id, project_open, student_id, joined_at)
       SELECT $1, $2, true, unnest($3::uuid[]), $4`,
      [project.id, cohort.id, p.team.map(userId), proposedAt],
    );
    const events = [
      { from: null, to: 'proposed', by: p.team[0], comment: null, at: proposedAt },
      ...moves.map((m, i) => ({
        from: i === 0 ? 'proposed' : moves[i - 1].to,
        to: m.to,
        by: m.by,
        comment: m.comment ?? null,
        at: m.at,
      })),
    ];
    for (const e of events) {
      await manager.query(
        `INSERT INTO project_events (project_id, from_state, to_state, actor_id, comment, created_at)
         VALUES ($1, $2, $3, $4, $5, $6)`,
        [project.id, e.from, e.to, userId(e.by), e.comment, e.at],
      );
    }
    const milestones = await manager.query<{ id: string; position: number }[]>(
      `INSERT INTO project_milestones (project_id, position, kind, title, expectations, due_at, original_due_at)
       SELECT $1, i.ordinality, i.kind, i.title, i.expectations,
              ((i.due_on + 1)::timestamp AT TIME ZONE $2) - interval '1 second',
              ((i.due_on + 1)::timestamp AT TIME ZONE $2) - interval '1 second'
         FROM unnest($3::text[], $4::text[], $5::text[], $6::date[])
              WITH ORDINALITY AS i(kind, title, expectations, due_on, ordinality)
       RETURNING id, position`,
      [
        project.id,
        cohort.time_zone,
        template.map((t) => t.kind),
        template.map((t) => t.title),
        template.map((t) => t.expectations),
        template.map((t) => t.dueOn),
      ],
    );
    for (const f of feedback) {
      const milestone = milestones.find((m) => Number(m.position) === f.milestone);
      const [author] = users.filter((u) => u.email === f.by);
      await manager.query(
        `INSERT INTO project_feedback (milestone_id, project_id, author_role, author_id, author_name, body, created_at)
         SELECT $1, $2, $3, u.id, u.display_name, $5, $6 FROM users u WHERE u.id = $4`,
        [milestone?.id, project.id, f.role, author.id, f.body, f.at],
      );
    }
  }
}
