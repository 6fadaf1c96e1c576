import { Check, Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { numeric } from '../common/numeric';
import { Timestamped } from '../common/timestamps';
import type { GradingScale, TimeZone } from './grading-scale';

/**
 * A diploma programme, set up once and run every year by a new cohort. Its diploma rules'
 * minimum grades must lie on its grading scale (checked by the database).
 */
@Entity('programmes')
@Index('uq_programmes_code', { synchronize: false }) // unique on lower(code): see the migration
@Check('ck_programmes_grading_scale', `"grading_scale" IN ('CH_6', 'FR_20')`)
@Check('ck_programmes_time_zone', `"time_zone" IN ('Europe/Zurich', 'Europe/Paris')`)
@Check('ck_programmes_ects_total', `"ects_total" >= 0`)
@Check('ck_programmes_min_attendance', `"min_attendance_percent" BETWEEN 0 AND 100`)
@Check(
  'ck_programmes_min_grades_on_scale',
  `CASE "grading_scale"
     WHEN 'CH_6' THEN
       ("min_module_grade" IS NULL OR ("min_module_grade" BETWEEN 1 AND 6 AND "min_module_grade" * 2 = trunc("min_module_grade" * 2)))
       AND ("min_project_grade" IS NULL OR ("min_project_grade" BETWEEN 1 AND 6 AND "min_project_grade" * 2 = trunc("min_project_grade" * 2)))
     WHEN 'FR_20' THEN
       ("min_module_grade" IS NULL OR "min_module_grade" BETWEEN 0 AND 20)
       AND ("min_project_grade" IS NULL OR "min_project_grade" BETWEEN 0 AND 20)
     ELSE false
   END`,
)
export class ProgrammeEntity extends Timestamped {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  /** Short code, unique whatever its case, e.g. `MCMS`. */
  @Column({ type: 'text' })
  code: string;

  @Column({ type: 'text' })
  title: string;

  @Column({ type: 'text', default: '' })
  description: string;

  @Column({ type: 'text' })
  gradingScale: GradingScale;

  @Column({ type: 'numeric', precision: 5, scale: 1, default: 0, transformer: numeric })
  ectsTotal: number;

  /** IANA zone the programme's sessions are held in. */
  @Column({ type: 'text', default: 'Europe/Zurich' })
  timeZone: TimeZone;

  /** Diploma rule: minimum attendance over all sessions, in %. */
  @Column({ type: 'smallint', default: 80 })
  minAttendancePercent: number;

  /** Diploma rule: minimum grade of every module (null: none). */
  @Column({ type: 'numeric', precision: 4, scale: 2, nullable: true, transformer: numeric })
  minModuleGrade: number | null;

  /** Diploma rule: minimum grade of the project (null: none). */
  @Column({ type: 'numeric', precision: 4, scale: 2, nullable: true, transformer: numeric })
  minProjectGrade: number | null;

  /** Diploma rule: a module below the minimum may be compensated by others (on the average). */
  @Column({ type: 'boolean', default: false })
  compensation: boolean;

  /** Archived programmes stay readable but get no new cohort. */
  @Column({ type: 'timestamptz', nullable: true })
  archivedAt: Date | null;
}
