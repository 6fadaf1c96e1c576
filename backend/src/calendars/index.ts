/**
 * The public surface of the calendars domain: the only file another domain may import from it (an
 * ESLint rule refuses deeper paths). Its module and exported services, the DTOs and vocabulary
 * others build on, and its entities for TypeORM relations and reads — the tables stay written
 * by calendars alone; other domains call its services to change them.
 */
export { CalendarsModule } from './calendars.module';
