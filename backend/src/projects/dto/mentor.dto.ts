import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsInt, IsOptional, Max, Min } from 'class-validator';
import { type Language, LANGUAGES } from '../../common/role';
import { PROJECT_STATES, type ProjectState } from '../project-states';
import { ProjectFeedbackDto, MilestoneDto, ProjectSubmissionDto } from './milestones.dto';
import { ProjectDefenceDto } from './defences.dto';
import { ProjectAssessmentDto } from './projects.dto';

export class MentorLinkRequestDto {
  @ApiPropertyOptional({
    minimum: 1,
    maximum: 365,
    description: 'default: MENTOR_LINK_TTL_SECONDS',
  })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(365)
  expiresInDays?: number;

  @ApiPropertyOptional({
    enum: LANGUAGES,
    description: 'the language of the mentor’s mails (default French)',
  })
  @IsOptional()
  @IsIn(LANGUAGES)
  language?: Language;
}

export class MentorLinkDto {
  @ApiProperty({ description: 'the page to send the mentor: PUBLIC_URL/mentor/<token>' })
  url: string;
  @ApiProperty({ description: 'for the mentor API: /api/mentor/<token>' }) token: string;
  @ApiProperty({ format: 'date-time' }) expiresAt: string;
  @ApiProperty({
    type: String,
    nullable: true,
    description: 'the address it was mailed to; null: the mentor has no e-mail, copy it',
  })
  mailedTo: string | null;
}

export class MentorMilestoneDto extends MilestoneDto {
  @ApiProperty({
    type: [ProjectSubmissionDto],
    description: 'newest first; downloadUrl works with the link',
  })
  submissions: ProjectSubmissionDto[];
  @ApiProperty({ type: [ProjectFeedbackDto] }) feedback: ProjectFeedbackDto[];
}

export class MentorPersonDto {
  @ApiProperty() displayName: string;
}

export class MentorTutorDto {
  @ApiProperty() displayName: string;
  @ApiProperty() email: string;
}

/** Everything the partner's mentor sees through their link, in one answer. */
export class MentorProjectDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() title: string;
  @ApiProperty() brief: string;
  @ApiProperty({ enum: PROJECT_STATES }) state: ProjectState;
  @ApiProperty() cohortName: string;
  @ApiProperty() programmeTitle: string;
  @ApiProperty({
    example: 'Europe/Zurich',
    description: 'the programme’s zone: due dates and the defence are meant in it',
  })
  timeZone: string;
  @ApiProperty() partnerName: string;
  @ApiProperty({ description: 'the mentor the link was given to' }) mentorName: string;
  @ApiProperty({ type: MentorTutorDto, nullable: true }) tutor: MentorTutorDto | null;
  @ApiProperty({ type: [MentorPersonDto] }) team: MentorPersonDto[];
  @ApiProperty({ type: [MentorMilestoneDto] }) milestones: MentorMilestoneDto[];
  @ApiProperty({
    type: ProjectAssessmentDto,
    description: 'scale bounds; only the mentor’s own grade is filled',
  })
  assessment: ProjectAssessmentDto;
  @ApiProperty({ description: 'the mentor may propose or change a grade now' }) canGrade: boolean;
  @ApiProperty({
    type: ProjectDefenceDto,
    nullable: true,
    description: 'date and place of the defence',
  })
  defence: ProjectDefenceDto | null;
  @ApiProperty({ format: 'date-time' }) linkExpiresAt: string;
}
