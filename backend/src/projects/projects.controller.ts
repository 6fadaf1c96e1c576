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
  Query,
} from '@nestjs/common';
import {
  ApiCreatedResponse,
  ApiNoContentResponse,
  ApiOkResponse,
  ApiProduces,
  ApiTags,
} from '@nestjs/swagger';
import { IdParam } from '../common/id-param';
import { Authenticated, type AuthUser, CurrentUser, Roles } from '../identity';
import { MentorLinkDto, MentorLinkRequestDto } from './dto/mentor.dto';
import { CreateMilestoneDto, MilestoneDto, SetProjectGradeDto } from './dto/milestones.dto';
import {
  ProjectAssessmentDto,
  CohortProjectsOverviewDto,
  ProjectOverviewQueryDto,
  CreateProjectDto,
  ProjectDetailDto,
  ProjectEventDto,
  ProjectPageDto,
  ProjectQueryDto,
  ProjectSheetDto,
  ProjectSummaryDto,
  SetTeamDto,
  ProjectSheetQueryDto,
  ProjectTransitionDto,
  TutoredProjectsQueryDto,
  UpdateProjectDto,
} from './dto/projects.dto';
import { GradesService } from './grades.service';
import { MentorLinksService } from './mentor-links.service';
import { MilestonesService } from './milestones.service';
import { ProjectListsService } from './project-lists.service';
import { renderProjectSheet } from './project-sheet.html';
import { ProjectSheetsService } from './project-sheets.service';
import { ProjectTransitionsService } from './project-transitions.service';
import { ProjectsService } from './projects.service';

/**
 * Tutored projects. Everyone signed in reaches these routes; what each may see and do is
 * decided in the services (a project the viewer may not read is a 404).
 */
@ApiTags('projects')
@Authenticated()
@Controller('projects')
export class ProjectsController {
  constructor(
    private readonly projects: ProjectsService,
    private readonly lists: ProjectListsService,
    private readonly transitions: ProjectTransitionsService,
    private readonly milestones: MilestonesService,
    private readonly grades: GradesService,
    private readonly mentorLinks: MentorLinksService,
    private readonly sheets: ProjectSheetsService,
  ) {}

  /** Projects the viewer may read: admins all, instructors their cohorts’ and tutored ones, students their own. */
  @Get()
  @ApiOkResponse({ type: ProjectPageDto })
  list(@CurrentUser() user: AuthUser, @Query() query: ProjectQueryDto): Promise<ProjectPageDto> {
    return this.lists.list(user, query);
  }

  /** The projects whose team the viewer is in. */
  @Get('mine')
  @ApiOkResponse({ type: [ProjectSummaryDto] })
  mine(@CurrentUser() user: AuthUser): Promise<ProjectSummaryDto[]> {
    return this.lists.mine(user);
  }

  /** The viewer’s tutored projects, those waiting for them first. */
  @Get('tutored')
  @Roles('instructor', 'admin')
  @ApiOkResponse({ type: [ProjectSummaryDto] })
  tutored(
    @CurrentUser() user: AuthUser,
    @Query() query: TutoredProjectsQueryDto,
  ): Promise<ProjectSummaryDto[]> {
    return this.lists.tutored(user, query.includeClosed ?? false);
  }

  /** All projects of a cohort with their partners (admins, instructors of the cohort). */
  @Get('overview')
  @Roles('instructor', 'admin')
  @ApiOkResponse({ type: CohortProjectsOverviewDto })
  overview(
    @CurrentUser() user: AuthUser,
    @Query() query: ProjectOverviewQueryDto,
  ): Promise<CohortProjectsOverviewDto> {
    return this.lists.overview(user, query.cohortId);
  }

  /** A student proposes (and is in the team); staff may create a project for a team. */
  @Post()
  @ApiCreatedResponse({ type: ProjectDetailDto })
  create(@CurrentUser() user: AuthUser, @Body() dto: CreateProjectDto): Promise<ProjectDetailDto> {
    return this.projects.create(user, dto);
  }

  @Get(':id')
  @ApiOkResponse({ type: ProjectDetailDto })
  get(@CurrentUser() user: AuthUser, @IdParam() id: string): Promise<ProjectDetailDto> {
    return this.projects.get(user, id);
  }

  /** The team while proposed or sent back; the tutor and admins until the project is closed. */
  @Patch(':id')
  @ApiOkResponse({ type: ProjectDetailDto })
  update(
    @CurrentUser() user: AuthUser,
    @IdParam() id: string,
    @Body() dto: UpdateProjectDto,
  ): Promise<ProjectDetailDto> {
    return this.projects.update(user, id, dto);
  }

  @Put(':id/team')
  @ApiOkResponse({ type: ProjectDetailDto })
  setTeam(
    @CurrentUser() user: AuthUser,
    @IdParam() id: string,
    @Body() dto: SetTeamDto,
  ): Promise<ProjectDetailDto> {
    return this.projects.setTeam(user, id, dto);
  }

  /** Moves the state (409 `project.illegal_transition` for a move the state machine forbids). */
  @Post(':id/transitions')
  @HttpCode(200)
  @ApiOkResponse({ type: ProjectDetailDto })
  transition(
    @CurrentUser() user: AuthUser,
    @IdParam() id: string,
    @Body() dto: ProjectTransitionDto,
  ): Promise<ProjectDetailDto> {
    return this.transitions.move(user, id, dto);
  }

  @Get(':id/events')
  @ApiOkResponse({ type: [ProjectEventDto] })
  events(@CurrentUser() user: AuthUser, @IdParam() id: string): Promise<ProjectEventDto[]> {
    return this.projects.events(user, id);
  }

  @Get(':id/summary')
  @ApiOkResponse({ type: ProjectSheetDto })
  summary(@CurrentUser() user: AuthUser, @IdParam() id: string): Promise<ProjectSheetDto> {
    return this.sheets.forViewer(user, id);
  }

  /** The one-page summary as a printable HTML page. */
  @Get(':id/summary.html')
  @Header('content-type', 'text/html; charset=utf-8')
  @ApiProduces('text/html')
  @ApiOkResponse({ description: 'printable HTML', schema: { type: 'string' } })
  async summaryHtml(
    @CurrentUser() user: AuthUser,
    @IdParam() id: string,
    @Query() query: ProjectSheetQueryDto,
  ): Promise<string> {
    return renderProjectSheet(await this.sheets.forViewer(user, id), query.lang);
  }

  @Post(':id/milestones')
  @Roles('instructor', 'admin')
  @ApiCreatedResponse({ type: MilestoneDto })
  addMilestone(
    @CurrentUser() user: AuthUser,
    @IdParam() id: string,
    @Body() dto: CreateMilestoneDto,
  ): Promise<MilestoneDto> {
    return this.milestones.add(user, id, dto);
  }

  /** The tutor’s proposed grade. */
  @Put(':id/grades/tutor')
  @Roles('instructor', 'admin')
  @ApiOkResponse({ type: ProjectAssessmentDto })
  tutorGrade(
    @CurrentUser() user: AuthUser,
    @IdParam() id: string,
    @Body() dto: SetProjectGradeDto,
  ): Promise<ProjectAssessmentDto> {
    return this.grades.setByStaff(user, id, 'tutor', dto);
  }

  /** The jury’s grade, entered by the tutor or an admin after the defence. */
  @Put(':id/grades/jury')
  @Roles('instructor', 'admin')
  @ApiOkResponse({ type: ProjectAssessmentDto })
  juryGrade(
    @CurrentUser() user: AuthUser,
    @IdParam() id: string,
    @Body() dto: SetProjectGradeDto,
  ): Promise<ProjectAssessmentDto> {
    return this.grades.setByStaff(user, id, 'jury', dto);
  }

  /** A new signed link for the partner’s mentor; the previous one stops working. */
  @Post(':id/mentor-link')
  @Roles('instructor', 'admin')
  @ApiCreatedResponse({ type: MentorLinkDto })
  issueMentorLink(
    @CurrentUser() user: AuthUser,
    @IdParam() id: string,
    @Body() dto: MentorLinkRequestDto,
  ): Promise<MentorLinkDto> {
    return this.mentorLinks.issue(user, id, dto);
  }

  @Delete(':id/mentor-link')
  @Roles('instructor', 'admin')
  @HttpCode(204)
  @ApiNoContentResponse()
  revokeMentorLink(@CurrentUser() user: AuthUser, @IdParam() id: string): Promise<void> {
    return this.mentorLinks.revoke(user, id);
  }
}
