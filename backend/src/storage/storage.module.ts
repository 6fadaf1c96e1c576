import { Module } from '@nestjs/common';
import { join } from 'node:path';
import { APP_CONFIG, type AppConfig } from '../config/config';
import { FILE_STORE } from './file-store';
import { LocalFileStore } from './local-file-store';
import { PartialSweeper } from './partial-sweeper';
import { UploadsService } from './uploads.service';

/**
 * The file store (local disk under `${DATA_DIR}/files`), the upload pipeline, and the sweeper
 * of partial files that uploads cut short left behind.
 */
@Module({
  providers: [
    {
      provide: FILE_STORE,
      inject: [APP_CONFIG],
      useFactory: (config: AppConfig) => new LocalFileStore(join(config.DATA_DIR, 'files')),
    },
    UploadsService,
    PartialSweeper,
  ],
  exports: [FILE_STORE, UploadsService],
})
export class StorageModule {}
