import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, IsString, IsUUID, MaxLength, MinLength } from 'class-validator';
import { LANGUAGES, type Language } from '../../common/role';
import { ATTEMPTS, type Attempt } from '../assessment-kinds';

export const GRADE_CSV_MAX_CHARS = 5_000_000;
export const CSV_FORMATS = ['csv', 'excel'] as const;
export type CsvFormat = (typeof CSV_FORMATS)[number];

export class GradebookExportQueryDto {
  @ApiPropertyOptional({
    enum: CSV_FORMATS,
    default: 'csv',
    description: 'csv: `,`, UTF-8, decimal point; excel: `;`, BOM, decimal comma in French',
  })
  @IsOptional()
  @IsIn(CSV_FORMATS)
  format?: CsvFormat;

  @ApiPropertyOptional({ enum: LANGUAGES, description: 'headers; default the user’s language' })
  @IsOptional()
  @IsIn(LANGUAGES)
  lang?: Language;

  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsUUID()
  moduleId?: string;
}

export class GradeImportDto {
  @ApiProperty({
    description:
      'CSV as exported: a column email (or e-mail, courriel), one column per assessment named by its title (“<title> (resit)” / “(rattrapage)” for the second attempt); `;` or `,`; `4,5` or `4.5`; an empty cell changes nothing',
    example: 'email;Examen écrit\r\nlea.muller@example.ch;4,5\r\n',
  })
  @IsString()
  @MinLength(1)
  @MaxLength(GRADE_CSV_MAX_CHARS)
  csv: string;
}

export class GradeImportIssueDto {
  @ApiProperty({ description: 'email, row, or the column (assessment title) of the cell' })
  field: string;
  @ApiProperty({
    description:
      'required, unknownStudent, duplicateInFile, notANumber, offScale, computed, unknownColumn, ambiguousColumn, malformed',
  })
  code: string;
  @ApiProperty() message: string;
}

export class GradeImportChangeDto {
  @ApiProperty({ format: 'uuid' }) assessmentId: string;
  @ApiProperty({ enum: ATTEMPTS }) attempt: Attempt;
  @ApiProperty({ type: Number, nullable: true }) previous: number | null;
  @ApiProperty() score: number;
}

export class GradeImportRowDto {
  @ApiProperty({ description: 'line in the file; the header is line 1' }) line: number;
  @ApiProperty() email: string;
  @ApiProperty({ type: String, format: 'uuid', nullable: true }) studentId: string | null;
  @ApiProperty({ type: String, nullable: true }) displayName: string | null;
  @ApiProperty({ type: [GradeImportChangeDto], description: 'cells that change' })
  changes: GradeImportChangeDto[];
  @ApiProperty({ type: [GradeImportIssueDto] }) errors: GradeImportIssueDto[];
}

export class GradeImportColumnDto {
  @ApiProperty() header: string;
  @ApiProperty({ type: String, format: 'uuid', nullable: true }) assessmentId: string | null;
  @ApiProperty({ enum: ATTEMPTS }) attempt: Attempt;
}

export class GradeImportPreviewDto {
  @ApiProperty({ enum: [';', ','] }) separator: string;
  @ApiProperty({ type: [GradeImportColumnDto] }) columns: GradeImportColumnDto[];
  @ApiProperty({ type: [GradeImportIssueDto], description: 'problems of the header' })
  headerErrors: GradeImportIssueDto[];
  @ApiProperty({ type: [GradeImportRowDto] }) rows: GradeImportRowDto[];
  @ApiProperty({ description: 'cells that would change' }) changeCount: number;
  @ApiProperty({ description: 'rows with errors' }) errorCount: number;
}

export class GradeImportResultDto {
  @ApiProperty({ description: 'cells written' }) changed: number;
}
