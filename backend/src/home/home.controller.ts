import { Controller, Get } from '@nestjs/common';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { CompiledResponse } from '../common/compiled-response';
import { type AuthUser, CurrentUser, Roles } from '../identity';
import { AdminHomeService } from './admin-home.service';
import { AdminHomeDto, InstructorHomeDto, StudentHomeDto } from './dto/home.dto';
import { InstructorHomeService } from './instructor-home.service';
import { StudentHomeService } from './student-home.service';

/** Each role's home page: what is next and what waits for the signed-in user. */
@ApiTags('home')
@Controller('home')
export class HomeController {
  constructor(
    private readonly student: StudentHomeService,
    private readonly instructor: InstructorHomeService,
    private readonly admin: AdminHomeService,
  ) {}

  @Get('student')
  @Roles('student')
  @ApiOkResponse({ type: StudentHomeDto })
  @CompiledResponse()
  studentHome(@CurrentUser() user: AuthUser): Promise<StudentHomeDto> {
    return this.student.of(user);
  }

  @Get('instructor')
  @Roles('instructor')
  @ApiOkResponse({ type: InstructorHomeDto })
  @CompiledResponse()
  instructorHome(@CurrentUser() user: AuthUser): Promise<InstructorHomeDto> {
    return this.instructor.of(user);
  }

  @Get('admin')
  @Roles('admin')
  @ApiOkResponse({ type: AdminHomeDto })
  @CompiledResponse()
  adminHome(@CurrentUser() user: AuthUser): Promise<AdminHomeDto> {
    return this.admin.of(user);
  }
}
