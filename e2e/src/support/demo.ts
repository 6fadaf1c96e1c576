import { expect } from '@playwright/test';
import { Api, DEMO } from './api';

/**
 * The demo as it stands on the day the server loaded it: its cohort is named for the academic
 * year that contains that day, and its projects exist only once their story has reached them
 * (backend/src/database/demo/). Journeys find what they need here, by a stable property,
 * instead of naming what the demo held on one day of the year.
 */

export interface DemoCohort {
  id: string;
  name: string;
  startsOn: string;
  endsOn: string;
}

export interface StudentProject {
  id: string;
  title: string;
}

interface ProjectSummary extends StudentProject {
  state: string;
}

const CLOSED = ['rejected', 'abandoned'];

/** The demo cohort: the one the demo student follows, with the name it has this year. */
export async function demoCohort(baseURL: string): Promise<DemoCohort> {
  const student = await Api.as(baseURL, DEMO.student);
  try {
    const mine = await student.json<{ cohort: DemoCohort }>(student.get('/api/me/programme'));
    expect(mine.cohort.name, 'the demo cohort').toMatch(/^MCMS \d{4}–\d{4}$/);
    return mine.cohort;
  } finally {
    await student.dispose();
  }
}

/**
 * The demo student's current project: the demo's when its story has reached it (mid-October
 * on), else one she proposes now, as she would from her project page.
 */
export async function demoStudentProject(
  baseURL: string,
  cohort: DemoCohort,
  title: string,
): Promise<StudentProject> {
  const student = await Api.as(baseURL, DEMO.student);
  try {
    const mine = await student.json<ProjectSummary[]>(student.get('/api/projects/mine'));
    const current = mine.find((p) => !CLOSED.includes(p.state));
    if (current) return { id: current.id, title: current.title };
    const created = await student.json<StudentProject>(
      student.post('/api/projects', {
        cohortId: cohort.id,
        title,
        brief: 'Animer une communauté en ligne pour le partenaire, du lancement au bilan.',
        newPartner: { name: 'Association Vélo Riviera', sector: 'Mobilité' },
      }),
      201,
    );
    return { id: created.id, title: created.title };
  } finally {
    await student.dispose();
  }
}
