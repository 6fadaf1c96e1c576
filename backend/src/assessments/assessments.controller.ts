import { Body, Controller, Delete, Get, HttpCode, Patch, Post, Query } from '@nestjs/common';
import {
  ApiCreatedResponse,
  ApiNoContentResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
} from '@nestjs/swagger';
import { IdParam } from '../common/id-param';
import { type AuthUser, CurrentUser, Roles } from '../identity';
import { AssessmentsService } from './assessments.service';
import {
  AssessmentDto,
  AssessmentPageDto,
  AssessmentQueryDto,
  CreateAssessmentDto,
  UpdateAssessmentDto,
} from './dto/assessments.dto';

/** A cohort's assessments: its instructors and admins define and release them. */
@ApiTags('assessments')
@Roles('admin', 'instructor')
@Controller()
export class AssessmentsController {
  constructor(private readonly assessments: AssessmentsService) {}

  @Get('cohorts/:cohortId/assessments')
  @ApiOkResponse({ type: AssessmentPageDto })
  list(
    @CurrentUser() user: AuthUser,
    @IdParam('cohortId') cohortId: string,
    @Query() query: AssessmentQueryDto,
  ): Promise<AssessmentPageDto> {
    return this.assessments.list(user, cohortId, query);
  }

  @Post('cohorts/:cohortId/assessments')
  @ApiCreatedResponse({ type: AssessmentDto })
  create(
    @CurrentUser() user: AuthUser,
    @IdParam('cohortId') cohortId: string,
    @Body() dto: CreateAssessmentDto,
  ): Promise<AssessmentDto> {
    return this.assessments.create(user, cohortId, dto);
  }

  @Get('assessments/:id')
  @ApiOkResponse({ type: AssessmentDto })
  get(@CurrentUser() user: AuthUser, @IdParam() id: string): Promise<AssessmentDto> {
    return this.assessments.get(user, id);
  }

  @Patch('assessments/:id')
  @ApiOkResponse({ type: AssessmentDto })
  update(
    @CurrentUser() user: AuthUser,
    @IdParam() id: string,
    @Body() dto: UpdateAssessmentDto,
  ): Promise<AssessmentDto> {
    return this.assessments.update(user, id, dto);
  }

  @Delete('assessments/:id')
  @HttpCode(204)
  @ApiOperation({ summary: 'Delete an assessment that has no grade' })
  @ApiNoContentResponse()
  async remove(@CurrentUser() user: AuthUser, @IdParam() id: string): Promise<void> {
    await this.assessments.remove(user, id);
  }

  @Post('assessments/:id/release')
  @HttpCode(200)
  @ApiOperation({ summary: 'Release the grades to the students' })
  @ApiOkResponse({ type: AssessmentDto })
  release(@CurrentUser() user: AuthUser, @IdParam() id: string): Promise<AssessmentDto> {
    return this.assessments.release(user, id, true);
  }

  @Post('assessments/:id/unrelease')
  @HttpCode(200)
  @ApiOperation({ summary: 'Hide the grades from the students again' })
  @ApiOkResponse({ type: AssessmentDto })
  unrelease(@CurrentUser() user: AuthUser, @IdParam() id: string): Promise<AssessmentDto> {
    return this.assessments.release(user, id, false);
  }
}
