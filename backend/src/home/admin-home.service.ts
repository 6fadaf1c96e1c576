import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { cohortReadable, type Viewer } from '../common/access';
import { preparedNamedQuery } from '../common/prepared';
import { PROJECT_STATES, type ProjectState } from '../projects';
import type { AdminHomeDto, HomeCohortHealthDto, HomeFigureDto } from './dto/home.dto';
import { HOME_LIMIT } from './home-sql';

interface HealthRow {
  id: string;
  name: string;
  starts_on: string;
  ends_on: string;
  code: string;
  title: string;
  active: number;
  withdrawn: number;
  days_planned: number;
  days_held: number;
  talks_confirmed: number;
  talks_pending: number;
  by_state: { state: ProjectState; count: number }[];
  links_unused: number;
  links_expired: number;
  diploma_eligible: number;
}

/**
 * The administrator's home: the health of every running cohort (status running, or planned
 * with today inside its dates) in ONE statement, each figure with the list behind it.
 */
@Injectable()
export class AdminHomeService {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  async of(viewer: Viewer): Promise<AdminHomeDto> {
    const readable = cohortReadable(viewer, 'c.id');
    const rows = await preparedNamedQuery<HealthRow>(
      this.db.manager,
      `SELECT c.id, c.name, c.starts_on::text AS starts_on, c.ends_on::text AS ends_on, pg.code, pg.title,
              en.active, en.withdrawn, days.planned AS days_planned, days.held AS days_held,
              talks.confirmed AS talks_confirmed, talks.pending AS talks_pending, pr.by_state,
              pw.unused AS links_unused, pw.expired AS links_expired,
              dip.eligible AS diploma_eligible
         FROM cohorts c
         JOIN programmes pg ON pg.id = c.programme_id
         CROSS JOIN LATERAL (
           SELECT count(*) FILTER (WHERE e.status = 'active')::int AS active,
                  count(*) FILTER (WHERE e.status = 'withdrawn')::int AS withdrawn
             FROM enrolments e WHERE e.cohort_id = c.id
         ) en
         CROSS JOIN LATERAL (
           SELECT count(DISTINCT (s.starts_at AT TIME ZONE pg.time_zone)::date)::int AS planned,
                  count(DISTINCT (s.starts_at AT TIME ZONE pg.time_zone)::date)
                    FILTER (WHERE s.ends_at < now())::int AS held
             FROM sessions s WHERE s.cohort_id = c.id AND s.status = 'scheduled'
         ) days
         CROSS JOIN LATERAL (
           SELECT count(*) FILTER (WHERE t.ok)::int AS confirmed,
                  count(*) FILTER (WHERE NOT t.ok)::int AS pending
             FROM (SELECT EXISTS (SELECT 1 FROM invitations i
                                   WHERE i.session_id = s.id AND i.status IN ('confirmed', 'held')) AS ok
                     FROM sessions s
                    WHERE s.cohort_id = c.id AND s.kind = 'guest_talk' AND s.status = 'scheduled') t
         ) talks
         CROSS JOIN LATERAL (
           SELECT COALESCE(json_agg(json_build_object('state', x.state, 'count', x.n)), '[]') AS by_state
             FROM (SELECT p.state, count(*)::int AS n FROM projects p
                    WHERE p.cohort_id = c.id GROUP BY p.state) x
         ) pr
         CROSS JOIN LATERAL (
           SELECT count(*) FILTER (WHERE t.pending)::int AS unused,
                  count(*) FILTER (WHERE NOT t.pending)::int AS expired
             FROM (SELECT EXISTS (SELECT 1 FROM password_tokens pt
                                   WHERE pt.user_id = u.id AND pt.used_at IS NULL
                                     AND pt.expires_at > now()) AS pending
                     FROM enrolments e JOIN users u ON u.id = e.student_id
                    WHERE e.cohort_id = c.id AND e.status = 'active'
                      AND u.active AND u.password_hash IS NULL) t
         ) pw
         CROSS JOIN LATERAL (
           SELECT count(*)::int AS eligible
             FROM current_jury_decisions cd
            WHERE cd.cohort_id = c.id AND cd.decision = 'awarded' AND cd.jury_signed_at IS NOT NULL
              AND NOT EXISTS (SELECT 1 FROM diplomas d
                               WHERE d.cohort_id = c.id AND d.student_id = cd.student_id)
         ) dip
        WHERE ${readable.sql}
          AND (c.status = 'running'
               OR (c.status = 'planned'
                   AND (now() AT TIME ZONE pg.time_zone)::date BETWEEN c.starts_on AND c.ends_on)
               -- an ended cohort stays while its awarded students wait for their diploma
               OR dip.eligible > 0)
        ORDER BY dip.eligible > 0 DESC, c.starts_on DESC, c.name, c.id
        LIMIT ${HOME_LIMIT}`,
      readable.params,
    );
    return { cohorts: rows.map(toHealth) };
  }
}

function toHealth(r: HealthRow): HomeCohortHealthDto {
  const cohortPage = `/admin/cohorts/${r.id}`;
  const calendar = `/admin/calendar?cohort=${r.id}&view=agenda`;
  const figure = (value: number, route: string): HomeFigureDto => ({ value, route });
  const counts = new Map(r.by_state.map((s) => [s.state, s.count]));
  return {
    id: r.id,
    name: r.name,
    programmeCode: r.code,
    programmeTitle: r.title,
    startsOn: r.starts_on,
    endsOn: r.ends_on,
    activeEnrolments: figure(r.active, cohortPage),
    withdrawnEnrolments: figure(r.withdrawn, cohortPage),
    courseDaysPlanned: figure(r.days_planned, calendar),
    courseDaysHeld: figure(r.days_held, calendar),
    guestTalksConfirmed: figure(r.talks_confirmed, '/admin/invitations'),
    guestTalksPending: figure(r.talks_pending, '/admin/invitations'),
    projectsByState: PROJECT_STATES.filter((s) => counts.has(s)).map((state) => ({
      state,
      count: counts.get(state) ?? 0,
    })),
    projectsRoute: `/admin/projects?cohort=${r.id}`,
    passwordLinksUnused: figure(r.links_unused, cohortPage),
    passwordLinksExpired: figure(r.links_expired, cohortPage),
    eligibleForDiploma: figure(r.diploma_eligible, `/admin/diplomas?cohort=${r.id}`),
  };
}
