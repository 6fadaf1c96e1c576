import {
  Body,
  Controller,
  Delete,
  Get,
  Header,
  HttpCode,
  Patch,
  Post,
  Query,
} from '@nestjs/common';
import {
  ApiConflictResponse,
  ApiCreatedResponse,
  ApiNoContentResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
} from '@nestjs/swagger';
import { Revalidated } from '../common/etag';
import { CompiledResponse } from '../common/compiled-response';
import { IdParam } from '../common/id-param';
import { Authenticated, type AuthUser, CurrentUser, Roles } from '../identity';
import {
  SeriesChangedDto,
  SeriesCreatedDto,
  SessionConflictProblemDto,
  SessionDto,
  SessionListDto,
} from './dto/session-response.dto';
import {
  CancelSeriesDto,
  CancelSessionDto,
  CreateSeriesDto,
  CreateSessionDto,
  CreateSlotDto,
  SessionQueryDto,
  UpdateSeriesDto,
  UpdateSessionDto,
} from './dto/sessions.dto';
import { SeriesService } from './series.service';
import { SeriesEditsService } from './series-edits.service';
import { SessionReadsService } from './session-reads.service';
import { SessionsService } from './sessions.service';
import { SlotsService } from './slots.service';

const CONFLICT = {
  type: SessionConflictProblemDto,
  description: 'problem+json `session.conflict`: each clash (room, cohort, instructor, speaker)',
};

@ApiTags('sessions')
@Roles('admin', 'instructor')
@Controller('sessions')
export class SessionsController {
  constructor(
    private readonly sessions: SessionsService,
    private readonly series: SeriesService,
    private readonly seriesEdits: SeriesEditsService,
    private readonly reads: SessionReadsService,
    private readonly slots: SlotsService,
  ) {}

  @Get()
  @Authenticated()
  @ApiOperation({ summary: 'Sessions in a date range the caller may see (calendar, agenda)' })
  @ApiOkResponse({ type: SessionListDto })
  @CompiledResponse()
  // The calendar page asks again at every view: the browser keeps its copy (this user's, so
  // private) and revalidates it with the ETag, and an unchanged week is a bodiless 304.
  @Revalidated()
  @Header('cache-control', 'private, no-cache')
  list(@CurrentUser() user: AuthUser, @Query() query: SessionQueryDto): Promise<SessionListDto> {
    return this.reads.list(user, query);
  }

  @Post()
  @ApiCreatedResponse({ type: SessionDto })
  @ApiConflictResponse(CONFLICT)
  create(@CurrentUser() user: AuthUser, @Body() dto: CreateSessionDto): Promise<SessionDto> {
    return this.sessions.create(user, dto);
  }

  @Post('series')
  @ApiOperation({ summary: 'Create a series of sessions, all or nothing' })
  @ApiCreatedResponse({ type: SeriesCreatedDto })
  @ApiConflictResponse({
    type: SessionConflictProblemDto,
    description: '`session.series_conflict`: every clash, per occurrence',
  })
  createSeries(
    @CurrentUser() user: AuthUser,
    @Body() dto: CreateSeriesDto,
  ): Promise<SeriesCreatedDto> {
    return this.series.create(user, dto);
  }

  @Get(':id')
  @Authenticated()
  @ApiOperation({ summary: 'One session, with its speakers’ bios and abstracts (talk page)' })
  @ApiOkResponse({ type: SessionDto })
  get(@CurrentUser() user: AuthUser, @IdParam() id: string): Promise<SessionDto> {
    return this.reads.getDto(user, id);
  }

  @Patch(':id')
  @ApiOkResponse({ type: SessionDto })
  @ApiConflictResponse(CONFLICT)
  update(
    @CurrentUser() user: AuthUser,
    @IdParam() id: string,
    @Body() dto: UpdateSessionDto,
  ): Promise<SessionDto> {
    return this.sessions.update(user, id, dto);
  }

  @Post(':id/slots')
  @ApiOperation({
    summary: 'Add a slot (guest talk, workshop, exam, break) within a course day',
    description:
      "The slot lies within the day (409 `session.outside_day`), overlaps none of the day's other slots " +
      "(409 `session.conflict`, clash `slot`), takes the day's room unless it names another, and books its " +
      'instructors (and, once invited, speakers) only for its own times.',
  })
  @ApiCreatedResponse({ type: SessionDto })
  @ApiConflictResponse(CONFLICT)
  addSlot(
    @CurrentUser() user: AuthUser,
    @IdParam() id: string,
    @Body() dto: CreateSlotDto,
  ): Promise<SessionDto> {
    return this.slots.create(user, id, dto);
  }

  @Patch(':id/series')
  @ApiOperation({
    summary: 'Change this session and the following ones, or the whole series, all or nothing',
  })
  @ApiOkResponse({ type: SeriesChangedDto })
  @ApiConflictResponse({
    type: SessionConflictProblemDto,
    description:
      '`session.series_conflict`: every clash, per date; `session.not_in_series`; `session.series_empty`',
  })
  updateSeries(
    @CurrentUser() user: AuthUser,
    @IdParam() id: string,
    @Body() dto: UpdateSeriesDto,
  ): Promise<SeriesChangedDto> {
    return this.seriesEdits.update(user, id, dto);
  }

  @Post(':id/series/cancel')
  @HttpCode(200)
  @ApiOperation({ summary: 'Cancel this session and the following ones, or the whole series' })
  @ApiOkResponse({ type: SeriesChangedDto })
  cancelSeries(
    @CurrentUser() user: AuthUser,
    @IdParam() id: string,
    @Body() dto: CancelSeriesDto,
  ): Promise<SeriesChangedDto> {
    return this.seriesEdits.cancel(user, id, dto);
  }

  @Post(':id/cancel')
  @HttpCode(200)
  @ApiOkResponse({ type: SessionDto })
  cancel(
    @CurrentUser() user: AuthUser,
    @IdParam() id: string,
    @Body() dto: CancelSessionDto,
  ): Promise<SessionDto> {
    return this.sessions.cancel(user, id, dto);
  }

  @Post(':id/restore')
  @HttpCode(200)
  @ApiOkResponse({ type: SessionDto })
  @ApiConflictResponse(CONFLICT)
  restore(@CurrentUser() user: AuthUser, @IdParam() id: string): Promise<SessionDto> {
    return this.sessions.restore(user, id);
  }

  @Delete(':id')
  @HttpCode(204)
  @ApiNoContentResponse()
  remove(@CurrentUser() user: AuthUser, @IdParam() id: string): Promise<void> {
    return this.sessions.remove(user, id);
  }
}
