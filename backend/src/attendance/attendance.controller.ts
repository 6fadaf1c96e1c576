import {
  Body,
  Controller,
  Get,
  Header,
  HttpCode,
  HttpStatus,
  Param,
  ParseIntPipe,
  Post,
  Put,
  Query,
  StreamableFile,
} from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiConflictResponse,
  ApiNoContentResponse,
  ApiOkResponse,
  ApiOperation,
  ApiProduces,
  ApiTags,
} from '@nestjs/swagger';
import { IdParam } from '../common/id-param';
import { LanguageQueryDto } from '../common/input-query';
import { pdfDownload } from '../common/pdf/pdf';
import { ProblemDto } from '../common/problem.dto';
import { ProblemException } from '../common/problem';
import { Authenticated, type AuthUser, CurrentUser, Roles } from '../identity';
import { AttendanceSheetsService } from './attendance-sheets.service';
import {
  AttendanceMarkDto,
  AttendanceQrDto,
  AttendanceRosterDto,
  CertifyAttendanceDto,
  MyAttendanceDto,
  SignAttendanceDto,
  StudentAttendanceDto,
  TakeAttendanceDto,
} from './dto/attendance.dto';
import { RosterService } from './roster.service';
import { SigningService } from './signing.service';
import { StudentAttendanceService } from './student-attendance.service';

/** A session part in a path: 0, 1 or 2; anything else names nothing (404). */
const PartParam = () =>
  Param(
    'part',
    new ParseIntPipe({
      exceptionFactory: () =>
        new ProblemException(HttpStatus.NOT_FOUND, 'not_found', 'No such part.'),
    }),
  );

const PDF = {
  description: 'the PDF, as an attachment',
  schema: { type: 'string', format: 'binary' },
};

@ApiTags('attendance')
@Controller()
export class AttendanceController {
  constructor(
    private readonly roster: RosterService,
    private readonly signing: SigningService,
    private readonly sheets: AttendanceSheetsService,
    private readonly students: StudentAttendanceService,
  ) {}

  @Get('sessions/:id/attendance')
  @Roles('admin', 'instructor')
  @ApiOperation({ summary: 'The roster: each active student’s status and signature per part' })
  @ApiOkResponse({ type: AttendanceRosterDto })
  get(@CurrentUser() user: AuthUser, @IdParam() id: string): Promise<AttendanceRosterDto> {
    return this.roster.roster(user, id);
  }

  @Put('sessions/:id/attendance')
  @Roles('admin', 'instructor')
  @ApiOperation({ summary: 'Set the status of many students for one part (excused: a reason)' })
  @ApiOkResponse({ type: AttendanceRosterDto })
  @ApiBadRequestResponse({ type: ProblemDto })
  @ApiConflictResponse({ type: ProblemDto })
  take(
    @CurrentUser() user: AuthUser,
    @IdParam() id: string,
    @Body() dto: TakeAttendanceDto,
  ): Promise<AttendanceRosterDto> {
    return this.roster.take(user, id, dto);
  }

  @Get('sessions/:id/attendance/qr')
  @Roles('admin', 'instructor')
  @Header('cache-control', 'no-store')
  @ApiOperation({ summary: 'The signing code of the part open now; it changes every 30 s' })
  @ApiOkResponse({ type: AttendanceQrDto })
  @ApiConflictResponse({ type: ProblemDto, description: '`attendance.window_closed`' })
  qr(@CurrentUser() user: AuthUser, @IdParam() id: string): Promise<AttendanceQrDto> {
    return this.signing.qr(user, id);
  }

  @Post('sessions/:id/attendance/certify')
  @Roles('admin', 'instructor')
  @HttpCode(204)
  @ApiOperation({ summary: 'Certify the sheet of a part with a drawn signature' })
  @ApiNoContentResponse()
  @ApiConflictResponse({ type: ProblemDto, description: '`attendance.already_certified`' })
  certify(
    @CurrentUser() user: AuthUser,
    @IdParam() id: string,
    @Body() dto: CertifyAttendanceDto,
  ): Promise<void> {
    return this.signing.certify(user, id, dto);
  }

  @Get('sessions/:id/attendance/parts/:part/sheet.pdf')
  @Roles('admin', 'instructor')
  @Header('cache-control', 'private, no-store')
  @ApiOperation({ summary: 'The signed sheet (feuille d’émargement) of a part, as a PDF' })
  @ApiProduces('application/pdf')
  @ApiOkResponse(PDF)
  async sheet(
    @CurrentUser() user: AuthUser,
    @IdParam() id: string,
    @PartParam() part: number,
    @Query() query: LanguageQueryDto,
  ): Promise<StreamableFile> {
    return pdfDownload(
      await this.sheets.sheet(user, id, part, query.lang ?? user.preferredLanguage),
    );
  }

  @Get('sessions/:id/attendance/mine')
  @Roles('student')
  @ApiOperation({ summary: 'My signing at a session: its parts, windows and my marks' })
  @ApiOkResponse({ type: MyAttendanceDto })
  mine(@CurrentUser() user: AuthUser, @IdParam() id: string): Promise<MyAttendanceDto> {
    return this.signing.mine(user, id);
  }

  @Post('attendance/sign')
  @Roles('student')
  @HttpCode(200)
  @ApiOperation({ summary: 'Sign in for a part of a session (QR code in the room, or online)' })
  @ApiOkResponse({ type: AttendanceMarkDto })
  @ApiBadRequestResponse({ type: ProblemDto, description: '`attendance.token_invalid`' })
  @ApiConflictResponse({
    type: ProblemDto,
    description: '`attendance.already_signed`, `attendance.window_closed`',
  })
  sign(@CurrentUser() user: AuthUser, @Body() dto: SignAttendanceDto): Promise<AttendanceMarkDto> {
    return this.signing.sign(user, dto);
  }

  @Get('cohorts/:cohortId/students/:studentId/attendance')
  @Authenticated()
  @ApiOperation({ summary: 'A student’s attendance: rates per module and overall, each part' })
  @ApiOkResponse({ type: StudentAttendanceDto })
  summary(
    @CurrentUser() user: AuthUser,
    @IdParam('cohortId') cohortId: string,
    @IdParam('studentId') studentId: string,
  ): Promise<StudentAttendanceDto> {
    return this.students.summary(user, cohortId, studentId);
  }

  @Get('cohorts/:cohortId/students/:studentId/attendance/:file')
  @Authenticated()
  @Header('cache-control', 'private, no-store')
  @ApiOperation({ summary: 'A month’s attendance statement: …/attendance/<YYYY-MM>.pdf' })
  @ApiProduces('application/pdf')
  @ApiOkResponse(PDF)
  async month(
    @CurrentUser() user: AuthUser,
    @IdParam('cohortId') cohortId: string,
    @IdParam('studentId') studentId: string,
    @Param('file') file: string,
    @Query() query: LanguageQueryDto,
  ): Promise<StreamableFile> {
    return pdfDownload(
      await this.students.month(
        user,
        cohortId,
        studentId,
        file,
        query.lang ?? user.preferredLanguage,
      ),
    );
  }
}
