import { Body, Controller, Delete, Get, HttpCode, Patch, Post, Query } from '@nestjs/common';
import {
  ApiConflictResponse,
  ApiCreatedResponse,
  ApiNoContentResponse,
  ApiOkResponse,
  ApiTags,
} from '@nestjs/swagger';
import { IdParam } from '../common/id-param';
import { type AuthUser, CurrentUser, Roles } from '../identity';
import {
  CreateSpeakerDto,
  SpeakerDetailDto,
  SpeakerDuplicateProblemDto,
  SpeakerPageDto,
  SpeakerQueryDto,
  UpdateSpeakerDto,
} from './dto/speakers.dto';
import { SpeakersService } from './speakers.service';

@ApiTags('speakers')
@Roles('admin', 'instructor')
@Controller('speakers')
export class SpeakersController {
  constructor(private readonly speakers: SpeakersService) {}

  @Get()
  @ApiOkResponse({ type: SpeakerPageDto })
  list(@CurrentUser() user: AuthUser, @Query() query: SpeakerQueryDto): Promise<SpeakerPageDto> {
    return this.speakers.list(user, query);
  }

  @Post()
  @ApiCreatedResponse({ type: SpeakerDetailDto })
  @ApiConflictResponse({
    type: SpeakerDuplicateProblemDto,
    description: 'a speaker with that e-mail, or (without `confirmDistinct`) that name, exists',
  })
  create(@CurrentUser() user: AuthUser, @Body() dto: CreateSpeakerDto): Promise<SpeakerDetailDto> {
    return this.speakers.create(user, dto);
  }

  @Get(':id')
  @ApiOkResponse({ type: SpeakerDetailDto, description: 'with the history of their talks' })
  get(@CurrentUser() user: AuthUser, @IdParam() id: string): Promise<SpeakerDetailDto> {
    return this.speakers.get(user, id);
  }

  @Patch(':id')
  @ApiOkResponse({ type: SpeakerDetailDto })
  update(
    @CurrentUser() user: AuthUser,
    @IdParam() id: string,
    @Body() dto: UpdateSpeakerDto,
  ): Promise<SpeakerDetailDto> {
    return this.speakers.update(user, id, dto);
  }

  @Delete(':id')
  @HttpCode(204)
  @ApiNoContentResponse()
  remove(@CurrentUser() user: AuthUser, @IdParam() id: string): Promise<void> {
    return this.speakers.remove(user, id);
  }
}
