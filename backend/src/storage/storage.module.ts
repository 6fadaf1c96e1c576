import { Module } from '@nestjs/common';
import { join } from 'node:path';
import { APP_CONFIG, type AppConfig } from '../config/config';
import { FILE_STORE } from './file-store';
import { LocalFileStore } from './local-file-store';
import { UploadsService } from './uploads.service';

/** The file store (local disk under `${DATA_DIR}/files`) and the upload pipeline. */
@Module({
  providers: [
    {
      provide: FILE_STORE,
      inject: [APP_CONFIG],
      useFactory: (config: AppConfig) => new LocalFileStore(join(config.DATA_DIR, 'files')),
    },
    UploadsService,
  ],
  exports: [FILE_STORE, UploadsService],
})
export class StorageModule {}
