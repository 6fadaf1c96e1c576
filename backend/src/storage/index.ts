/**
 * The public surface of the storage domain: the only file another domain may import from it (an
 * ESLint rule refuses deeper paths). Its module and exported services, the DTOs and vocabulary
 * others build on, and its entities for TypeORM relations and reads — the tables stay written
 * by storage alone; other domains call its services to change them.
 */
export { StorageModule } from './storage.module';
export * from './uploads.service';
export * from './file-store';
export * from './incoming-file';
export * from './content-type';
export * from './file-names';
