import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { Viewer } from '../common/access';
import type { ProjectSheetDto, ProjectSheetPersonDto } from './dto/projects.dto';
import { MilestonesService } from './milestones.service';
import { ProjectAccessService } from './project-access';
import type { ProjectState } from './project-states';

interface SheetRow {
  title: string;
  brief: string;
  state: ProjectState;
  programme_title: string;
  time_zone: string;
  cohort_name: string;
  partner_id: string;
  partner_name: string;
  partner_sector: string | null;
  partner_website: string | null;
  mentor: ProjectSheetPersonDto | null;
  tutor: ProjectSheetPersonDto | null;
  team: ProjectSheetPersonDto[];
}

/** The printable one-page summary of a project (brief, team, tutor, milestones and their state). */
@Injectable()
export class ProjectSheetsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly access: ProjectAccessService,
    private readonly milestones: MilestonesService,
  ) {}

  async forViewer(viewer: Viewer, projectId: string): Promise<ProjectSheetDto> {
    await this.access.load(viewer, projectId);
    return this.sheet(projectId);
  }

  /** Without a permission check: the caller resolved a mentor link to this project. */
  async sheet(projectId: string): Promise<ProjectSheetDto> {
    const [row] = await this.db.query<SheetRow[]>(
      `SELECT p.title, p.brief, p.state, pr.title AS programme_title, pr.time_zone, c.name AS cohort_name,
              po.id AS partner_id, po.name AS partner_name, po.sector AS partner_sector, po.website AS partner_website,
              CASE WHEN mc.id IS NULL THEN NULL
                   ELSE json_build_object('displayName', mc.name, 'email', mc.email) END AS mentor,
              CASE WHEN t.id IS NULL THEN NULL
                   ELSE json_build_object('displayName', t.display_name, 'email', t.email) END AS tutor,
              (SELECT coalesce(json_agg(json_build_object('displayName', u.display_name, 'email', u.email)
                                        ORDER BY u.display_name), '[]')
                 FROM project_members m JOIN users u ON u.id = m.student_id
                WHERE m.project_id = p.id AND m.left_at IS NULL) AS team
         FROM projects p
         JOIN cohorts c ON c.id = p.cohort_id
         JOIN programmes pr ON pr.id = c.programme_id
         JOIN partner_organisations po ON po.id = p.partner_id
         LEFT JOIN partner_contacts mc ON mc.id = p.mentor_contact_id
         LEFT JOIN users t ON t.id = p.tutor_id
        WHERE p.id = $1`,
      [projectId],
    );
    const milestones = await this.milestones.listOf(projectId);
    return {
      title: row.title,
      brief: row.brief,
      state: row.state,
      programmeTitle: row.programme_title,
      cohortName: row.cohort_name,
      partner: {
        id: row.partner_id,
        name: row.partner_name,
        sector: row.partner_sector,
        website: row.partner_website,
      },
      mentor: row.mentor,
      tutor: row.tutor,
      team: row.team,
      milestones: milestones.map((m) => ({
        title: m.title,
        kind: m.kind,
        dueAt: m.dueAt,
        status: m.status,
        latestVersion: m.latestVersion,
        latestSubmittedAt: m.latestSubmittedAt,
      })),
      timeZone: row.time_zone,
      generatedAt: new Date().toISOString(),
    };
  }
}
