import { Check, Column, Entity, Index, PrimaryGeneratedColumn, Unique } from 'typeorm';
import { numeric } from '../common/numeric';
import { Timestamped } from '../common/timestamps';
import type { AverageWeighting, DiplomaPreset, ResitPolicy } from './diploma-rules';
import type { GradingScale } from './grading-scale';
import type { TimeZone } from './time-zone';

/**
 * A diploma programme, set up once and run every year by a new cohort: its grading scale and
 * step, how averages are weighted and rounded, and the settings its rules and attendance use.
 * Its diploma rules are `diploma_rules`.
 */
@Entity('programmes')
@Index('uq_programmes_code', { synchronize: false }) // unique on lower(code): see the migration
@Check('ck_programmes_grading_scale', `"grading_scale" IN ('CH_6', 'FR_20')`)
@Check('ck_programmes_time_zone', `clique_is_time_zone("time_zone")`) // see AnyTimeZone
@Check('ck_programmes_ects_total', `"ects_total" >= 0`)
@Check(
  'ck_programmes_grade_step',
  `("grading_scale" = 'CH_6' AND "grade_step" IN (0.5, 0.25)) OR ("grading_scale" = 'FR_20' AND "grade_step" = 0.01)`,
)
@Check('ck_programmes_average_weighting', `"average_weighting" IN ('ects', 'coefficient')`)
@Check(
  'ck_programmes_final_rounding',
  `"final_rounding" IS NULL OR "final_rounding" BETWEEN 0.01 AND 1`,
)
@Check('ck_programmes_resit_policy', `"resit_policy" IN ('best', 'latest')`)
@Check(
  'ck_programmes_project_weights',
  `"project_weight_tutor" BETWEEN 0 AND 100 AND "project_weight_mentor" BETWEEN 0 AND 100
   AND "project_weight_jury" BETWEEN 0 AND 100
   AND "project_weight_tutor" + "project_weight_mentor" + "project_weight_jury" = 100`,
)
@Check(
  'ck_programmes_signing_window',
  `"signing_opens_before_minutes" BETWEEN 0 AND 240 AND "signing_closes_after_minutes" BETWEEN 0 AND 240`,
)
@Check('ck_programmes_preset', `"preset" IN ('ch_diploma', 'fr_licence_pro')`)
// Targets of composite foreign keys: the rules carry the scale, assessments and grades the
// scale and step, so the database checks each threshold and grade against them (ON UPDATE
// CASCADE: a step change re-checks every grade).
@Unique('uq_programmes_scale', ['id', 'gradingScale'])
@Unique('uq_programmes_scale_step', ['id', 'gradingScale', 'gradeStep'])
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

  /** Smallest difference between two grades: CH_6 0.5 or 0.25, FR_20 0.01. */
  @Column({ type: 'numeric', precision: 4, scale: 2, transformer: numeric })
  gradeStep: number;

  /** The weight of each module in an average: its ECTS or its coefficient. */
  @Column({ type: 'text', default: 'coefficient' })
  averageWeighting: AverageWeighting;

  /** The overall average is rounded to this step (CH: 0.5); null: kept to the hundredth. */
  @Column({ type: 'numeric', precision: 4, scale: 2, nullable: true, transformer: numeric })
  finalRounding: number | null;

  /** Which of a first grade and its resit counts. */
  @Column({ type: 'text', default: 'best' })
  resitPolicy: ResitPolicy;

  /** Weights (in %, summing to 100) of the project's tutor, mentor and jury grades. */
  @Column({ type: 'smallint', default: 0 })
  projectWeightTutor: number;

  @Column({ type: 'smallint', default: 0 })
  projectWeightMentor: number;

  @Column({ type: 'smallint', default: 100 })
  projectWeightJury: number;

  /** Signing opens this many minutes before a session (or half-day) starts. */
  @Column({ type: 'smallint', default: 15 })
  signingOpensBeforeMinutes: number;

  /** Signing closes this many minutes after a session (or half-day) ends. */
  @Column({ type: 'smallint', default: 0 })
  signingClosesAfterMinutes: number;

  /** A module passed is kept when the year is repeated (French licence). */
  @Column({ type: 'boolean', default: false })
  keepPassedModules: boolean;

  /** The preset last applied (informative). */
  @Column({ type: 'text', nullable: true })
  preset: DiplomaPreset | null;

  /** A weak module may be compensated by the others on the average (per period if it says so). */
  @Column({ type: 'boolean', default: false })
  compensation: boolean;

  /** Archived programmes stay readable but get no new cohort. */
  @Column({ type: 'timestamptz', nullable: true })
  archivedAt: Date | null;
}
