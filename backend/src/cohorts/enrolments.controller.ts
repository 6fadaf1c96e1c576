import { Body, Controller, HttpCode, Patch, Post } from '@nestjs/common';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { IdParam } from '../common/id-param';
import { Roles } from '../identity';
import { EnrolmentDto, UpdateEnrolmentDto, WithdrawEnrolmentDto } from './dto/enrolments.dto';
import { EnrolmentsService } from './enrolments.service';

/** One enrolment: change the employer, withdraw the student (kept in history). */
@ApiTags('enrolments')
@Roles('admin')
@Controller('enrolments')
export class EnrolmentsController {
  constructor(private readonly enrolments: EnrolmentsService) {}

  @Patch(':id')
  @ApiOkResponse({ type: EnrolmentDto })
  update(@IdParam() id: string, @Body() dto: UpdateEnrolmentDto): Promise<EnrolmentDto> {
    return this.enrolments.update(id, dto);
  }

  @Post(':id/withdraw')
  @HttpCode(200)
  @ApiOkResponse({ type: EnrolmentDto })
  withdraw(@IdParam() id: string, @Body() dto: WithdrawEnrolmentDto): Promise<EnrolmentDto> {
    return this.enrolments.withdraw(id, dto);
  }
}
