/**
 * The public surface of the speakers domain: the only file another domain may import from it (an
 * ESLint rule refuses deeper paths). Its module and exported services, the DTOs and vocabulary
 * others build on, and its entities for TypeORM relations and reads — the tables stay written
 * by speakers alone; other domains call its services to change them.
 */
export { SpeakersModule } from './speakers.module';
export * from './speaker.entity';
