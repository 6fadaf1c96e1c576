import { ApiProperty } from '@nestjs/swagger';
import {
  GRADING_SCALES,
  type GradingScale,
  type TimeZone,
  CourseModuleDto,
  DiplomaRuleDto,
  ModuleGroupDto,
} from '../../programmes';
import { COHORT_STATUSES, type CohortStatus } from '../cohort.entity';
import { ENROLMENT_STATUSES, type EnrolmentStatus } from '../enrolment.entity';
import { EmployerRefDto } from './enrolments.dto';
import { PersonRefDto } from './cohorts.dto';

export class MyProgrammeInfoDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() code: string;
  @ApiProperty() title: string;
  @ApiProperty() description: string;
  @ApiProperty({ enum: GRADING_SCALES }) gradingScale: GradingScale;
  @ApiProperty() passGrade: number;
  @ApiProperty() ectsTotal: number;
  @ApiProperty({ example: 'Europe/Zurich', description: 'IANA time zone' }) timeZone: TimeZone;
  @ApiProperty() gradeStep: number;
  @ApiProperty({ type: [DiplomaRuleDto], description: 'the diploma rules, in order' })
  rules: DiplomaRuleDto[];
  @ApiProperty({ type: [ModuleGroupDto], description: 'the rule groups the rules name' })
  groups: ModuleGroupDto[];
}

export class MyCohortInfoDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() name: string;
  @ApiProperty({ format: 'date' }) startsOn: string;
  @ApiProperty({ format: 'date' }) endsOn: string;
  @ApiProperty({ enum: COHORT_STATUSES }) status: CohortStatus;
}

export class MyEnrolmentInfoDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ enum: ENROLMENT_STATUSES }) status: EnrolmentStatus;
  @ApiProperty({ format: 'date-time' }) enrolledAt: string;
  @ApiProperty({ type: EmployerRefDto, nullable: true }) employer: EmployerRefDto | null;
}

/** What a student sees of the programme they follow. Classmates: names only. */
export class MyProgrammeDto {
  @ApiProperty({ type: MyProgrammeInfoDto }) programme: MyProgrammeInfoDto;
  @ApiProperty({ type: MyCohortInfoDto }) cohort: MyCohortInfoDto;
  @ApiProperty({ type: MyEnrolmentInfoDto }) enrolment: MyEnrolmentInfoDto;
  @ApiProperty({ type: [CourseModuleDto], description: 'in order, archived ones left out' })
  modules: CourseModuleDto[];
  @ApiProperty({ type: [PersonRefDto] }) instructors: PersonRefDto[];
  @ApiProperty({ type: [PersonRefDto], description: 'the other active students of the cohort' })
  classmates: PersonRefDto[];
}
