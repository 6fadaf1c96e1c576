import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import {
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  IsUUID,
  Max,
  MaxLength,
  Min,
  MinLength,
  ValidateIf,
} from 'class-validator';
import { IsDecimalNumber } from '../../common/input-numbers';
import { MAX_INT4, toQueryInt } from '../../common/input-query';
import { PageOf, PageQuery } from '../../common/paging';
import { trimToNull } from '../../common/transforms';
import { GRADING_SCALES, type GradingScale } from '../../programmes';
import { ASSESSMENT_KINDS, ATTEMPTS, type AssessmentKind, type Attempt } from '../assessment-kinds';
import { AUDIT_OPERATIONS, type AuditOperation } from '../grade-audit.entity';
import { AssessmentDto, PersonRefDto } from './assessments.dto';

export class SetGradeDto {
  @ApiProperty({ example: 4.5, description: 'on the programme’s scale and step' })
  @IsDecimalNumber(2)
  @Min(0)
  @Max(100)
  score: number;

  @ApiPropertyOptional({
    type: String,
    nullable: true,
    description: 'left out: the comment stays; null or empty: cleared',
  })
  @IsOptional()
  @Transform(trimToNull)
  @IsString()
  @MaxLength(2000)
  comment?: string | null;

  @ApiPropertyOptional({ enum: ATTEMPTS, default: 1, description: '2: the resit' })
  @IsOptional()
  @IsIn(ATTEMPTS)
  attempt?: Attempt;

  @ApiProperty({
    type: Number,
    nullable: true,
    description: 'the version the change is based on; null: there is no grade yet',
  })
  @ValidateIf((o: SetGradeDto) => o.expectedVersion !== null)
  @IsInt()
  @Min(1)
  @Max(MAX_INT4)
  expectedVersion: number | null;

  @ApiPropertyOptional({ description: 'why, for the audit log' })
  @IsOptional()
  @IsString()
  @MinLength(1)
  @MaxLength(500)
  reason?: string;
}

export class ClearGradeQueryDto {
  @ApiPropertyOptional({ enum: ATTEMPTS, default: 1 })
  @IsOptional()
  @Transform(toQueryInt)
  @IsIn(ATTEMPTS)
  attempt?: Attempt;

  @ApiProperty({ type: Number, description: 'the version being cleared' })
  @Transform(toQueryInt)
  @IsInt()
  @Min(1)
  @Max(MAX_INT4)
  expectedVersion: number;

  @ApiPropertyOptional({ description: 'why, for the audit log' })
  @IsOptional()
  @IsString()
  @MinLength(1)
  @MaxLength(500)
  reason?: string;
}

export class GradeCellDto {
  @ApiProperty({ format: 'uuid' }) assessmentId: string;
  @ApiProperty({ format: 'uuid' }) studentId: string;
  @ApiProperty({ enum: ATTEMPTS }) attempt: Attempt;
  @ApiProperty() score: number;
  @ApiProperty({ type: String, nullable: true }) comment: string | null;
  @ApiProperty({ description: 'optimistic lock: send it back as expectedVersion' })
  version: number;
  @ApiProperty({ type: PersonRefDto }) gradedBy: PersonRefDto;
  @ApiProperty({ format: 'date-time' }) updatedAt: string;
}

export class ComputedCellDto {
  @ApiProperty({ format: 'uuid' }) assessmentId: string;
  @ApiProperty({ format: 'uuid' }) studentId: string;
  @ApiProperty({ description: 'from the project’s grades, weighted by the programme' })
  score: number;
}

export class GradeScaleDto {
  @ApiProperty({ enum: GRADING_SCALES, enumName: 'GradingScale' }) scale: GradingScale;
  @ApiProperty() gradeStep: number;
  @ApiProperty() min: number;
  @ApiProperty() max: number;
  @ApiProperty() pass: number;
}

export class GradebookModuleDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() code: string;
  @ApiProperty() title: string;
  @ApiProperty() position: number;
}

export class GradebookStudentDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() displayName: string;
  @ApiProperty() email: string;
  @ApiProperty({ enum: ['active', 'withdrawn', 'graduated'] }) status: string;
}

export class GradebookDto {
  @ApiProperty({ format: 'uuid' }) cohortId: string;
  @ApiProperty() cohortName: string;
  @ApiProperty({ type: GradeScaleDto }) programme: GradeScaleDto;
  @ApiProperty({ type: [GradebookModuleDto] }) modules: GradebookModuleDto[];
  @ApiProperty({ type: [AssessmentDto], description: 'in module order' })
  assessments: AssessmentDto[];
  @ApiProperty({ type: [GradebookStudentDto] }) students: GradebookStudentDto[];
  @ApiProperty({ type: [GradeCellDto], description: 'every grade entered, every attempt' })
  cells: GradeCellDto[];
  @ApiProperty({ type: [ComputedCellDto], description: 'grades from the project' })
  computed: ComputedCellDto[];
}

export class GradebookQueryDto {
  @ApiPropertyOptional({ format: 'uuid', description: 'only this module’s assessments' })
  @IsOptional()
  @IsUUID()
  moduleId?: string;
}

export class StudentGradeDto {
  @ApiProperty({ format: 'uuid' }) assessmentId: string;
  @ApiProperty() title: string;
  @ApiProperty({ enum: ASSESSMENT_KINDS, enumName: 'AssessmentKind' }) kind: AssessmentKind;
  @ApiProperty({ format: 'uuid' }) moduleId: string;
  @ApiProperty() moduleTitle: string;
  @ApiProperty() coefficient: number;
  @ApiProperty() counts: boolean;
  @ApiProperty({ type: String, format: 'date', nullable: true }) dueOn: string | null;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) releasedAt: string | null;
  @ApiProperty({ type: Number, nullable: true }) firstScore: number | null;
  @ApiProperty({ type: Number, nullable: true }) resitScore: number | null;
  @ApiProperty({ description: 'the score that counts (resit policy, or the project’s grade)' })
  score: number;
  @ApiProperty({ type: String, nullable: true }) comment: string | null;
}

export class StudentGradesDto {
  @ApiProperty({ format: 'uuid' }) studentId: string;
  @ApiProperty() displayName: string;
  @ApiProperty({ type: GradeScaleDto }) programme: GradeScaleDto;
  @ApiProperty({
    type: [StudentGradeDto],
    description: 'staff: every grade; the student: released assessments only',
  })
  items: StudentGradeDto[];
}

export class GradeAuditQueryDto extends PageQuery(['changedAt'] as const, 'GradeAuditSort') {}

export class GradeAuditEntryDto {
  @ApiProperty() id: string;
  @ApiProperty({ format: 'uuid' }) assessmentId: string;
  @ApiProperty({ type: String, nullable: true, description: 'null once the assessment is gone' })
  assessmentTitle: string | null;
  @ApiProperty({ enum: ATTEMPTS }) attempt: Attempt;
  @ApiProperty({ enum: AUDIT_OPERATIONS }) operation: AuditOperation;
  @ApiProperty({ type: Number, nullable: true }) oldScore: number | null;
  @ApiProperty({ type: Number, nullable: true }) newScore: number | null;
  @ApiProperty({ type: String, nullable: true }) oldComment: string | null;
  @ApiProperty({ type: String, nullable: true }) newComment: string | null;
  @ApiProperty({ type: PersonRefDto, nullable: true }) changedBy: PersonRefDto | null;
  @ApiProperty({ type: String, nullable: true }) reason: string | null;
  @ApiProperty({ format: 'date-time' }) changedAt: string;
}

export class GradeAuditPageDto extends PageOf(GradeAuditEntryDto) {}

/** A talk's synthesis assessment (if one is defined) with its cells: the synthesis review grades here. */
export class SessionSynthesisGradesDto {
  @ApiProperty({ type: AssessmentDto, nullable: true }) assessment: AssessmentDto | null;
  @ApiProperty({ type: GradeScaleDto }) programme: GradeScaleDto;
  @ApiProperty({ type: [GradeCellDto], description: 'first attempts' }) cells: GradeCellDto[];
}
