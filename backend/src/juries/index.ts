/**
 * The public surface of the juries domain. Its tables (juries, jury_members, jury_decisions,
 * programme_honours) are written by it alone; diplomas read the view `current_jury_decisions`
 * in SQL (see the Juries migration): issue only for `decision = 'awarded' AND jury_signed_at
 * IS NOT NULL`.
 */
export { JuriesModule } from './juries.module';
export { JuriesService } from './juries.service';
export * from './dto/juries.dto';
export * from './jury.entity';
export * from './jury-member.entity';
export * from './jury-decision.entity';
export * from './programme-honours.entity';
export { DEFAULT_HONOURS, suggestHonours } from './honours';
