import { ApiProperty } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsString, IsUrl, MaxLength, MinLength } from 'class-validator';
import { trim } from '../../common/transforms';

/** An instant with its offset, e.g. `2026-09-04T09:00:00+02:00` or `…Z`: never a floating time. */
export const INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,6})?)?(Z|[+-]\d{2}:\d{2})$/;
export const INSTANT_MESSAGE =
  '$property must be an ISO 8601 date-time with an offset, e.g. 2026-09-04T09:00:00+02:00';

/** http(s) only: a link shown to students or speakers must not run script. */
export const WEB_URL = { protocols: ['http', 'https'], require_protocol: true, require_tld: false };

export class MaterialLinkDto {
  @ApiProperty({ example: 'Slides' })
  @Transform(trim)
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  label: string;

  @ApiProperty({ example: 'https://example.org/slides.pdf' })
  @Transform(trim)
  @IsUrl(WEB_URL)
  @MaxLength(2000)
  url: string;
}

export class RefDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() name: string;
}

export class PersonRefDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() displayName: string;
}
