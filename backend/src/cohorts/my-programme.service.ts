import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, IsNull } from 'typeorm';
import { notFound } from '../common/problem';
import {
  CourseModuleEntity,
  type DiplomaRuleDto,
  type ModuleGroupDto,
  toCourseModule,
  type GradingScale,
  SCALES,
  type TimeZone,
} from '../programmes';
import { enrolmentCountsSql } from '../common/access';
import type { CohortStatus } from './cohort.entity';
import type { PersonRefDto } from './dto/cohorts.dto';
import type { MyProgrammeDto } from './dto/me.dto';
import type { EnrolmentStatus } from './enrolment.entity';

interface CurrentRow {
  enrolment_id: string;
  enrolment_status: EnrolmentStatus;
  enrolled_at: Date;
  employer_id: string | null;
  employer_name: string | null;
  cohort_id: string;
  cohort_name: string;
  starts_on: string;
  ends_on: string;
  cohort_status: CohortStatus;
  programme_id: string;
  code: string;
  title: string;
  description: string;
  grading_scale: GradingScale;
  ects_total: string;
  time_zone: TimeZone;
  grade_step: string;
  rules: DiplomaRuleDto[];
  groups: ModuleGroupDto[];
}

/** The student's home: their current cohort, its programme, modules, instructors and classmates. */
@Injectable()
export class MyProgrammeService {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /** Four queries. The latest cohort the student is (or was, graduated) enrolled in; 404 if none. */
  async of(studentId: string): Promise<MyProgrammeDto> {
    const [current] = await this.db.query<CurrentRow[]>(
      `SELECT e.id AS enrolment_id, e.status AS enrolment_status, e.enrolled_at,
              emp.id AS employer_id, emp.name AS employer_name,
              c.id AS cohort_id, c.name AS cohort_name, c.starts_on::text AS starts_on, c.ends_on::text AS ends_on,
              c.status AS cohort_status,
              p.id AS programme_id, p.code, p.title, p.description, p.grading_scale, p.ects_total, p.time_zone,
              p.grade_step,
              (SELECT coalesce(json_agg(json_build_object(
                        'id', r.id, 'position', r.position, 'kind', r.kind,
                        'threshold', r.threshold::float8, 'groupId', r.group_id,
                        'maxCount', r.max_count, 'excusedCountAsAbsent', r.excused_count_as_absent)
                        ORDER BY r.position), '[]'::json)
                 FROM diploma_rules r WHERE r.programme_id = p.id) AS rules,
              (SELECT coalesce(json_agg(json_build_object(
                        'id', g.id, 'programmeId', g.programme_id, 'code', g.code, 'title', g.title)
                        ORDER BY g.code), '[]'::json)
                 FROM module_groups g WHERE g.programme_id = p.id) AS groups
         FROM enrolments e
         JOIN cohorts c ON c.id = e.cohort_id
         JOIN programmes p ON p.id = c.programme_id
         LEFT JOIN partner_organisations emp ON emp.id = e.employer_id
        WHERE e.student_id = $1 AND ${enrolmentCountsSql('e', 'reads')}
        ORDER BY (e.status = 'active') DESC, c.starts_on DESC, e.enrolled_at DESC
        LIMIT 1`,
      [studentId],
    );
    if (!current) throw notFound('enrolment', 'You are not enrolled in any cohort yet.');

    const modules = await this.db.getRepository(CourseModuleEntity).find({
      where: { programmeId: current.programme_id, archivedAt: IsNull() },
      order: { position: 'ASC' },
    });
    const instructors = await this.db.query<PersonRefDto[]>(
      `SELECT u.id, u.display_name AS "displayName" FROM cohort_instructors ci JOIN users u ON u.id = ci.instructor_id
        WHERE ci.cohort_id = $1 ORDER BY u.display_name, u.id`,
      [current.cohort_id],
    );
    const classmates = await this.db.query<PersonRefDto[]>(
      `SELECT u.id, u.display_name AS "displayName" FROM enrolments e JOIN users u ON u.id = e.student_id
        WHERE e.cohort_id = $1 AND ${enrolmentCountsSql('e', 'reads')} AND e.student_id <> $2
        ORDER BY u.display_name, u.id`,
      [current.cohort_id, studentId],
    );

    return {
      programme: {
        id: current.programme_id,
        code: current.code,
        title: current.title,
        description: current.description,
        gradingScale: current.grading_scale,
        passGrade: SCALES[current.grading_scale].pass,
        ectsTotal: Number(current.ects_total),
        timeZone: current.time_zone,
        gradeStep: Number(current.grade_step),
        rules: current.rules,
        groups: current.groups,
      },
      cohort: {
        id: current.cohort_id,
        name: current.cohort_name,
        startsOn: current.starts_on,
        endsOn: current.ends_on,
        status: current.cohort_status,
      },
      enrolment: {
        id: current.enrolment_id,
        status: current.enrolment_status,
        enrolledAt: current.enrolled_at.toISOString(),
        employer: current.employer_id
          ? { id: current.employer_id, name: current.employer_name ?? '' }
          : null,
      },
      modules: modules.map(toCourseModule),
      instructors,
      classmates,
    };
  }
}
