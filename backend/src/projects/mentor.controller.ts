import {
  Body,
  Controller,
  Get,
  Header,
  Param,
  Post,
  Put,
  Query,
  StreamableFile,
} from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiProduces, ApiTags } from '@nestjs/swagger';
import { IdParam } from '../common/id-param';
import { Public } from '../identity';
import { MentorProjectDto } from './dto/mentor.dto';
import {
  CreateProjectFeedbackDto,
  ProjectFeedbackDto,
  SetProjectGradeDto,
} from './dto/milestones.dto';
import { ProjectAssessmentDto, ProjectSheetDto, ProjectSheetQueryDto } from './dto/projects.dto';
import { MentorService } from './mentor.service';
import { streamable } from './milestones.controller';
import { renderProjectSheet } from './project-sheet.html';

/**
 * The partner mentor's side, without an account: every route carries the signed link's token
 * (404 `mentor_link.invalid` when tampered with, 410 when expired or withdrawn).
 */
@ApiTags('mentor')
@Public()
@Controller('mentor/:token')
export class MentorController {
  constructor(private readonly mentor: MentorService) {}

  @Get()
  @Header('cache-control', 'private, no-store')
  @ApiOkResponse({ type: MentorProjectDto })
  view(@Param('token') token: string): Promise<MentorProjectDto> {
    return this.mentor.view(token);
  }

  @Get('summary')
  @ApiOkResponse({ type: ProjectSheetDto })
  summary(@Param('token') token: string): Promise<ProjectSheetDto> {
    return this.mentor.sheet(token);
  }

  @Get('summary.html')
  @Header('content-type', 'text/html; charset=utf-8')
  @ApiProduces('text/html')
  @ApiOkResponse({ description: 'printable HTML', schema: { type: 'string' } })
  async summaryHtml(
    @Param('token') token: string,
    @Query() query: ProjectSheetQueryDto,
  ): Promise<string> {
    return renderProjectSheet(await this.mentor.sheet(token), query.lang);
  }

  @Get('submissions/:id/file')
  @Header('cache-control', 'private, no-store')
  @ApiProduces('application/octet-stream')
  @ApiOkResponse({
    description: 'the file, as an attachment',
    schema: { type: 'string', format: 'binary' },
  })
  async download(@Param('token') token: string, @IdParam() id: string): Promise<StreamableFile> {
    return streamable(await this.mentor.download(token, id));
  }

  @Post('milestones/:id/feedback')
  @ApiCreatedResponse({ type: ProjectFeedbackDto })
  comment(
    @Param('token') token: string,
    @IdParam() id: string,
    @Body() dto: CreateProjectFeedbackDto,
  ): Promise<ProjectFeedbackDto> {
    return this.mentor.feedback(token, id, dto);
  }

  /** The mentor’s proposed grade for the final report, on the programme’s scale. */
  @Put('grade')
  @ApiOkResponse({ type: ProjectAssessmentDto })
  grade(
    @Param('token') token: string,
    @Body() dto: SetProjectGradeDto,
  ): Promise<ProjectAssessmentDto> {
    return this.mentor.grade(token, dto);
  }
}
