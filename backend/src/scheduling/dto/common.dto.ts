import { ApiProperty } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsString, IsUrl, MaxLength, MinLength } from 'class-validator';
import { trim } from '../../common/transforms';

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
