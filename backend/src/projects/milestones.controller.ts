import {
  Body,
  Controller,
  Delete,
  Get,
  Header,
  HttpCode,
  Patch,
  Post,
  Put,
  StreamableFile,
} from '@nestjs/common';
import {
  ApiBody,
  ApiConsumes,
  ApiCreatedResponse,
  ApiNoContentResponse,
  ApiOkResponse,
  ApiProduces,
  ApiTags,
} from '@nestjs/swagger';
import { IdParam } from '../common/id-param';
import { Authenticated, type AuthUser, CurrentUser, Roles } from '../identity';
import { type FileSource, UploadedFile } from '../storage';
import {
  CreateProjectFeedbackDto,
  MilestoneExtensionDto,
  ProjectFeedbackDto,
  GrantMilestoneExtensionDto,
  MilestoneDetailDto,
  MilestoneDto,
  MilestoneTemplateDto,
  SetMilestoneTemplateDto,
  ProjectSubmissionDto,
  UpdateMilestoneDto,
} from './dto/milestones.dto';
import { FeedbackService } from './feedback.service';
import { MilestonesService } from './milestones.service';
import { type Download, SubmissionsService } from './submissions.service';

/** A file download: attachment, never sniffed or cached by a shared cache. */
export const streamable = (d: Download) =>
  new StreamableFile(d.stream, { type: d.contentType, disposition: d.disposition, length: d.size });

/** Milestones, their versions (uploads and downloads), feedback and extensions. */
@ApiTags('projects')
@Authenticated()
@Controller()
export class MilestonesController {
  constructor(
    private readonly milestones: MilestonesService,
    private readonly submissions: SubmissionsService,
    private readonly feedback: FeedbackService,
  ) {}

  /** The milestones new projects of the cohort start with (defaults when none are stored). */
  @Get('cohorts/:id/milestone-template')
  @ApiOkResponse({ type: MilestoneTemplateDto })
  template(@CurrentUser() user: AuthUser, @IdParam() id: string): Promise<MilestoneTemplateDto> {
    return this.milestones.template(user, id);
  }

  /** Its planners adjust it: administrators and the cohort's instructors (tutors). */
  @Put('cohorts/:id/milestone-template')
  @Roles('instructor', 'admin')
  @ApiOkResponse({ type: MilestoneTemplateDto })
  setTemplate(
    @CurrentUser() user: AuthUser,
    @IdParam() id: string,
    @Body() dto: SetMilestoneTemplateDto,
  ): Promise<MilestoneTemplateDto> {
    return this.milestones.setTemplate(user, id, dto);
  }

  @Get('milestones/:id')
  @ApiOkResponse({ type: MilestoneDetailDto })
  get(@CurrentUser() user: AuthUser, @IdParam() id: string): Promise<MilestoneDetailDto> {
    return this.milestones.detail(user, id);
  }

  @Patch('milestones/:id')
  @Roles('instructor', 'admin')
  @ApiOkResponse({ type: MilestoneDto })
  update(
    @CurrentUser() user: AuthUser,
    @IdParam() id: string,
    @Body() dto: UpdateMilestoneDto,
  ): Promise<MilestoneDto> {
    return this.milestones.update(user, id, dto);
  }

  @Delete('milestones/:id')
  @Roles('instructor', 'admin')
  @HttpCode(204)
  @ApiNoContentResponse()
  remove(@CurrentUser() user: AuthUser, @IdParam() id: string): Promise<void> {
    return this.milestones.remove(user, id);
  }

  /** The tutor moves the due date later, with the reason; the history is kept. */
  @Post('milestones/:id/extensions')
  @Roles('instructor', 'admin')
  @ApiCreatedResponse({ type: MilestoneExtensionDto })
  extend(
    @CurrentUser() user: AuthUser,
    @IdParam() id: string,
    @Body() dto: GrantMilestoneExtensionDto,
  ): Promise<MilestoneExtensionDto> {
    return this.milestones.grantExtension(user, id, dto);
  }

  /**
   * A team member uploads a new version (multipart/form-data, one part named `file`). The type
   * is judged from the content (415 otherwise), the size against UPLOAD_MAX_BYTES (413).
   */
  @Post('milestones/:id/submissions')
  @Roles('student')
  @ApiConsumes('multipart/form-data')
  @ApiBody({
    schema: {
      type: 'object',
      required: ['file'],
      properties: { file: { type: 'string', format: 'binary' } },
    },
  })
  @ApiCreatedResponse({ type: ProjectSubmissionDto })
  upload(
    @CurrentUser() user: AuthUser,
    @IdParam() id: string,
    @UploadedFile() file: FileSource,
  ): Promise<ProjectSubmissionDto> {
    return this.submissions.upload(user, id, file);
  }

  @Get('submissions/:id/file')
  @Header('cache-control', 'private, no-store')
  @ApiProduces('application/octet-stream')
  @ApiOkResponse({
    description: 'the file, as an attachment',
    schema: { type: 'string', format: 'binary' },
  })
  async download(@CurrentUser() user: AuthUser, @IdParam() id: string): Promise<StreamableFile> {
    return streamable(await this.submissions.download(user, id));
  }

  /** A comment in the milestone’s thread, optionally on one version. */
  @Post('milestones/:id/feedback')
  @ApiCreatedResponse({ type: ProjectFeedbackDto })
  comment(
    @CurrentUser() user: AuthUser,
    @IdParam() id: string,
    @Body() dto: CreateProjectFeedbackDto,
  ): Promise<ProjectFeedbackDto> {
    return this.feedback.post(user, id, dto);
  }
}
