import { Body, Controller, Delete, Get, HttpCode, Patch, Post, Query } from '@nestjs/common';
import { ApiCreatedResponse, ApiNoContentResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { IdParam } from '../common/id-param';
import { type AuthUser, CurrentUser, Roles } from '../identity';
import { CreateRoomDto, RoomDto, RoomPageDto, RoomQueryDto, UpdateRoomDto } from './dto/rooms.dto';
import { RoomsService } from './rooms.service';

@ApiTags('rooms')
@Roles('admin', 'instructor')
@Controller('rooms')
export class RoomsController {
  constructor(private readonly rooms: RoomsService) {}

  @Get()
  @ApiOkResponse({ type: RoomPageDto })
  list(@Query() query: RoomQueryDto): Promise<RoomPageDto> {
    return this.rooms.list(query);
  }

  @Post()
  @ApiCreatedResponse({ type: RoomDto })
  create(@Body() dto: CreateRoomDto): Promise<RoomDto> {
    return this.rooms.create(dto);
  }

  @Get(':id')
  @ApiOkResponse({ type: RoomDto })
  get(@IdParam() id: string): Promise<RoomDto> {
    return this.rooms.get(id);
  }

  @Patch(':id')
  @ApiOkResponse({ type: RoomDto })
  update(
    @CurrentUser() user: AuthUser,
    @IdParam() id: string,
    @Body() dto: UpdateRoomDto,
  ): Promise<RoomDto> {
    return this.rooms.update(user, id, dto);
  }

  @Delete(':id')
  @HttpCode(204)
  @ApiNoContentResponse()
  remove(@CurrentUser() user: AuthUser, @IdParam() id: string): Promise<void> {
    return this.rooms.remove(user, id);
  }
}
