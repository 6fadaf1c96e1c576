import { Body, Controller, Delete, Get, HttpCode, Patch, Post, Query } from '@nestjs/common';
import { ApiCreatedResponse, ApiNoContentResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { IdParam } from '../common/id-param';
import { Roles } from '../identity/auth.decorators';
import {
  CreateSpeakerDto,
  SpeakerDetailDto,
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
  list(@Query() query: SpeakerQueryDto): Promise<SpeakerPageDto> {
    return this.speakers.list(query);
  }

  @Post()
  @ApiCreatedResponse({ type: SpeakerDetailDto })
  create(@Body() dto: CreateSpeakerDto): Promise<SpeakerDetailDto> {
    return this.speakers.create(dto);
  }

  @Get(':id')
  @ApiOkResponse({ type: SpeakerDetailDto, description: 'with the history of their talks' })
  get(@IdParam() id: string): Promise<SpeakerDetailDto> {
    return this.speakers.get(id);
  }

  @Patch(':id')
  @ApiOkResponse({ type: SpeakerDetailDto })
  update(@IdParam() id: string, @Body() dto: UpdateSpeakerDto): Promise<SpeakerDetailDto> {
    return this.speakers.update(id, dto);
  }

  @Delete(':id')
  @HttpCode(204)
  @ApiNoContentResponse()
  remove(@IdParam() id: string): Promise<void> {
    return this.speakers.remove(id);
  }
}
