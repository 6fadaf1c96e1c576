/**
 * The public surface of the partners domain: the only file another domain may import from it (an
 * ESLint rule refuses deeper paths). Its module and exported services, the DTOs and vocabulary
 * others build on, and its entities for TypeORM relations and reads — the tables stay written
 * by partners alone; other domains call its services to change them.
 */
export { PartnersModule } from './partners.module';
export { PartnersService } from './partners.service';
export * from './partner-contact.entity';
export * from './partner-organisation.entity';
export * from './partner-records';
