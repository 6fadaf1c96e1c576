import {
  Body,
  Controller,
  Get,
  Header,
  HttpCode,
  HttpStatus,
  Post,
  Put,
  Query,
  StreamableFile,
} from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiConflictResponse,
  ApiCreatedResponse,
  ApiOkResponse,
  ApiOperation,
  ApiProduces,
  ApiTags,
} from '@nestjs/swagger';
import { IdParam } from '../common/id-param';
import { pdfDownload } from '../common/pdf/pdf';
import { ProblemDto } from '../common/problem.dto';
import { type AuthUser, CurrentUser, Roles } from '../identity';
import {
  AwardEligibleDto,
  AwardEligibleResultDto,
  CreateJuryDto,
  HonoursDto,
  JuryBoardDto,
  JuryDecisionDto,
  JuryListDto,
  JuryListQueryDto,
  MinutesQueryDto,
  RecordDecisionDto,
  SetHonoursDto,
  SignJuryDto,
} from './dto/juries.dto';
import { HonoursService } from './honours.service';
import { JuriesService } from './juries.service';
import { JuryDecisionsService } from './jury-decisions.service';
import { MinutesService } from './minutes.service';

/**
 * Jury deliberation: admins hold the jury (create, decide, sign); the instructors who teach
 * the cohort may read its juries' boards and minutes.
 */
@ApiTags('juries')
@Roles('admin', 'instructor')
@Controller()
export class JuriesController {
  constructor(
    private readonly juries: JuriesService,
    private readonly decisions: JuryDecisionsService,
    private readonly minutes: MinutesService,
    private readonly honours: HonoursService,
  ) {}

  @Get('juries')
  @ApiOkResponse({ type: JuryListDto })
  list(@CurrentUser() user: AuthUser, @Query() query: JuryListQueryDto): Promise<JuryListDto> {
    return this.juries.list(user, query.cohortId);
  }

  @Post('juries')
  @Roles('admin')
  @ApiCreatedResponse({ type: JuryBoardDto })
  @ApiConflictResponse({ type: ProblemDto, description: 'jury.open_exists' })
  create(@CurrentUser() user: AuthUser, @Body() dto: CreateJuryDto): Promise<JuryBoardDto> {
    return this.juries.create(user, dto);
  }

  @Get('juries/:id')
  @ApiOkResponse({ type: JuryBoardDto })
  board(@CurrentUser() user: AuthUser, @IdParam() id: string): Promise<JuryBoardDto> {
    return this.juries.board(user, id);
  }

  @Post('juries/:id/decisions')
  @Roles('admin')
  @ApiOperation({
    summary: 'Records a decision (a new row; after the sign-off a correction with its reason)',
  })
  @ApiCreatedResponse({ type: JuryDecisionDto })
  @ApiBadRequestResponse({ type: ProblemDto })
  @ApiConflictResponse({ type: ProblemDto, description: 'jury.locked, jury.decision_stale' })
  decide(
    @CurrentUser() user: AuthUser,
    @IdParam() id: string,
    @Body() dto: RecordDecisionDto,
  ): Promise<JuryDecisionDto> {
    return this.decisions.record(user, id, dto);
  }

  @Post('juries/:id/award-eligible')
  @Roles('admin')
  @HttpCode(HttpStatus.OK)
  @ApiOperation({ summary: 'Awards every student who meets every rule and has no decision yet' })
  @ApiOkResponse({ type: AwardEligibleResultDto })
  awardEligible(
    @CurrentUser() user: AuthUser,
    @IdParam() id: string,
    @Body() dto: AwardEligibleDto,
  ): Promise<AwardEligibleResultDto> {
    return this.decisions.awardEligible(user, id, dto.withHonours ?? true);
  }

  @Post('juries/:id/sign')
  @Roles('admin')
  @HttpCode(HttpStatus.OK)
  @ApiOperation({ summary: 'The president signs the minutes: the decisions are locked' })
  @ApiOkResponse({ type: JuryBoardDto })
  @ApiConflictResponse({
    type: ProblemDto,
    description: 'jury.already_signed, jury.decisions_missing',
  })
  sign(
    @CurrentUser() user: AuthUser,
    @IdParam() id: string,
    @Body() dto: SignJuryDto,
  ): Promise<JuryBoardDto> {
    return this.juries.sign(user, id, dto);
  }

  @Get('juries/:id/minutes.pdf')
  @Header('cache-control', 'private, no-store')
  @ApiProduces('application/pdf')
  @ApiOkResponse({
    description: 'the minutes as PDF',
    schema: { type: 'string', format: 'binary' },
  })
  async minutesPdf(
    @CurrentUser() user: AuthUser,
    @IdParam() id: string,
    @Query() query: MinutesQueryDto,
  ): Promise<StreamableFile> {
    return pdfDownload(await this.minutes.render(user, id, query.lang));
  }

  @Get('programmes/:programmeId/honours')
  @ApiOkResponse({ type: HonoursDto })
  getHonours(
    @CurrentUser() user: AuthUser,
    @IdParam('programmeId') programmeId: string,
  ): Promise<HonoursDto> {
    return this.honours.get(user, programmeId);
  }

  @Put('programmes/:programmeId/honours')
  @Roles('admin')
  @ApiOkResponse({ type: HonoursDto })
  setHonours(
    @CurrentUser() user: AuthUser,
    @IdParam('programmeId') programmeId: string,
    @Body() dto: SetHonoursDto,
  ): Promise<HonoursDto> {
    return this.honours.set(user, programmeId, dto);
  }
}
