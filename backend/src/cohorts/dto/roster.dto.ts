import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional } from 'class-validator';
import { LANGUAGES, type Language } from '../../common/role';

export class RosterQueryDto {
  @ApiPropertyOptional({ enum: LANGUAGES, description: 'language of the headers; default: yours' })
  @IsOptional()
  @IsIn(LANGUAGES)
  lang?: Language;
}
