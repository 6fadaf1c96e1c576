/**
 * The public surface of the progress domain: the only file another domain may import from it.
 * Progress owns no table: it reads programmes, assessments, attendance and projects in SQL.
 */
export { ProgressModule } from './progress.module';
export { ProgressService } from './progress.service';
export * from './dto/progress.dto';
export { formatNumber, reasonText, type Country } from './transcript-text';
