/**
 * The public surface of the scheduling domain: the only file another domain may import from it (an
 * ESLint rule refuses deeper paths). Its module and exported services, the DTOs and vocabulary
 * others build on, and its entities for TypeORM relations and reads — the tables stay written
 * by scheduling alone; other domains call its services to change them.
 */
export { SchedulingModule } from './scheduling.module';
export * from './session-cancellation';
export * from './session-events';
export * from './session-reads.service';
export { SessionsService } from './sessions.service';
export * from './session-conflicts';
export * from './session-kind';
export * from './ics/ics';
export * from './dto/common.dto';
export * from './dto/session-response.dto';
export * from './session.entity';
