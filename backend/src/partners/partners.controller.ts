import { Body, Controller, Delete, Get, HttpCode, Patch, Post, Query } from '@nestjs/common';
import { ApiCreatedResponse, ApiNoContentResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { IdParam } from '../common/id-param';
import { Roles } from '../identity';
import {
  CreatePartnerContactDto,
  CreatePartnerDto,
  PartnerContactDto,
  PartnerDto,
  PartnerPageDto,
  PartnerQueryDto,
  UpdatePartnerContactDto,
  UpdatePartnerDto,
} from './dto/partners.dto';
import { PartnersService } from './partners.service';

/** Partner organisations: admins manage them, instructors read them (projects, tutoring). */
@ApiTags('partners')
@Roles('admin')
@Controller('partners')
export class PartnersController {
  constructor(private readonly partners: PartnersService) {}

  @Get()
  @Roles('admin', 'instructor')
  @ApiOkResponse({ type: PartnerPageDto })
  list(@Query() query: PartnerQueryDto): Promise<PartnerPageDto> {
    return this.partners.list(query);
  }

  @Post()
  @ApiCreatedResponse({ type: PartnerDto })
  create(@Body() dto: CreatePartnerDto): Promise<PartnerDto> {
    return this.partners.create(dto);
  }

  @Get(':id')
  @Roles('admin', 'instructor')
  @ApiOkResponse({ type: PartnerDto })
  get(@IdParam() id: string): Promise<PartnerDto> {
    return this.partners.get(id);
  }

  @Patch(':id')
  @ApiOkResponse({ type: PartnerDto })
  update(@IdParam() id: string, @Body() dto: UpdatePartnerDto): Promise<PartnerDto> {
    return this.partners.update(id, dto);
  }

  /** Only a partner nobody refers to; otherwise 409 `partner.in_use`. */
  @Delete(':id')
  @HttpCode(204)
  @ApiNoContentResponse()
  remove(@IdParam() id: string): Promise<void> {
    return this.partners.remove(id);
  }

  @Post(':id/contacts')
  @ApiCreatedResponse({ type: PartnerContactDto })
  addContact(
    @IdParam() id: string,
    @Body() dto: CreatePartnerContactDto,
  ): Promise<PartnerContactDto> {
    return this.partners.addContact(id, dto);
  }

  @Patch(':id/contacts/:contactId')
  @ApiOkResponse({ type: PartnerContactDto })
  updateContact(
    @IdParam() id: string,
    @IdParam('contactId') contactId: string,
    @Body() dto: UpdatePartnerContactDto,
  ): Promise<PartnerContactDto> {
    return this.partners.updateContact(id, contactId, dto);
  }

  @Delete(':id/contacts/:contactId')
  @HttpCode(204)
  @ApiNoContentResponse()
  removeContact(@IdParam() id: string, @IdParam('contactId') contactId: string): Promise<void> {
    return this.partners.removeContact(id, contactId);
  }
}
