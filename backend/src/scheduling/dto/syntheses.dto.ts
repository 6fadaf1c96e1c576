import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsBoolean, IsOptional, IsString, MaxLength, ValidateIf } from 'class-validator';
import { trimToNull } from '../../common/transforms';
import { PersonRefDto } from './common.dto';

export class SaveSynthesisDto {
  @ApiProperty({ description: 'HTML from the editor; sanitised on input (allow-list)' })
  @IsString()
  @MaxLength(200_000)
  bodyHtml: string;

  @ApiPropertyOptional({ default: false, description: 'true hands it in; then it is read-only' })
  @IsOptional()
  @IsBoolean()
  submit?: boolean;
}

export class SynthesisFeedbackDto {
  @ApiProperty({ type: String, nullable: true, description: 'required; null (or empty) clears it' })
  @Transform(trimToNull)
  @ValidateIf((_dto: SynthesisFeedbackDto, value: unknown) => value !== null)
  @IsString()
  @MaxLength(10_000)
  feedback: string | null;
}

export class SynthesisDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ format: 'uuid' }) sessionId: string;
  @ApiProperty({ type: PersonRefDto }) student: PersonRefDto;
  @ApiProperty({ description: 'sanitised HTML, safe to render' }) bodyHtml: string;
  @ApiProperty() wordCount: number;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) submittedAt: string | null;
  @ApiProperty({ type: String, nullable: true }) feedback: string | null;
  @ApiProperty({ type: PersonRefDto, nullable: true }) feedbackBy: PersonRefDto | null;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) feedbackAt: string | null;
  @ApiProperty({ format: 'date-time' }) createdAt: string;
  @ApiProperty({ format: 'date-time' }) updatedAt: string;
}

export class SessionSynthesesDto {
  @ApiProperty({ type: [SynthesisDto], description: 'handed in, by student name' })
  submitted: SynthesisDto[];
  @ApiProperty({
    type: [PersonRefDto],
    description: 'active students of the cohort who have not handed one in',
  })
  missing: PersonRefDto[];
}
