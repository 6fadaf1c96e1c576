/**
 * The public surface of the assessments domain: the only file another domain may import from
 * it. The tables stay written by assessments alone; progress reads the view `effective_grades`.
 */
export { AssessmentsModule } from './assessments.module';
export { GradesService } from './grades.service';
export * from './assessment-kinds';
export * from './assessment.entity';
export * from './grade.entity';
export * from './grade-audit.entity';
export * from './dto/grades.dto';
export * from './dto/assessments.dto';
