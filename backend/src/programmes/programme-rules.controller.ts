import {
  Body,
  Controller,
  Delete,
  Get,
  HttpCode,
  HttpStatus,
  Param,
  ParseEnumPipe,
  Patch,
  Post,
  Put,
} from '@nestjs/common';
import {
  ApiCreatedResponse,
  ApiNoContentResponse,
  ApiOkResponse,
  ApiParam,
  ApiTags,
} from '@nestjs/swagger';
import { IdParam } from '../common/id-param';
import { ProblemException } from '../common/problem';
import { Authenticated, type AuthUser, CurrentUser, Roles } from '../identity';
import { DIPLOMA_PRESETS, type DiplomaPreset } from './diploma-rules';
import { DiplomaRulesService } from './diploma-rules.service';
import { DiplomaRuleDto, ReplaceDiplomaRulesDto } from './dto/diploma-rules.dto';
import { ProgrammeDetailDto } from './dto/programmes.dto';
import {
  CreateModuleGroupDto,
  CreatePeriodDto,
  ModuleGroupDto,
  PeriodDto,
  UpdateModuleGroupDto,
  UpdatePeriodDto,
} from './dto/structure.dto';
import { ProgrammeStructureService } from './programme-structure.service';
import { ProgrammesService } from './programmes.service';

/** A preset's name in the path; an unknown one names nothing (404). */
const PresetParam = () =>
  Param(
    'preset',
    new ParseEnumPipe(Object.fromEntries(DIPLOMA_PRESETS.map((p) => [p, p])), {
      exceptionFactory: () =>
        new ProblemException(HttpStatus.NOT_FOUND, 'not_found', 'No such preset.'),
    }),
  );

/**
 * A programme's diploma rules, periods and rule groups: admins write; anyone who may read the
 * programme reads.
 */
@ApiTags('programmes')
@Roles('admin')
@Controller('programmes')
export class ProgrammeRulesController {
  constructor(
    private readonly programmes: ProgrammesService,
    private readonly rules: DiplomaRulesService,
    private readonly structure: ProgrammeStructureService,
  ) {}

  @Get(':id/rules')
  @Authenticated()
  @ApiOkResponse({ type: [DiplomaRuleDto] })
  async rulesOf(@CurrentUser() user: AuthUser, @IdParam() id: string): Promise<DiplomaRuleDto[]> {
    return (await this.programmes.get(user, id)).rules;
  }

  /** Replaces the whole ordered list; 400 names `rules.<i>.<field>` of a rule that does not fit. */
  @Put(':id/rules')
  @ApiOkResponse({ type: [DiplomaRuleDto] })
  replaceRules(
    @IdParam() id: string,
    @Body() dto: ReplaceDiplomaRulesDto,
  ): Promise<DiplomaRuleDto[]> {
    return this.rules.replace(id, dto);
  }

  /**
   * Applies a preset (settings and rules); 409 `programme.preset_scale` for another scale,
   * `programme.step_locked` when grades exist and the step would change.
   */
  @Post(':id/presets/:preset')
  @HttpCode(200)
  @ApiParam({ name: 'preset', enum: DIPLOMA_PRESETS })
  @ApiOkResponse({ type: ProgrammeDetailDto })
  async applyPreset(
    @IdParam() id: string,
    @PresetParam() preset: DiplomaPreset,
  ): Promise<ProgrammeDetailDto> {
    await this.rules.applyPreset(id, preset);
    return this.programmes.get(undefined, id);
  }

  @Get(':id/periods')
  @Authenticated()
  @ApiOkResponse({ type: [PeriodDto] })
  periodsOf(@CurrentUser() user: AuthUser, @IdParam() id: string): Promise<PeriodDto[]> {
    return this.structure.visiblePeriods(user, id);
  }

  @Post(':id/periods')
  @ApiCreatedResponse({ type: PeriodDto })
  addPeriod(@IdParam() id: string, @Body() dto: CreatePeriodDto): Promise<PeriodDto> {
    return this.structure.createPeriod(id, dto);
  }

  @Get(':id/groups')
  @Authenticated()
  @ApiOkResponse({ type: [ModuleGroupDto] })
  groupsOf(@CurrentUser() user: AuthUser, @IdParam() id: string): Promise<ModuleGroupDto[]> {
    return this.structure.visibleGroups(user, id);
  }

  @Post(':id/groups')
  @ApiCreatedResponse({ type: ModuleGroupDto })
  addGroup(@IdParam() id: string, @Body() dto: CreateModuleGroupDto): Promise<ModuleGroupDto> {
    return this.structure.createGroup(id, dto);
  }
}

/** One period of a programme (admins). */
@ApiTags('programmes')
@Roles('admin')
@Controller('periods')
export class PeriodsController {
  constructor(private readonly structure: ProgrammeStructureService) {}

  @Patch(':id')
  @ApiOkResponse({ type: PeriodDto })
  update(@IdParam() id: string, @Body() dto: UpdatePeriodDto): Promise<PeriodDto> {
    return this.structure.updatePeriod(id, dto);
  }

  /** Its modules stay, without a period. */
  @Delete(':id')
  @HttpCode(204)
  @ApiNoContentResponse()
  remove(@IdParam() id: string): Promise<void> {
    return this.structure.removePeriod(id);
  }
}

/** One rule group of a programme (admins). */
@ApiTags('programmes')
@Roles('admin')
@Controller('module-groups')
export class ModuleGroupsController {
  constructor(private readonly structure: ProgrammeStructureService) {}

  @Patch(':id')
  @ApiOkResponse({ type: ModuleGroupDto })
  update(@IdParam() id: string, @Body() dto: UpdateModuleGroupDto): Promise<ModuleGroupDto> {
    return this.structure.updateGroup(id, dto);
  }

  /** Only a group no rule uses (409 `group.in_use`); its modules leave it. */
  @Delete(':id')
  @HttpCode(204)
  @ApiNoContentResponse()
  remove(@IdParam() id: string): Promise<void> {
    return this.structure.removeGroup(id);
  }
}
