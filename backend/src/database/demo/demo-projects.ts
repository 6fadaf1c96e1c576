import type { EntityManager } from 'typeorm';
import { defaultTemplate } from '../../projects/milestone-template';
import type { ProjectState } from '../../projects/project-states';
import { DEMO_COHORT_NAME } from './demo-programme';

interface DemoProject {
  title: string;
  brief: string;
  partner: string;
  mentor: string;
  tutor: string | null;
  team: string[];
  /** The states it went through after `proposed`, with who moved it and why. */
  moves: { to: ProjectState; by: string; comment?: string; at: string }[];
  proposedAt: string;
  feedback?: { milestone: number; by: string; role: 'tutor' | 'team'; body: string; at: string }[];
}

const SOPHIE = 'sophie.mercier@clique.test';
const LAURENT = 'laurent.bovet@clique.test';

const PROJECTS: DemoProject[] = [
  {
    title: 'Instagram et TikTok pour la saison 2026–2027',
    brief:
      'Le Théâtre des Arches remplit ses salles avec un public fidèle mais vieillissant. ' +
      'Il veut faire venir les 18–30 ans : une ligne éditoriale pour Instagram et TikTok, ' +
      'un calendrier sur la saison, des coulisses filmées avec les équipes et une mesure de ' +
      'l’effet sur la billetterie jeune.',
    partner: 'Théâtre des Arches',
    mentor: 'Julie Cornaz',
    tutor: SOPHIE,
    team: ['nicolas.rey@clique.test', 'ines.dubois@clique.test'],
    proposedAt: '2026-09-23T09:15:00Z',
    moves: [
      { to: 'approved', by: SOPHIE, at: '2026-09-30T16:40:00Z' },
      { to: 'in_progress', by: 'nicolas.rey@clique.test', at: '2026-10-05T08:05:00Z' },
    ],
    feedback: [
      {
        milestone: 1,
        by: SOPHIE,
        role: 'tutor',
        body: 'Proposition claire. Chiffrez l’objectif de billetterie jeune (aujourd’hui 8 % ?) pour pouvoir mesurer l’effet en juin.',
        at: '2026-10-16T14:20:00Z',
      },
      {
        milestone: 1,
        by: 'ines.dubois@clique.test',
        role: 'team',
        body: 'Merci ! Le théâtre nous transmet les chiffres de la saison passée cette semaine.',
        at: '2026-10-17T07:45:00Z',
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
    proposedAt: '2026-09-28T12:00:00Z',
    moves: [{ to: 'approved', by: LAURENT, at: '2026-10-07T10:30:00Z' }],
  },
  {
    title: 'Lancer la communauté des cyclistes de la Riviera',
    brief:
      'La coopérative Vélo-Cité veut fédérer ses membres et les cyclistes de Vevey–Montreux : ' +
      'un groupe de discussion modéré, une newsletter et des sorties organisées, avec une charte ' +
      'de communauté et un plan d’animation sur six mois.',
    partner: 'Coopérative Vélo-Cité',
    mentor: 'Pascal Monnier',
    tutor: null,
    team: ['camille.rochat@clique.test', 'lea.muller@clique.test'],
    proposedAt: '2026-10-12T18:30:00Z',
    moves: [],
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
    proposedAt: '2026-10-02T07:50:00Z',
    moves: [
      {
        to: 'sent_back',
        by: SOPHIE,
        comment:
          'Le sujet est bon mais trop large : choisissez deux ou trois clients types et précisez ce que l’agence vendra concrètement.',
        at: '2026-10-09T11:10:00Z',
      },
    ],
  },
];

/**
 * Four study projects in the MCMS demo cohort, in different states (in progress, approved,
 * waiting for approval, sent back), with the default milestones and a first feedback thread.
 * No files: uploads need the file store. Runs inside loadDemoData's transaction.
 */
export async function loadDemoProjects(manager: EntityManager): Promise<void> {
  const [cohort] = await manager.query<
    { id: string; starts_on: string; ends_on: string; time_zone: string }[]
  >(
    `SELECT c.id, c.starts_on::text, c.ends_on::text, p.time_zone
       FROM cohorts c JOIN programmes p ON p.id = c.programme_id WHERE c.name = $1`,
    [DEMO_COHORT_NAME],
  );
  if (!cohort) return;
  const users = await manager.query<{ id: string; email: string }[]>('SELECT id, email FROM users');
  const userId = (email: string) => {
    const id = users.find((u) => u.email === email)?.id;
    if (!id) throw new Error(`Demo user ${email} is missing`);
    return id;
  };
  const template = defaultTemplate(cohort.starts_on, cohort.ends_on);

  for (const p of PROJECTS) {
    const [contact] = await manager.query<{ id: string; partner_id: string }[]>(
      `SELECT pc.id, pc.partner_id FROM partner_contacts pc
         JOIN partner_organisations po ON po.id = pc.partner_id
        WHERE po.name = $1 AND pc.name = $2`,
      [p.partner, p.mentor],
    );
    const last = p.moves.at(-1);
    const state = last?.to ?? 'proposed';
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
        p.tutor ? userId(p.tutor) : null,
        userId(p.team[0]),
        state,
        last?.comment ?? null,
        last?.at ?? p.proposedAt,
        p.proposedAt,
      ],
    );
    await manager.query(
      `INSERT INTO project_members (project_id, cohort_id, project_open, student_id, joined_at)
       SELECT $1, $2, true, unnest($3::uuid[]), $4`,
      [project.id, cohort.id, p.team.map(userId), p.proposedAt],
    );
    const events = [
      { from: null, to: 'proposed', by: p.team[0], comment: null, at: p.proposedAt },
      ...p.moves.map((m, i) => ({
        from: i === 0 ? 'proposed' : p.moves[i - 1].to,
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
    for (const f of p.feedback ?? []) {
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
