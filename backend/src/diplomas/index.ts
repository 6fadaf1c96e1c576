/**
 * The public surface of the diplomas domain. Its tables (diplomas, diploma_counters,
 * verification_lookups) are written by it alone; it reads the jury's decisions through the
 * view `current_jury_decisions` and hands the credential to the credentials domain.
 */
export { DiplomasModule } from './diplomas.module';
export { DiplomasService } from './diplomas.service';
export * from './diploma.entity';
export * from './diploma-counter.entity';
export * from './verification-lookup.entity';
