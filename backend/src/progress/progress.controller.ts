import { Controller, Get, Header, Query, StreamableFile } from '@nestjs/common';
import { ApiOkResponse, ApiProduces, ApiTags } from '@nestjs/swagger';
import { IdParam } from '../common/id-param';
import { pdfDownload } from '../common/pdf/pdf';
import { type AuthUser, CurrentUser, Roles } from '../identity';
import {
  CohortProgressDto,
  StudentProgressDetailsDto,
  StudentProgressDto,
  TranscriptQueryDto,
} from './dto/progress.dto';
import { ProgressService } from './progress.service';
import { TranscriptService } from './transcript.service';

/**
 * Progress to the diploma: the cohort table (its instructors, admins), one student's standing
 * and transcript (the same, or the student themself with released grades only).
 */
@ApiTags('progress')
@Roles('admin', 'instructor')
@Controller('cohorts/:cohortId')
export class ProgressController {
  constructor(
    private readonly progress: ProgressService,
    private readonly transcripts: TranscriptService,
  ) {}

  @Get('progress')
  @ApiOkResponse({ type: CohortProgressDto })
  cohort(
    @CurrentUser() user: AuthUser,
    @IdParam('cohortId') cohortId: string,
  ): Promise<CohortProgressDto> {
    return this.progress.cohort(user, cohortId);
  }

  @Get('progress/students/:studentId')
  @Roles('admin', 'instructor', 'student')
  @ApiOkResponse({ type: StudentProgressDto })
  student(
    @CurrentUser() user: AuthUser,
    @IdParam('cohortId') cohortId: string,
    @IdParam('studentId') studentId: string,
  ): Promise<StudentProgressDto> {
    return this.progress.student(user, cohortId, studentId);
  }

  @Get('progress/students/:studentId/details')
  @Roles('admin', 'instructor', 'student')
  @ApiOkResponse({ type: StudentProgressDetailsDto })
  async details(
    @CurrentUser() user: AuthUser,
    @IdParam('cohortId') cohortId: string,
    @IdParam('studentId') studentId: string,
  ): Promise<StudentProgressDetailsDto> {
    const { language: _language, ...details } = await this.progress.details(
      user,
      cohortId,
      studentId,
    );
    return details;
  }

  /** The transcript (relevé de notes): released grades only, for everyone (an official paper). */
  @Get('students/:studentId/transcript.pdf')
  @Roles('admin', 'instructor', 'student')
  @Header('cache-control', 'private, no-store')
  @ApiProduces('application/pdf')
  @ApiOkResponse({
    description: 'the transcript as PDF',
    schema: { type: 'string', format: 'binary' },
  })
  async transcript(
    @CurrentUser() user: AuthUser,
    @IdParam('cohortId') cohortId: string,
    @IdParam('studentId') studentId: string,
    @Query() query: TranscriptQueryDto,
  ): Promise<StreamableFile> {
    return pdfDownload(await this.transcripts.render(user, cohortId, studentId, query.lang));
  }
}
