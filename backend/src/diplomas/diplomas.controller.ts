import {
  Body,
  Controller,
  Get,
  Header,
  HttpCode,
  Ip,
  Param,
  Patch,
  Post,
  Query,
  StreamableFile,
} from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiConflictResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiProduces,
  ApiTags,
  ApiTooManyRequestsResponse,
} from '@nestjs/swagger';
import { IdParam } from '../common/id-param';
import { LanguageQueryDto } from '../common/input-query';
import { pdfDownload } from '../common/pdf/pdf';
import { ProblemDto } from '../common/problem.dto';
import { type AuthUser, CurrentUser, Public, Roles } from '../identity';
import { DiplomaIssuingService } from './diploma-issuing.service';
import { DiplomaPdfService } from './diploma-pdf.service';
import { DiplomasService } from './diplomas.service';
import {
  CohortDiplomasDto,
  DiplomaDisplayDto,
  DiplomaDto,
  IssueAllResultDto,
  IssueDiplomaDto,
  IssuedDiplomaDto,
  MyDiplomaDto,
  MyDiplomasDto,
  RevokeDiplomaDto,
  VerificationDto,
  VerifyQueryDto,
} from './dto/diplomas.dto';
import { VerificationService } from './verification.service';

@ApiTags('diplomas')
@Controller()
export class DiplomasController {
  constructor(
    private readonly diplomas: DiplomasService,
    private readonly issuing: DiplomaIssuingService,
    private readonly pdfs: DiplomaPdfService,
    private readonly verification: VerificationService,
  ) {}

  @Get('cohorts/:cohortId/diplomas')
  @Roles('admin')
  @ApiOperation({
    summary: 'Each enrolled student: the jury’s decision in force, issuable, diploma',
  })
  @ApiOkResponse({ type: CohortDiplomasDto })
  cohort(@IdParam('cohortId') cohortId: string): Promise<CohortDiplomasDto> {
    return this.diplomas.cohort(cohortId);
  }

  @Post('cohorts/:cohortId/diplomas')
  @Roles('admin')
  @HttpCode(200)
  @ApiOperation({
    summary: 'Issue one student’s diploma (idempotent: a repeat answers the same diploma)',
  })
  @ApiOkResponse({ type: IssuedDiplomaDto })
  @ApiConflictResponse({
    type: ProblemDto,
    description: '`diploma.not_awarded`, `diploma.jury_unsigned`, `enrolment.not_active`',
  })
  issue(
    @CurrentUser() user: AuthUser,
    @IdParam('cohortId') cohortId: string,
    @Body() dto: IssueDiplomaDto,
  ): Promise<IssuedDiplomaDto> {
    return this.issuing.issue(user, cohortId, dto.studentId);
  }

  @Post('cohorts/:cohortId/diplomas/issue-all')
  @Roles('admin')
  @HttpCode(200)
  @ApiOperation({ summary: 'Issue every awarded student’s diploma, one transaction each' })
  @ApiOkResponse({ type: IssueAllResultDto })
  issueAll(
    @CurrentUser() user: AuthUser,
    @IdParam('cohortId') cohortId: string,
  ): Promise<IssueAllResultDto> {
    return this.issuing.issueAll(user, cohortId);
  }

  @Get('diplomas/mine')
  @Roles('student')
  @ApiOperation({ summary: 'My diplomas, with the verification link, its QR code, LinkedIn' })
  @ApiOkResponse({ type: MyDiplomasDto })
  mine(@CurrentUser() user: AuthUser): Promise<MyDiplomasDto> {
    return this.diplomas.mine(user);
  }

  @Get('diplomas/:id')
  @Roles('admin', 'student')
  @ApiOperation({ summary: 'A diploma (its holder or an admin)' })
  @ApiOkResponse({ type: DiplomaDto })
  @ApiNotFoundResponse({ type: ProblemDto })
  get(@CurrentUser() user: AuthUser, @IdParam() id: string): Promise<DiplomaDto> {
    return this.diplomas.get(user, id);
  }

  @Patch('diplomas/:id/display')
  @Roles('student')
  @ApiOperation({ summary: 'What the public verification page shows (grade, honours)' })
  @ApiOkResponse({ type: MyDiplomaDto })
  display(
    @CurrentUser() user: AuthUser,
    @IdParam() id: string,
    @Body() dto: DiplomaDisplayDto,
  ): Promise<MyDiplomaDto> {
    return this.diplomas.display(user, id, dto);
  }

  @Post('diplomas/:id/revoke')
  @Roles('admin')
  @HttpCode(200)
  @ApiOperation({ summary: 'Revoke a diploma, with a reason (final)' })
  @ApiOkResponse({ type: DiplomaDto })
  @ApiBadRequestResponse({ type: ProblemDto })
  @ApiConflictResponse({ type: ProblemDto, description: '`diploma.already_revoked`' })
  revoke(
    @CurrentUser() user: AuthUser,
    @IdParam() id: string,
    @Body() dto: RevokeDiplomaDto,
  ): Promise<DiplomaDto> {
    return this.diplomas.revoke(user, id, dto);
  }

  @Get('diplomas/:id/diploma.pdf')
  @Roles('admin', 'student')
  @Header('cache-control', 'private, no-store')
  @ApiOperation({ summary: 'The diploma as a PDF (A4 landscape), in the holder’s language' })
  @ApiProduces('application/pdf')
  @ApiOkResponse({ description: 'the PDF', schema: { type: 'string', format: 'binary' } })
  async pdf(
    @CurrentUser() user: AuthUser,
    @IdParam() id: string,
    @Query() query: LanguageQueryDto,
  ): Promise<StreamableFile> {
    return pdfDownload(await this.pdfs.pdf(user, id, query.lang));
  }

  @Get('diplomas/:id/credential.jwt')
  @Roles('admin', 'student')
  @Header('cache-control', 'private, no-store')
  @ApiOperation({ summary: 'The Open Badges 3.0 credential, as a VC-JWT' })
  @ApiProduces('application/vc+jwt')
  @ApiOkResponse({ description: 'the compact JWS', schema: { type: 'string' } })
  async credential(@CurrentUser() user: AuthUser, @IdParam() id: string): Promise<StreamableFile> {
    const { fileName, body } = await this.diplomas.jwt(user, id);
    return new StreamableFile(Buffer.from(body, 'utf8'), {
      type: 'application/vc+jwt',
      disposition: `attachment; filename="${fileName}"`,
    });
  }

  @Get('verify/:number')
  @Public()
  @ApiTags('public')
  @ApiOperation({
    summary: 'Verify a diploma: valid, revoked (its date) or unknown (also for a wrong code)',
  })
  @ApiOkResponse({ type: VerificationDto })
  @ApiBadRequestResponse({ type: ProblemDto })
  @ApiTooManyRequestsResponse({ type: ProblemDto, description: '`diploma.verify_throttled`' })
  verify(
    @Ip() ip: string,
    @Param('number') number: string,
    @Query() query: VerifyQueryDto,
  ): Promise<VerificationDto> {
    return this.verification.verify(ip, number, query.c, query.lang ?? 'en');
  }
}
