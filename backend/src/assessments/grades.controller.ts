import { Body, Controller, Delete, Get, HttpCode, Post, Put, Query, Res } from '@nestjs/common';
import {
  ApiNoContentResponse,
  ApiOkResponse,
  ApiOperation,
  ApiProduces,
  ApiTags,
} from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { BodyLimit } from '../common/body-limit';
import { CompiledResponse } from '../common/compiled-response';
import { IdParam } from '../common/id-param';
import { Authenticated, type AuthUser, CurrentUser, Roles } from '../identity';
import {
  GradebookExportQueryDto,
  GradeImportDto,
  GradeImportPreviewDto,
  GradeImportResultDto,
} from './dto/grade-transfer.dto';
import {
  ClearGradeQueryDto,
  GradeAuditPageDto,
  GradeAuditQueryDto,
  GradebookDto,
  GradebookQueryDto,
  GradeCellDto,
  SessionSynthesisGradesDto,
  SetGradeDto,
  StudentGradesDto,
} from './dto/grades.dto';
import { GradeTransferService } from './grade-transfer.service';
import { GradesService } from './grades.service';

const IMPORT_BODY_LIMIT = 6 * 1024 * 1024;

/** The gradebook and its cells; a student's grades; the audit log. */
@ApiTags('grades')
@Roles('admin', 'instructor')
@Controller()
export class GradesController {
  constructor(
    private readonly grades: GradesService,
    private readonly transfer: GradeTransferService,
  ) {}

  @Get('cohorts/:cohortId/gradebook')
  @ApiOperation({ summary: 'Students × assessments of a cohort, every cell with its version' })
  @ApiOkResponse({ type: GradebookDto })
  @CompiledResponse()
  gradebook(
    @CurrentUser() user: AuthUser,
    @IdParam('cohortId') cohortId: string,
    @Query() query: GradebookQueryDto,
  ): Promise<GradebookDto> {
    return this.grades.gradebook(user, cohortId, query.moduleId);
  }

  @Put('assessments/:id/grades/:studentId')
  @ApiOperation({ summary: 'Set a cell (409 grade.stale when expectedVersion is not current)' })
  @ApiOkResponse({ type: GradeCellDto })
  set(
    @CurrentUser() user: AuthUser,
    @IdParam() id: string,
    @IdParam('studentId') studentId: string,
    @Body() dto: SetGradeDto,
  ): Promise<GradeCellDto> {
    return this.grades.set(user, id, studentId, dto);
  }

  @Delete('assessments/:id/grades/:studentId')
  @HttpCode(204)
  @ApiOperation({ summary: 'Clear a cell (409 grade.stale when expectedVersion is not current)' })
  @ApiNoContentResponse()
  async clear(
    @CurrentUser() user: AuthUser,
    @IdParam() id: string,
    @IdParam('studentId') studentId: string,
    @Query() query: ClearGradeQueryDto,
  ): Promise<void> {
    await this.grades.clear(user, id, studentId, query);
  }

  @Get('sessions/:sessionId/synthesis-grades')
  @ApiOperation({ summary: 'The synthesis assessment of a talk, if any, with its grades' })
  @ApiOkResponse({ type: SessionSynthesisGradesDto })
  synthesisGrades(
    @CurrentUser() user: AuthUser,
    @IdParam('sessionId') sessionId: string,
  ): Promise<SessionSynthesisGradesDto> {
    return this.grades.forSessionSynthesis(user, sessionId);
  }

  @Get('cohorts/:cohortId/students/:studentId/grades')
  @Authenticated()
  @ApiOperation({ summary: 'A student’s grades: staff all, the student the released ones' })
  @ApiOkResponse({ type: StudentGradesDto })
  forStudent(
    @CurrentUser() user: AuthUser,
    @IdParam('cohortId') cohortId: string,
    @IdParam('studentId') studentId: string,
  ): Promise<StudentGradesDto> {
    return this.grades.forStudent(user, cohortId, studentId);
  }

  @Get('cohorts/:cohortId/students/:studentId/grade-audit')
  @Roles('admin')
  @ApiOperation({ summary: 'Every change of a student’s grades in the cohort (administrators)' })
  @ApiOkResponse({ type: GradeAuditPageDto })
  audit(
    @CurrentUser() user: AuthUser,
    @IdParam('cohortId') cohortId: string,
    @IdParam('studentId') studentId: string,
    @Query() query: GradeAuditQueryDto,
  ): Promise<GradeAuditPageDto> {
    return this.grades.audit(user, cohortId, studentId, query);
  }

  @Get('cohorts/:cohortId/gradebook.csv')
  @ApiProduces('text/csv')
  @ApiOkResponse({
    description: 'the gradebook as CSV (csv: `,` UTF-8; excel: `;`, BOM, decimal comma in French)',
    schema: { type: 'string' },
  })
  async exportCsv(
    @CurrentUser() user: AuthUser,
    @IdParam('cohortId') cohortId: string,
    @Query() query: GradebookExportQueryDto,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<string> {
    const { filename, body } = await this.transfer.exportCsv(user, cohortId, {
      format: query.format ?? 'csv',
      language: query.lang ?? user.preferredLanguage,
      moduleId: query.moduleId,
    });
    void reply
      .header('content-type', 'text/csv; charset=utf-8')
      .header('cache-control', 'no-store')
      .header('content-disposition', `attachment; filename="${filename}"`);
    return body;
  }

  @Post('cohorts/:cohortId/gradebook/import/preview')
  @HttpCode(200)
  @BodyLimit(IMPORT_BODY_LIMIT)
  @ApiOperation({ summary: 'What an import would change, row by row, with errors; writes nothing' })
  @ApiOkResponse({ type: GradeImportPreviewDto })
  preview(
    @CurrentUser() user: AuthUser,
    @IdParam('cohortId') cohortId: string,
    @Body() dto: GradeImportDto,
  ): Promise<GradeImportPreviewDto> {
    return this.transfer.preview(user, cohortId, dto.csv);
  }

  @Post('cohorts/:cohortId/gradebook/import')
  @HttpCode(200)
  @BodyLimit(IMPORT_BODY_LIMIT)
  @ApiOperation({ summary: 'Writes every change, or nothing when a row has an error (400)' })
  @ApiOkResponse({ type: GradeImportResultDto })
  import(
    @CurrentUser() user: AuthUser,
    @IdParam('cohortId') cohortId: string,
    @Body() dto: GradeImportDto,
  ): Promise<GradeImportResultDto> {
    return this.transfer.import(user, cohortId, dto.csv);
  }
}
