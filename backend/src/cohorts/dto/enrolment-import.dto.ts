import { ApiProperty } from '@nestjs/swagger';
import { IsString, MaxLength, MinLength } from 'class-validator';
import { LANGUAGES, type Language } from '../../common/role';

export const IMPORT_MAX_CHARS = 10_000_000;

export class ImportCsvDto {
  @ApiProperty({
    description:
      "the CSV text: header email, given name, family name, language (fr|en, default fr), employer (optional; a partner organisation's name) — French names (e-mail, prénom, nom, langue, employeur) work too; `;` or `,`",
    example: 'email;prénom;nom;langue;employeur\r\nlea.muller@example.ch;Léa;Müller;fr;\r\n',
  })
  @IsString()
  @MinLength(1)
  @MaxLength(IMPORT_MAX_CHARS)
  csv: string;
}

export class ImportIssueDto {
  @ApiProperty({ description: 'email, givenName, familyName, language, employer or row' })
  field: string;
  @ApiProperty({
    description:
      'required, invalid, tooLong, duplicateInFile, malformed, alreadyEnrolled (row skipped), notStudent, unknownEmployer',
  })
  code: string;
  @ApiProperty() message: string;
}

export const IMPORT_ACTIONS = ['create', 'enrol', 'skip', 'error'] as const;
export type ImportAction = (typeof IMPORT_ACTIONS)[number];

export class ImportRowDto {
  @ApiProperty({ description: 'line in the file; the header is line 1' }) line: number;
  @ApiProperty() email: string;
  @ApiProperty() givenName: string;
  @ApiProperty() familyName: string;
  @ApiProperty({ enum: LANGUAGES }) preferredLanguage: Language;
  @ApiProperty({ type: String, nullable: true }) employer: string | null;
  @ApiProperty({
    enum: IMPORT_ACTIONS,
    description:
      'create: new student account, enrolled; enrol: existing student enrolled; skip: already enrolled; error: not imported',
  })
  action: ImportAction;
  @ApiProperty({ type: [ImportIssueDto] }) errors: ImportIssueDto[];
}

export class ImportCountsDto {
  @ApiProperty() total: number;
  @ApiProperty() create: number;
  @ApiProperty() enrol: number;
  @ApiProperty() skip: number;
  @ApiProperty() error: number;
}

export class ImportPreviewDto {
  @ApiProperty({ enum: [';', ','] }) separator: string;
  @ApiProperty({
    type: 'object',
    additionalProperties: { type: 'string' },
    description: 'recognised field → header as written',
    example: { email: 'E-mail', givenName: 'Prénom' },
  })
  columns: Record<string, string>;
  @ApiProperty({ type: [String] }) ignoredColumns: string[];
  @ApiProperty({ type: ImportCountsDto }) counts: ImportCountsDto;
  @ApiProperty({ type: [ImportRowDto], description: 'every row, in file order' })
  rows: ImportRowDto[];
}

export class NewStudentLinkDto {
  @ApiProperty() email: string;
  @ApiProperty() displayName: string;
  @ApiProperty({
    description: 'one-time link to set a password, mailed to the student (a fallback to hand over)',
  })
  setPasswordUrl: string;
}

/** Each row counts once: created + enrolled + skipped + errors = rows in the file. */
export class ImportResultDto {
  @ApiProperty({ description: 'new student accounts created and enrolled' }) created: number;
  @ApiProperty({ description: 'existing students enrolled' }) enrolled: number;
  @ApiProperty({ description: 'rows already enrolled in the cohort' }) skipped: number;
  @ApiProperty({ description: 'rows not imported because of errors' }) errors: number;
  @ApiProperty({ type: [ImportRowDto], description: 'the rows with errors' })
  errorRows: ImportRowDto[];
  @ApiProperty({ description: 'invitation mails queued, one per new student (see /admin/mail)' })
  mailed: number;
  @ApiProperty({ type: [NewStudentLinkDto] }) links: NewStudentLinkDto[];
}
