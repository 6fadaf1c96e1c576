import {
  Inject,
  Injectable,
  Logger,
  type OnApplicationShutdown,
  type OnModuleInit,
} from '@nestjs/common';
import { APP_CONFIG, AppConfig } from '../config/config';
import { FILE_STORE, type FileStore } from './file-store';

/**
 * Removes what uploads that never finished left behind (a crash, a kill -9, a restart): at
 * start, then every idle period. An upload still streaming rewrites its partial file more
 * often than that, so another instance sharing the folder keeps its own.
 */
@Injectable()
export class PartialSweeper implements OnModuleInit, OnApplicationShutdown {
  private readonly logger = new Logger(PartialSweeper.name);
  private timer?: NodeJS.Timeout;

  constructor(
    @Inject(FILE_STORE) private readonly store: FileStore,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async onModuleInit(): Promise<void> {
    await this.sweep();
    this.timer = setInterval(() => void this.sweep(), this.idleMs());
    this.timer.unref();
  }

  onApplicationShutdown(): void {
    clearInterval(this.timer);
  }

  /** One pass; answers how many partial files it removed. */
  async sweep(): Promise<number> {
    try {
      const removed = await this.store.sweepPartials(this.idleMs());
      if (removed) this.logger.warn(`Removed ${removed} partial upload file(s) left behind`);
      return removed;
    } catch (error) {
      this.logger.error({ err: error }, 'Could not sweep partial uploads');
      return 0;
    }
  }

  private idleMs(): number {
    return this.config.UPLOAD_IDLE_TIMEOUT_SECONDS * 1000;
  }
}
