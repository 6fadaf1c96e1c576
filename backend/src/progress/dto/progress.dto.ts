import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional } from 'class-validator';
import { LANGUAGES, type Language } from '../../common/role';
import { GRADING_SCALES, type GradingScale } from '../../programmes';

export const RULE_KINDS = [
  'overall_average',
  'group_average',
  'module_minimum',
  'max_below_pass',
  'attendance',
  'project_grade',
  'modules_passed',
] as const;
export const OUTCOMES = ['met', 'not_met', 'pending'] as const;
export const MODULE_KINDS = ['course', 'project', 'work_period'] as const;

export class ReasonDto {
  @ApiProperty({ description: 'translated by the frontend, e.g. `attendance.not_met`' })
  code: string;
  @ApiProperty({
    type: 'object',
    additionalProperties: { oneOf: [{ type: 'string' }, { type: 'number' }] },
    description: 'the numbers and names the sentence shows (value, threshold, module…)',
  })
  params: Record<string, string | number>;
}

export class RuleResultDto {
  @ApiProperty({
    format: 'uuid',
    nullable: true,
    type: String,
    description: 'null for the implicit rule `modules_passed` (compensation)',
  })
  ruleId: string | null;
  @ApiProperty({ enum: RULE_KINDS }) kind: (typeof RULE_KINDS)[number];
  @ApiProperty({ type: Boolean, nullable: true, description: 'null: pending (still to come)' })
  met: boolean | null;
  @ApiProperty({ type: ReasonDto }) reason: ReasonDto;
}

export class ModuleResultDto {
  @ApiProperty({ format: 'uuid' }) moduleId: string;
  @ApiProperty({ type: Number, nullable: true }) average: number | null;
  @ApiProperty({ type: Boolean, nullable: true, description: 'null while not complete' })
  passed: boolean | null;
  @ApiProperty() compensated: boolean;
  @ApiProperty({ description: 'every counting assessment of the module is graded (and shown)' })
  complete: boolean;
  @ApiProperty({ description: 'passed in an earlier cohort of the programme and kept' })
  kept: boolean;
}

export class AverageResultDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ type: Number, nullable: true }) average: number | null;
  @ApiProperty() complete: boolean;
}

export class StudentProgressDto {
  @ApiProperty({ format: 'uuid' }) studentId: string;
  @ApiProperty() displayName: string;
  @ApiProperty({ type: [ModuleResultDto] }) modules: ModuleResultDto[];
  @ApiProperty({ type: [AverageResultDto] }) periods: AverageResultDto[];
  @ApiProperty({ type: [AverageResultDto] }) groups: AverageResultDto[];
  @ApiProperty({ type: Number, nullable: true }) projectGrade: number | null;
  @ApiProperty({ type: Number, nullable: true, description: 'percent, one decimal' })
  attendanceRate: number | null;
  @ApiProperty({ type: Number, nullable: true }) overallAverage: number | null;
  @ApiProperty() overallComplete: boolean;
  @ApiProperty({ type: [RuleResultDto] }) rules: RuleResultDto[];
  @ApiProperty({ enum: OUTCOMES }) outcome: (typeof OUTCOMES)[number];
}

export class ProgressCohortDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() name: string;
  @ApiProperty({ format: 'date' }) startsOn: string;
  @ApiProperty({ format: 'date' }) endsOn: string;
}

export class ProgressProgrammeDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() code: string;
  @ApiProperty() title: string;
  @ApiProperty({ enum: GRADING_SCALES }) scale: GradingScale;
  @ApiProperty() gradeStep: number;
  @ApiProperty() pass: number;
  @ApiProperty() min: number;
  @ApiProperty() max: number;
  @ApiProperty({ enum: ['ects', 'coefficient'] }) weighting: 'ects' | 'coefficient';
  @ApiProperty({ type: Number, nullable: true }) finalRounding: number | null;
  @ApiProperty() compensation: boolean;
}

export class ProgressModuleDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() code: string;
  @ApiProperty() title: string;
  @ApiProperty({ enum: MODULE_KINDS }) kind: (typeof MODULE_KINDS)[number];
  @ApiProperty() position: number;
  @ApiProperty() ects: number;
  @ApiProperty() coefficient: number;
  @ApiProperty({ format: 'uuid', type: String, nullable: true }) periodId: string | null;
  @ApiProperty({ format: 'uuid', type: String, nullable: true }) groupId: string | null;
}

export class ProgressPeriodDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() position: number;
  @ApiProperty() title: string;
}

export class ProgressGroupDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() code: string;
  @ApiProperty() title: string;
}

export class ProgressRuleDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() position: number;
  @ApiProperty({ enum: RULE_KINDS }) kind: (typeof RULE_KINDS)[number];
  @ApiProperty({ type: Number, nullable: true }) threshold: number | null;
  @ApiProperty({ format: 'uuid', type: String, nullable: true }) groupId: string | null;
  @ApiProperty({ type: Number, nullable: true }) maxCount: number | null;
  @ApiProperty({ type: Boolean, nullable: true }) excusedCountAsAbsent: boolean | null;
}

/** A cohort's progress: its programme's structure and rules, and every student's standing. */
export class CohortProgressDto {
  @ApiProperty({ type: ProgressCohortDto }) cohort: ProgressCohortDto;
  @ApiProperty({ type: ProgressProgrammeDto }) programme: ProgressProgrammeDto;
  @ApiProperty({ type: [ProgressPeriodDto] }) periods: ProgressPeriodDto[];
  @ApiProperty({ type: [ProgressGroupDto] }) groups: ProgressGroupDto[];
  @ApiProperty({ type: [ProgressModuleDto] }) modules: ProgressModuleDto[];
  @ApiProperty({ type: [ProgressRuleDto] }) rules: ProgressRuleDto[];
  @ApiProperty({ type: [StudentProgressDto] }) students: StudentProgressDto[];
}

export class ProgressGradeDto {
  @ApiProperty({ format: 'uuid' }) assessmentId: string;
  @ApiProperty({ format: 'uuid' }) moduleId: string;
  @ApiProperty() title: string;
  @ApiProperty() kind: string;
  @ApiProperty() coefficient: number;
  @ApiProperty({ format: 'date', type: String, nullable: true }) dueOn: string | null;
  @ApiProperty({ type: Number, nullable: true }) firstScore: number | null;
  @ApiProperty({ type: Number, nullable: true }) resitScore: number | null;
  @ApiProperty({ description: 'the grade that counts (resit policy applied)' }) score: number;
}

/** One student's progress with its context and the grades behind it (the results page). */
export class StudentProgressDetailsDto {
  @ApiProperty({ type: ProgressCohortDto }) cohort: ProgressCohortDto;
  @ApiProperty({ type: ProgressProgrammeDto }) programme: ProgressProgrammeDto;
  @ApiProperty({ type: [ProgressPeriodDto] }) periods: ProgressPeriodDto[];
  @ApiProperty({ type: [ProgressGroupDto] }) groups: ProgressGroupDto[];
  @ApiProperty({ type: [ProgressModuleDto] }) modules: ProgressModuleDto[];
  @ApiProperty({ type: [ProgressRuleDto] }) rules: ProgressRuleDto[];
  @ApiProperty({ type: StudentProgressDto }) student: StudentProgressDto;
  @ApiProperty({ type: [ProgressGradeDto], description: 'released ones only for the student' })
  grades: ProgressGradeDto[];
}

export class TranscriptQueryDto {
  @ApiPropertyOptional({ enum: LANGUAGES, description: "default: the student's language" })
  @IsOptional()
  @IsIn(LANGUAGES)
  lang?: Language;
}
