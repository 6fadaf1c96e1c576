import {
  Body,
  Controller,
  Delete,
  Get,
  HttpCode,
  Patch,
  Post,
  Put,
  Query,
  Res,
} from '@nestjs/common';
import {
  ApiCreatedResponse,
  ApiNoContentResponse,
  ApiOkResponse,
  ApiOperation,
  ApiProduces,
  ApiTags,
} from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { IdParam } from '../common/id-param';
import { Authenticated, type AuthUser, CurrentUser, Roles } from '../identity';
import {
  CreateVeilleCommentDto,
  CreateVeillePostDto,
  CreateVeilleTopicDto,
  UpdateVeillePostDto,
  UpdateVeilleSettingsDto,
  UpdateVeilleTopicDto,
  VeilleBookmarkSetDto,
  VeilleCohortDto,
  VeilleCohortRefDto,
  VeilleCommentDto,
  VeilleFeedQueryDto,
  VeilleHideDto,
  VeilleLivePreviewDto,
  VeilleParticipationDto,
  VeillePeriodQueryDto,
  VeillePinDto,
  VeillePostDetailDto,
  VeillePostDto,
  VeillePostPageDto,
  VeilleProfileDto,
  VeilleProfileInputDto,
  VeilleReactionDto,
  VeilleSettingsDto,
  VeilleTopicDto,
  VeilleUrlDto,
} from './dto/veille.dto';
import { VeilleCohortsService } from './veille-cohorts.service';
import { VeillePostsService } from './veille-posts.service';

@ApiTags('veille')
@Controller('veille')
export class VeilleController {
  constructor(
    private readonly posts: VeillePostsService,
    private readonly cohorts: VeilleCohortsService,
  ) {}

  @Get('cohorts')
  @Authenticated()
  @ApiOperation({ summary: 'The cohorts whose veille I read' })
  @ApiOkResponse({ type: [VeilleCohortRefDto] })
  myCohorts(@CurrentUser() user: AuthUser): Promise<VeilleCohortRefDto[]> {
    return this.cohorts.cohorts(user);
  }

  @Get('cohorts/:cohortId')
  @Authenticated()
  @ApiOperation({
    summary: "The cohort's veille: settings, topics, teams, students, what I may do",
  })
  @ApiOkResponse({ type: VeilleCohortDto })
  overview(
    @CurrentUser() user: AuthUser,
    @IdParam('cohortId') cohortId: string,
  ): Promise<VeilleCohortDto> {
    return this.cohorts.overview(user, cohortId);
  }

  @Get('cohorts/:cohortId/posts')
  @Authenticated()
  @ApiOperation({
    summary: 'The feed: pinned first, newest first; filters and French full-text search',
  })
  @ApiOkResponse({ type: VeillePostPageDto })
  feed(
    @CurrentUser() user: AuthUser,
    @IdParam('cohortId') cohortId: string,
    @Query() query: VeilleFeedQueryDto,
  ): Promise<VeillePostPageDto> {
    return this.posts.feed(user, cohortId, query);
  }

  @Post('cohorts/:cohortId/preview')
  @HttpCode(200)
  @Authenticated()
  @ApiOperation({
    summary: 'The post form’s live preview: the stored URL, a post that has it, the card',
  })
  @ApiOkResponse({ type: VeilleLivePreviewDto })
  livePreview(
    @CurrentUser() user: AuthUser,
    @IdParam('cohortId') cohortId: string,
    @Body() dto: VeilleUrlDto,
  ): Promise<VeilleLivePreviewDto> {
    return this.posts.livePreview(user, cohortId, dto.url);
  }

  @Post('cohorts/:cohortId/posts')
  @Authenticated()
  @ApiOperation({
    summary: 'Share a link (or, instructors, ask a question); 409 if the page is already shared',
  })
  @ApiCreatedResponse({ type: VeillePostDto })
  create(
    @CurrentUser() user: AuthUser,
    @IdParam('cohortId') cohortId: string,
    @Body() dto: CreateVeillePostDto,
  ): Promise<VeillePostDto> {
    return this.posts.create(user, cohortId, dto);
  }

  @Get('posts/:id')
  @Authenticated()
  @ApiOkResponse({ type: VeillePostDetailDto })
  get(@CurrentUser() user: AuthUser, @IdParam() id: string): Promise<VeillePostDetailDto> {
    return this.posts.get(user, id);
  }

  @Patch('posts/:id')
  @Authenticated()
  @ApiOkResponse({ type: VeillePostDto })
  update(
    @CurrentUser() user: AuthUser,
    @IdParam() id: string,
    @Body() dto: UpdateVeillePostDto,
  ): Promise<VeillePostDto> {
    return this.posts.update(user, id, dto);
  }

  @Delete('posts/:id')
  @HttpCode(204)
  @Authenticated()
  @ApiNoContentResponse()
  remove(@CurrentUser() user: AuthUser, @IdParam() id: string): Promise<void> {
    return this.posts.remove(user, id);
  }

  @Post('posts/:id/preview')
  @HttpCode(200)
  @Authenticated()
  @ApiOperation({ summary: 'Fetch the preview card again' })
  @ApiOkResponse({ type: VeillePostDto })
  refresh(@CurrentUser() user: AuthUser, @IdParam() id: string): Promise<VeillePostDto> {
    return this.posts.refreshPreview(user, id);
  }

  @Get('posts/:id/image')
  @Authenticated()
  @ApiProduces('image/png', 'image/jpeg', 'image/webp', 'image/gif')
  @ApiOkResponse({ description: "the page's image, stored with the preview" })
  async image(
    @CurrentUser() user: AuthUser,
    @IdParam() id: string,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<Buffer> {
    const image = await this.posts.image(user, id);
    void reply
      .header('content-type', image.type)
      .header('cache-control', 'private, max-age=3600')
      .header('x-content-type-options', 'nosniff');
    return image.bytes;
  }

  @Post('posts/:id/comments')
  @Authenticated()
  @ApiCreatedResponse({ type: VeilleCommentDto })
  comment(
    @CurrentUser() user: AuthUser,
    @IdParam() id: string,
    @Body() dto: CreateVeilleCommentDto,
  ): Promise<VeilleCommentDto> {
    return this.posts.comment(user, id, dto);
  }

  @Delete('comments/:id')
  @HttpCode(204)
  @Authenticated()
  @ApiNoContentResponse()
  deleteComment(@CurrentUser() user: AuthUser, @IdParam() id: string): Promise<void> {
    return this.posts.deleteComment(user, id);
  }

  @Put('posts/:id/reaction')
  @Authenticated()
  @ApiOkResponse({ type: VeillePostDto })
  react(
    @CurrentUser() user: AuthUser,
    @IdParam() id: string,
    @Body() dto: VeilleReactionDto,
  ): Promise<VeillePostDto> {
    return this.posts.react(user, id, dto.kind, dto.on);
  }

  @Put('posts/:id/bookmark')
  @Authenticated()
  @ApiOperation({ summary: 'My "to read" list: keep or remove, mark read' })
  @ApiOkResponse({ type: VeillePostDto })
  bookmark(
    @CurrentUser() user: AuthUser,
    @IdParam() id: string,
    @Body() dto: VeilleBookmarkSetDto,
  ): Promise<VeillePostDto> {
    return this.posts.bookmark(user, id, dto.on, dto.read);
  }

  @Put('posts/:id/pin')
  @Roles('admin', 'instructor')
  @ApiOkResponse({ type: VeillePostDto })
  pin(
    @CurrentUser() user: AuthUser,
    @IdParam() id: string,
    @Body() dto: VeillePinDto,
  ): Promise<VeillePostDto> {
    return this.posts.pin(user, id, dto.pinned);
  }

  @Put('posts/:id/hidden')
  @Roles('admin', 'instructor')
  @ApiOperation({ summary: 'Hide a post with a reason its author sees, or show it again' })
  @ApiOkResponse({ type: VeillePostDto })
  hide(
    @CurrentUser() user: AuthUser,
    @IdParam() id: string,
    @Body() dto: VeilleHideDto,
  ): Promise<VeillePostDto> {
    return this.posts.hide(user, id, dto);
  }

  @Patch('cohorts/:cohortId/settings')
  @Roles('admin', 'instructor')
  @ApiOkResponse({ type: VeilleSettingsDto })
  settings(
    @CurrentUser() user: AuthUser,
    @IdParam('cohortId') cohortId: string,
    @Body() dto: UpdateVeilleSettingsDto,
  ): Promise<VeilleSettingsDto> {
    return this.cohorts.updateSettings(user, cohortId, dto);
  }

  @Post('cohorts/:cohortId/topics')
  @Roles('admin', 'instructor')
  @ApiCreatedResponse({ type: VeilleTopicDto })
  createTopic(
    @CurrentUser() user: AuthUser,
    @IdParam('cohortId') cohortId: string,
    @Body() dto: CreateVeilleTopicDto,
  ): Promise<VeilleTopicDto> {
    return this.cohorts.createTopic(user, cohortId, dto);
  }

  @Patch('topics/:id')
  @Roles('admin', 'instructor')
  @ApiOkResponse({ type: VeilleTopicDto })
  updateTopic(
    @CurrentUser() user: AuthUser,
    @IdParam() id: string,
    @Body() dto: UpdateVeilleTopicDto,
  ): Promise<VeilleTopicDto> {
    return this.cohorts.updateTopic(user, id, dto);
  }

  @Delete('topics/:id')
  @HttpCode(204)
  @Roles('admin', 'instructor')
  @ApiNoContentResponse()
  deleteTopic(@CurrentUser() user: AuthUser, @IdParam() id: string): Promise<void> {
    return this.cohorts.deleteTopic(user, id);
  }

  @Get('cohorts/:cohortId/participation')
  @Roles('admin', 'instructor')
  @ApiOperation({ summary: 'Per student and period: posts, comments, reactions, topics covered' })
  @ApiOkResponse({ type: VeilleParticipationDto })
  participation(
    @CurrentUser() user: AuthUser,
    @IdParam('cohortId') cohortId: string,
    @Query() query: VeillePeriodQueryDto,
  ): Promise<VeilleParticipationDto> {
    return this.cohorts.participation(user, cohortId, query.from, query.to);
  }

  @Get('cohorts/:cohortId/participation.csv')
  @Roles('admin', 'instructor')
  @ApiProduces('text/csv')
  @ApiOkResponse({
    description: 'the participation counts as CSV (UTF-8 with BOM, `;`)',
    schema: { type: 'string' },
  })
  async participationCsv(
    @CurrentUser() user: AuthUser,
    @IdParam('cohortId') cohortId: string,
    @Query() query: VeillePeriodQueryDto,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<string> {
    const data = await this.cohorts.participation(user, cohortId, query.from, query.to);
    void reply
      .header('content-type', 'text/csv; charset=utf-8')
      .header('cache-control', 'no-store')
      .header('content-disposition', `attachment; filename="veille-${query.from}-${query.to}.csv"`);
    return this.cohorts.participationCsv(data, query.lang ?? user.preferredLanguage);
  }

  @Get('profile')
  @Authenticated()
  @ApiOkResponse({ type: VeilleProfileDto })
  profile(@CurrentUser() user: AuthUser): Promise<VeilleProfileDto> {
    return this.cohorts.profile(user);
  }

  @Put('profile')
  @Authenticated()
  @ApiOperation({ summary: 'The name shown under my posts on public pages (null: the default)' })
  @ApiOkResponse({ type: VeilleProfileDto })
  setProfile(
    @CurrentUser() user: AuthUser,
    @Body() dto: VeilleProfileInputDto,
  ): Promise<VeilleProfileDto> {
    return this.cohorts.setProfile(user, dto.publicName);
  }
}
