import { Controller, Get, HttpStatus } from '@nestjs/common';
import { ApiOkResponse, ApiProperty, ApiTags } from '@nestjs/swagger';
import { DatabaseOutage, RETRY_AFTER_SECONDS } from '../common/database-outage';
import { ProblemException } from '../common/problem';
import { Public } from '../identity';

class HealthDto {
  @ApiProperty({ example: 'ok' }) status: 'ok';
}

@ApiTags('health')
@Public()
@Controller('health')
export class HealthController {
  constructor(private readonly outage: DatabaseOutage) {}

  /** The process answers. */
  @Get('live')
  @ApiOkResponse({ type: HealthDto })
  live(): HealthDto {
    return { status: 'ok' };
  }

  /** The process can serve: the database answers (a load balancer takes it out on 503). */
  @Get('ready')
  @ApiOkResponse({ type: HealthDto })
  async ready(): Promise<HealthDto> {
    if (!(await this.outage.check())) {
      throw new ProblemException(
        HttpStatus.SERVICE_UNAVAILABLE,
        'unavailable',
        'The database does not answer.',
        {},
        { 'retry-after': String(RETRY_AFTER_SECONDS) },
      );
    }
    return { status: 'ok' };
  }
}
