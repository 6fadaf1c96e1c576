import { Body, Controller, Get, Header, HttpCode, Post, Query, Res } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiProduces, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { BodyLimit } from '../common/body-limit';
import { IdParam } from '../common/id-param';
import { type AuthUser, CurrentUser, Roles } from '../identity';
import { ImportCsvDto, ImportPreviewDto, ImportResultDto } from './dto/enrolment-import.dto';
import {
  CreatedEnrolmentDto,
  CreateEnrolmentDto,
  EnrolmentPageDto,
  EnrolmentQueryDto,
} from './dto/enrolments.dto';
import { RosterQueryDto } from './dto/roster.dto';
import { EnrolmentImportService } from './enrolment-import.service';
import { EnrolmentsService } from './enrolments.service';

const IMPORT_BODY_LIMIT = 12 * 1024 * 1024;

/** A cohort's roster: admins enrol (one by one or by CSV); its instructors read it. */
@ApiTags('enrolments')
@Roles('admin')
@Controller('cohorts/:id')
export class CohortEnrolmentsController {
  constructor(
    private readonly enrolments: EnrolmentsService,
    private readonly imports: EnrolmentImportService,
  ) {}

  @Get('enrolments')
  @Roles('admin', 'instructor')
  @ApiOkResponse({ type: EnrolmentPageDto })
  list(
    @CurrentUser() user: AuthUser,
    @IdParam() id: string,
    @Query() query: EnrolmentQueryDto,
  ): Promise<EnrolmentPageDto> {
    return this.enrolments.list(user, id, query);
  }

  @Post('enrolments')
  @ApiCreatedResponse({ type: CreatedEnrolmentDto })
  create(@IdParam() id: string, @Body() dto: CreateEnrolmentDto): Promise<CreatedEnrolmentDto> {
    return this.enrolments.create(id, dto);
  }

  /** Every row of the file with its errors and what the import would do; writes nothing. */
  @Post('enrolments/import/preview')
  @HttpCode(200)
  @BodyLimit(IMPORT_BODY_LIMIT)
  @ApiOkResponse({ type: ImportPreviewDto })
  preview(@IdParam() id: string, @Body() dto: ImportCsvDto): Promise<ImportPreviewDto> {
    return this.imports.preview(id, dto.csv);
  }

  /** Writes every valid row in one transaction; rows with errors are left out and reported. */
  @Post('enrolments/import')
  @HttpCode(200)
  @BodyLimit(IMPORT_BODY_LIMIT)
  @ApiOkResponse({ type: ImportResultDto })
  import(@IdParam() id: string, @Body() dto: ImportCsvDto): Promise<ImportResultDto> {
    return this.imports.import(id, dto.csv);
  }

  @Get('roster.csv')
  @Roles('admin', 'instructor')
  @Header('cache-control', 'no-store')
  @ApiProduces('text/csv')
  @ApiOkResponse({
    description: 'the roster as CSV (UTF-8 with BOM, `;`)',
    schema: { type: 'string' },
  })
  async roster(
    @CurrentUser() user: AuthUser,
    @IdParam() id: string,
    @Query() query: RosterQueryDto,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<string> {
    const { filename, body } = await this.enrolments.rosterCsv(
      user,
      id,
      query.lang ?? user.preferredLanguage,
    );
    void reply
      .header('content-type', 'text/csv; charset=utf-8')
      .header('content-disposition', `attachment; filename="${filename}"`);
    return body;
  }
}
