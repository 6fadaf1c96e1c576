import { Body, Controller, Delete, Get, HttpCode, Patch, Post, Query } from '@nestjs/common';
import { CompiledResponse } from '../common/compiled-response';
import { IdParam } from '../common/id-param';
import { ApiCreatedResponse, ApiNoContentResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { Roles } from './auth.decorators';
import {
  CreatedUserDto,
  CreateUserDto,
  PasswordLinkDto,
  UpdateUserDto,
  UserPageDto,
  UserQueryDto,
  UserSummaryDto,
} from './dto/users.dto';
import { UsersService } from './users.service';

@ApiTags('users')
@Roles('admin')
@Controller('users')
export class UsersController {
  constructor(private readonly users: UsersService) {}

  @Get()
  @ApiOkResponse({ type: UserPageDto })
  @CompiledResponse()
  list(@Query() query: UserQueryDto): Promise<UserPageDto> {
    return this.users.list(query);
  }

  @Post()
  @ApiCreatedResponse({ type: CreatedUserDto })
  create(@Body() dto: CreateUserDto): Promise<CreatedUserDto> {
    return this.users.create(dto);
  }

  @Get(':id')
  @ApiOkResponse({ type: UserSummaryDto })
  get(@IdParam() id: string): Promise<UserSummaryDto> {
    return this.users.get(id);
  }

  @Patch(':id')
  @ApiOkResponse({ type: UserSummaryDto })
  update(@IdParam() id: string, @Body() dto: UpdateUserDto): Promise<UserSummaryDto> {
    return this.users.update(id, dto);
  }

  @Post(':id/password-link')
  @ApiCreatedResponse({ type: PasswordLinkDto })
  passwordLink(@IdParam() id: string): Promise<PasswordLinkDto> {
    return this.users.newPasswordLink(id);
  }

  @Delete(':id/sessions')
  @HttpCode(204)
  @ApiNoContentResponse()
  revokeSessions(@IdParam() id: string): Promise<void> {
    return this.users.revokeSessions(id);
  }
}
