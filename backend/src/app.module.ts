import { type DynamicModule, Module, RequestMethod } from '@nestjs/common';
import { APP_FILTER } from '@nestjs/core';
import { TypeOrmModule } from '@nestjs/typeorm';
import { randomUUID } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import { LoggerModule } from 'nestjs-pino';
import type { DestinationStream } from 'pino';
import type { Options as HttpLogOptions } from 'pino-http';
import type { Logger as TypeOrmLogger } from 'typeorm';
import { AttendanceModule } from './attendance/attendance.module';
import { JuriesModule } from './juries/juries.module';
import { AssessmentsModule } from './assessments/assessments.module';
import { CalendarsModule } from './calendars/calendars.module';
import { DatabaseOutage } from './common/database-outage';
import { ProblemFilter } from './common/problem.filter';
import { redactUrl } from './common/redact-url';
import { APP_CONFIG, type AppConfig } from './config/config';
import { typeormOptions } from './database/typeorm-options';
import { HealthController } from './health/health.controller';
import { HomeModule } from './home/home.module';
import { CohortsModule } from './cohorts/cohorts.module';
import { CredentialsModule } from './credentials';
import { DiplomasModule } from './diplomas';
import { IdentityModule } from './identity/identity.module';
import { JobsModule } from './jobs';
import { MailModule } from './mail';
import { MailboxModule } from './mailbox/mailbox.module';
import { NotificationsModule } from './notifications/notifications.module';
import { PartnersModule } from './partners/partners.module';
import { ProgrammesModule } from './programmes/programmes.module';
import { ProgressModule } from './progress/progress.module';
import { ProjectsModule } from './projects/projects.module';
import { SchedulingModule } from './scheduling/scheduling.module';
import { SpeakersModule } from './speakers/speakers.module';
import { VeilleModule } from './veille';

export interface AppModuleOptions {
  config: AppConfig;
  /** The database URL to use (the embedded one when DATABASE_URL is unset). */
  databaseUrl: string;
  poolSize: number;
  /**
   * Hot reads as named prepared statements (common/prepared.ts); default on. Off on the
   * embedded PGlite, whose socket serves only unnamed statements reliably.
   */
  preparedStatements?: boolean;
  /** Tests pass a logger that counts queries. */
  typeormLogger?: TypeOrmLogger;
  /** Where the JSON log lines go; default stdout (the fault test reads them). */
  logStream?: DestinationStream;
}

const REQUEST_ID = /^[A-Za-z0-9._-]{1,64}$/;

export function requestId(req: IncomingMessage): string {
  const header = req.headers['x-request-id'];
  const value = Array.isArray(header) ? header[0] : header;
  return value && REQUEST_ID.test(value) ? value : randomUUID();
}

@Module({})
export class AppModule {
  static forRoot(options: AppModuleOptions): DynamicModule {
    const { config } = options;
    const httpLog: HttpLogOptions = {
      level: config.LOG_LEVEL,
      genReqId: (req) => (req as IncomingMessage & { id?: string }).id ?? requestId(req),
      redact: ['req.headers.cookie', 'req.headers["x-xsrf-token"]', 'res.headers["set-cookie"]'],
      // Links for people without an account carry their secret in the URL: never log it.
      serializers: {
        req: (req: { url?: string }) => ({ ...req, url: redactUrl(req.url) }),
      },
      autoLogging: { ignore: (req) => req.url?.startsWith('/api/health') ?? false },
      // A 503 while the database is away is logged once per outage (DatabaseOutage): its
      // request lines carry no made-up error with a stack trace.
      customErrorObject: (_req, res, _error, value: Record<string, unknown>) =>
        res.statusCode === 503 ? { ...value, err: undefined } : value,
    };
    return {
      module: AppModule,
      global: true,
      imports: [
        LoggerModule.forRoot({
          pinoHttp: options.logStream ? [httpLog, options.logStream] : httpLog,
          forRoutes: [{ path: '{*path}', method: RequestMethod.ALL }],
        }),
        TypeOrmModule.forRoot({
          ...typeormOptions({
            url: options.databaseUrl,
            poolSize: options.poolSize,
            logger: options.typeormLogger,
            logging: options.typeormLogger ? ['query', 'error'] : ['error'],
            connectTimeoutMs: config.DATABASE_CONNECT_TIMEOUT_MS,
            statementTimeoutMs: config.DATABASE_STATEMENT_TIMEOUT_MS,
          }),
        }),
        JobsModule,
        MailModule,
        MailboxModule,
        IdentityModule,
        ProgrammesModule,
        CohortsModule,
        PartnersModule,
        SchedulingModule,
        SpeakersModule,
        CalendarsModule,
        ProjectsModule,
        AssessmentsModule,
        AttendanceModule,
        JuriesModule,
        HomeModule,
        ProgressModule,
        NotificationsModule,
        CredentialsModule,
        DiplomasModule,
        VeilleModule,
      ],
      controllers: [HealthController],
      providers: [
        { provide: APP_CONFIG, useValue: config },
        DatabaseOutage,
        { provide: APP_FILTER, useClass: ProblemFilter },
      ],
      exports: [APP_CONFIG, DatabaseOutage],
    };
  }
}
