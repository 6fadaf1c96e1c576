import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  IsUUID,
  MaxLength,
  MinLength,
  ValidateIf,
  ValidateNested,
} from 'class-validator';
import { trimToNull } from '../../common/transforms';
import { PersonRefDto } from '../../scheduling';
import {
  ATTENDANCE_STATUSES,
  type AttendanceStatus,
  SIGNATURE_METHODS,
  type SignatureMethod,
} from '../attendance-record.entity';

const PARTS = [0, 1, 2];
/** A PNG data URL of at most 256 KiB of image (base64 adds a third). */
const MAX_DATA_URL = 360_000;

// ----- input -----

export class AttendanceEntryDto {
  @ApiProperty({ format: 'uuid' })
  @IsUUID()
  studentId: string;

  @ApiProperty({ enum: ATTENDANCE_STATUSES, nullable: true, description: 'null: not taken' })
  @ValidateIf((_, v) => v !== null)
  @IsIn(ATTENDANCE_STATUSES)
  status: AttendanceStatus | null;

  @ApiPropertyOptional({ type: String, nullable: true, description: 'required when excused' })
  @IsOptional()
  @Transform(trimToNull)
  @IsString()
  @MaxLength(500)
  excuseReason?: string | null;
}

export class TakeAttendanceDto {
  @ApiProperty({ enum: PARTS, description: '0: whole session; 1 morning, 2 afternoon' })
  @IsInt()
  @IsIn(PARTS)
  part: number;

  @ApiProperty({ type: [AttendanceEntryDto], description: 'one per student to set' })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(500)
  @ValidateNested({ each: true })
  @Type(() => AttendanceEntryDto)
  entries: AttendanceEntryDto[];
}

export class SignAttendanceDto {
  @ApiProperty({ format: 'uuid' })
  @IsUUID()
  sessionId: string;

  @ApiPropertyOptional({ description: 'the code of the QR shown in the room (in-room sessions)' })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  token?: string;

  @ApiProperty({ enum: PARTS })
  @IsInt()
  @IsIn(PARTS)
  part: number;

  @ApiProperty({ enum: SIGNATURE_METHODS })
  @IsIn(SIGNATURE_METHODS)
  method: SignatureMethod;

  @ApiPropertyOptional({ description: 'drawn: the signature as a PNG data URL' })
  @IsOptional()
  @IsString()
  @MaxLength(MAX_DATA_URL)
  signature?: string;
}

export class CertifyAttendanceDto {
  @ApiProperty({ enum: PARTS })
  @IsInt()
  @IsIn(PARTS)
  part: number;

  @ApiProperty({ description: 'the instructor’s drawn signature as a PNG data URL' })
  @IsString()
  @MinLength(1)
  @MaxLength(MAX_DATA_URL)
  signature: string;
}

// ----- output -----

export class CertificationDto {
  @ApiProperty({ type: PersonRefDto }) instructor: PersonRefDto;
  @ApiProperty({ format: 'date-time' }) signedAt: string;
}

export class AttendancePartDto {
  @ApiProperty({ enum: PARTS }) part: number;
  @ApiProperty({ format: 'date-time' }) startsAt: string;
  @ApiProperty({ format: 'date-time' }) endsAt: string;
  @ApiProperty({ format: 'date-time', description: 'signing opens' }) opensAt: string;
  @ApiProperty({ format: 'date-time', description: 'signing closes' }) closesAt: string;
  @ApiProperty({ description: 'signing is open now' }) open: boolean;
  @ApiProperty({ description: 'not cancelled and ended' }) held: boolean;
  @ApiProperty({ description: 'some status was recorded' }) taken: boolean;
  @ApiProperty({ type: [CertificationDto] }) certifications: CertificationDto[];
}

export class AttendanceSessionDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() title: string;
  @ApiProperty({ format: 'date-time' }) startsAt: string;
  @ApiProperty({ format: 'date-time' }) endsAt: string;
  @ApiProperty() cancelled: boolean;
  @ApiProperty({ description: 'online only: students sign from the app, no QR code' })
  online: boolean;
  @ApiProperty({ type: String, nullable: true }) roomName: string | null;
  @ApiProperty({ format: 'uuid' }) cohortId: string;
  @ApiProperty() cohortName: string;
  @ApiProperty() programmeTitle: string;
  @ApiProperty({ type: String, nullable: true }) moduleTitle: string | null;
  @ApiProperty({ description: 'IANA zone of the programme' }) timeZone: string;
}

export class AttendanceMarkDto {
  @ApiProperty({ enum: PARTS }) part: number;
  @ApiProperty({ enum: ATTENDANCE_STATUSES, nullable: true }) status: AttendanceStatus | null;
  @ApiProperty({ type: String, nullable: true }) excuseReason: string | null;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) signedAt: string | null;
  @ApiProperty({ enum: SIGNATURE_METHODS, nullable: true })
  signatureMethod: SignatureMethod | null;
}

export class RosterStudentDto {
  @ApiProperty({ type: PersonRefDto }) student: PersonRefDto;
  @ApiProperty({ type: [AttendanceMarkDto], description: 'one per part of the session' })
  marks: AttendanceMarkDto[];
}

export class AttendanceRosterDto {
  @ApiProperty({ type: AttendanceSessionDto }) session: AttendanceSessionDto;
  @ApiProperty({ type: [AttendancePartDto] }) parts: AttendancePartDto[];
  @ApiProperty({ type: Number, nullable: true, description: 'the part whose signing is open' })
  currentPart: number | null;
  @ApiProperty({ type: [RosterStudentDto], description: 'active students, by name' })
  students: RosterStudentDto[];
  @ApiProperty({ format: 'date-time', description: 'the server’s clock' }) now: string;
}

export class AttendanceQrDto {
  @ApiProperty({ enum: PARTS }) part: number;
  @ApiProperty() token: string;
  @ApiProperty({ description: 'PUBLIC_URL/sign/<sessionId>?t=<token>' }) url: string;
  @ApiProperty({ format: 'date-time', description: 'the next code replaces it then' })
  expiresAt: string;
  @ApiProperty({ description: 'the QR code of the url, as a PNG data URL' }) qrDataUrl: string;
}

export class MyAttendanceDto {
  @ApiProperty({ type: AttendanceSessionDto }) session: AttendanceSessionDto;
  @ApiProperty({ type: [AttendancePartDto] }) parts: AttendancePartDto[];
  @ApiProperty({ type: Number, nullable: true }) currentPart: number | null;
  @ApiProperty({ description: 'the QR code is needed to sign (in-room session)' })
  tokenRequired: boolean;
  @ApiProperty({ type: [AttendanceMarkDto] }) marks: AttendanceMarkDto[];
}

export class AttendanceRateDto {
  @ApiProperty({ description: 'minutes attended (present, late; excused when neutral)' })
  attendedMinutes: number;
  @ApiProperty({ description: 'minutes counted' }) countedMinutes: number;
  @ApiProperty({ type: Number, nullable: true, description: 'percent, 1 decimal; null: none' })
  rate: number | null;
}

export class ModuleAttendanceDto extends AttendanceRateDto {
  @ApiProperty({ type: String, format: 'uuid', nullable: true }) moduleId: string | null;
  @ApiProperty({ type: String, nullable: true }) moduleTitle: string | null;
  @ApiProperty() present: number;
  @ApiProperty() late: number;
  @ApiProperty() excused: number;
  @ApiProperty() absent: number;
}

export class StudentAttendanceLineDto {
  @ApiProperty({ format: 'uuid' }) sessionId: string;
  @ApiProperty({ enum: PARTS }) part: number;
  @ApiProperty() title: string;
  @ApiProperty({ type: String, nullable: true }) moduleTitle: string | null;
  @ApiProperty({ format: 'date-time' }) startsAt: string;
  @ApiProperty({ format: 'date-time' }) endsAt: string;
  @ApiProperty({ enum: ATTENDANCE_STATUSES }) status: AttendanceStatus;
  @ApiProperty({ type: String, nullable: true }) excuseReason: string | null;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) signedAt: string | null;
}

export class StudentAttendanceDto {
  @ApiProperty({ type: PersonRefDto }) student: PersonRefDto;
  @ApiProperty({ format: 'uuid' }) cohortId: string;
  @ApiProperty() timeZone: string;
  @ApiProperty({ description: 'excused counts as absent (the programme’s attendance rule)' })
  excusedCountAsAbsent: boolean;
  @ApiProperty({ type: Number, nullable: true, description: 'the rule’s minimum, in %' })
  minimumPercent: number | null;
  @ApiProperty({ type: AttendanceRateDto }) overall: AttendanceRateDto;
  @ApiProperty({ type: [ModuleAttendanceDto] }) modules: ModuleAttendanceDto[];
  @ApiProperty({ type: [StudentAttendanceLineDto], description: 'held, taken parts, newest first' })
  lines: StudentAttendanceLineDto[];
}
