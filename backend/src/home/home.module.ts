import { Module } from '@nestjs/common';
import { IdentityModule } from '../identity';
import { AdminHomeService } from './admin-home.service';
import { HomeController } from './home.controller';
import { InstructorHomeService } from './instructor-home.service';
import { StudentHomeService } from './student-home.service';

/** The homes read every domain's tables in SQL and write none. */
@Module({
  imports: [IdentityModule],
  controllers: [HomeController],
  providers: [StudentHomeService, InstructorHomeService, AdminHomeService],
})
export class HomeModule {}
