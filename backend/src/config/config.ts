import { plainToInstance, Transform } from 'class-transformer';
import {
  IsBoolean,
  IsIn,
  IsInt,
  IsISO8601,
  IsOptional,
  IsString,
  IsUrl,
  Max,
  Min,
  MinLength,
  validateSync,
} from 'class-validator';

const toInt = ({ value }: { value: unknown }) =>
  value === undefined || value === '' ? undefined : Number(value);
const toBool = ({ value }: { value: unknown }) =>
  value === undefined || value === ''
    ? undefined
    : ['1', 'true', 'yes'].includes(String(value).toLowerCase());

/** Every variable the API reads. `.env.example` lists them; README's table explains them. */
export class AppConfig {
  @IsIn(['development', 'production', 'test'])
  NODE_ENV: 'development' | 'production' | 'test' = 'development';

  @Transform(toInt)
  @IsInt()
  @Min(0)
  @Max(65535)
  PORT = 3000;

  @IsString()
  HOST = '0.0.0.0';

  /** postgres://user:pass@host:port/db. Unset: an embedded PostgreSQL (PGlite) in DATA_DIR. */
  @IsOptional()
  @IsUrl({ protocols: ['postgres', 'postgresql'], require_tld: false, require_protocol: true })
  DATABASE_URL?: string;

  @IsString()
  DATA_DIR = '.data';

  @Transform(toInt)
  @IsInt()
  @Min(1)
  @Max(100)
  DATABASE_POOL_SIZE = 10;

  /**
   * Longest wait for a database connection (a free one in the pool, or a new one); past it the
   * request answers 503. Bounds every request while the database is away or the pool is full.
   */
  @Transform(toInt)
  @IsInt()
  @Min(100)
  @Max(60_000)
  DATABASE_CONNECT_TIMEOUT_MS = 5_000;

  /** Longest a single SQL statement may run (PostgreSQL's statement_timeout); then 503. */
  @Transform(toInt)
  @IsInt()
  @Min(100)
  @Max(600_000)
  DATABASE_STATEMENT_TIMEOUT_MS = 10_000;

  /** Signs links sent to people without an account (speakers, mentors). */
  @IsString()
  @MinLength(32, { message: 'APP_SECRET must be at least 32 characters long' })
  APP_SECRET: string;

  /** The address people use to reach the app; links in e-mails and logs are built from it. */
  @IsUrl({ require_tld: false, require_protocol: true })
  PUBLIC_URL = 'http://localhost:3000';

  @IsIn(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'])
  LOG_LEVEL = 'info';

  @Transform(toBool)
  @IsBoolean()
  DEMO_DATA = true;

  /**
   * The day the demo programme is loaded as if it were (YYYY-MM-DD or an instant), to try the
   * demo's story on another day of the year (the e2e journeys do); unset: today.
   */
  @IsOptional()
  @IsISO8601({ strict: true })
  DEMO_TODAY?: string;

  /** Directory holding the built Angular app; unset: dist/frontend/browser next to the API. */
  @IsOptional()
  @IsString()
  STATIC_DIR?: string;

  @Transform(toInt)
  @IsInt()
  @Min(1)
  SIGN_IN_MAX_FAILURES_PER_ACCOUNT = 5;

  @Transform(toInt)
  @IsInt()
  @Min(1)
  SIGN_IN_MAX_FAILURES_PER_IP = 30;

  @Transform(toInt)
  @IsInt()
  @Min(1)
  SIGN_IN_WINDOW_SECONDS = 900;

  /** Public diploma lookups (`/api/verify/…`) allowed per IP and window; then 429. */
  @Transform(toInt)
  @IsInt()
  @Min(1)
  VERIFY_MAX_PER_IP = 30;

  @Transform(toInt)
  @IsInt()
  @Min(1)
  VERIFY_WINDOW_SECONDS = 60;

  @Transform(toInt)
  @IsInt()
  @Min(60)
  SESSION_TTL_SECONDS = 60 * 60 * 24 * 14;

  @Transform(toInt)
  @IsInt()
  @Min(60)
  PASSWORD_LINK_TTL_SECONDS = 60 * 60 * 24 * 7;

  /** How long a forgot-password link lasts. */
  @Transform(toInt)
  @IsInt()
  @Min(60)
  PASSWORD_RESET_TTL_SECONDS = 60 * 60;

  /** Account mails (reset, invitation again, e-mail change) one address gets per window. */
  @Transform(toInt)
  @IsInt()
  @Min(1)
  ACCOUNT_MAIL_MAX_PER_ADDRESS = 3;

  /** Forgot-password requests one IP may make per window (then 429). */
  @Transform(toInt)
  @IsInt()
  @Min(1)
  ACCOUNT_MAIL_MAX_PER_IP = 20;

  @Transform(toInt)
  @IsInt()
  @Min(60)
  ACCOUNT_MAIL_WINDOW_SECONDS = 60 * 60;

  /** How long the link confirming a new e-mail address lasts. */
  @Transform(toInt)
  @IsInt()
  @Min(60)
  EMAIL_CHANGE_TTL_SECONDS = 60 * 60 * 24;

  /** Largest file a project submission may be (bytes); a bigger upload is refused with 413. */
  @Transform(toInt)
  @IsInt()
  @Min(1)
  UPLOAD_MAX_BYTES = 50 * 1024 * 1024;

  /**
   * Longest silence (seconds) while an upload's body streams in: past it the upload is
   * abandoned (408, connection closed, nothing kept). Also the age past which a leftover
   * temporary file is swept.
   */
  @Transform(toInt)
  @IsInt()
  @Min(1)
  @Max(600)
  UPLOAD_IDLE_TIMEOUT_SECONDS = 30;

  /** How long a partner mentor's signed link to a project stays valid, unless the tutor says. */
  @Transform(toInt)
  @IsInt()
  @Min(60)
  MENTOR_LINK_TTL_SECONDS = 60 * 60 * 24 * 120;

  /**
   * Where mail goes: smtp://user:pass@host:port or smtps://… (nodemailer). Unset: mail is
   * delivered to the built-in mailbox (admin page "Sent mail"), so the demo needs no server.
   */
  @IsOptional()
  @IsUrl({ protocols: ['smtp', 'smtps'], require_tld: false, require_protocol: true })
  SMTP_URL?: string;

  /** The From of every mail, e.g. `Clique <no-reply@example.org>`. */
  @IsString()
  MAIL_FROM = 'Clique <no-reply@clique.localhost>';

  /** Bulk mail (an import's invitations) is paced: at most this many a minute per instance. */
  @Transform(toInt)
  @IsInt()
  @Min(1)
  MAIL_BULK_PER_MINUTE = 120;

  /**
   * Mails to one address without an account (speakers, mentors, guests) in an hour; more are
   * refused with a 429 `mail.throttled`, so nobody can make the product mail an address repeatedly.
   */
  @Transform(toInt)
  @IsInt()
  @Min(1)
  MAIL_PER_ADDRESS_PER_HOUR = 5;

  /** Whether this instance runs the job queue's workers (mail, reminders, digests). */
  @Transform(toBool)
  @IsBoolean()
  JOBS_WORKER = true;

  /**
   * The issuer's Ed25519 signing key for diplomas' credentials (a JSON file, created at first
   * start). Keep it out of the database and its dumps; unset: `<DATA_DIR>/keys/issuer-key.json`.
   */
  @IsOptional()
  @IsString()
  CREDENTIAL_KEY_FILE?: string;

  /** The institution named on diplomas, in credentials and in mail. */
  @IsString()
  INSTITUTION_NAME = 'Clique — École de communication numérique';

  /** A PNG or JPEG logo for diplomas; unset: the logo shipped with the app. */
  @IsOptional()
  @IsString()
  INSTITUTION_LOGO_FILE?: string;

  /**
   * The veille's link previews fetch public pages only: loopback, private, link-local and
   * metadata addresses are refused. Tests serve pages from a local server and set this to
   * true; it cannot be true in production.
   */
  @Transform(toBool)
  @IsBoolean()
  VEILLE_PREVIEW_ALLOW_PRIVATE = false;

  /** Longest a link preview's fetch may take, redirects included (milliseconds). */
  @Transform(toInt)
  @IsInt()
  @Min(100)
  @Max(30_000)
  VEILLE_PREVIEW_TIMEOUT_MS = 5_000;

  /** Largest page a link preview reads (bytes); past it the fetch ends without a preview. */
  @Transform(toInt)
  @IsInt()
  @Min(1024)
  @Max(10 * 1024 * 1024)
  VEILLE_PREVIEW_MAX_BYTES = 1024 * 1024;

  /** Trust X-Forwarded-* from a reverse proxy (true, or a hop count / address list). */
  @IsString()
  TRUST_PROXY = 'loopback';
}

export class ConfigError extends Error {}

/**
 * Reads the configuration once, at start. An invalid value stops the process with a
 * one-line reason. In development and test a missing APP_SECRET gets a fixed local value;
 * in production it must be set.
 */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): AppConfig {
  const raw: Record<string, unknown> = { ...env };
  const nodeEnv = env['NODE_ENV'] ?? 'development';
  if (!raw['APP_SECRET'] && nodeEnv !== 'production') {
    raw['APP_SECRET'] = 'clique-local-development-secret-do-not-use-in-production';
  }
  if (raw['DEMO_DATA'] === undefined && nodeEnv === 'production') raw['DEMO_DATA'] = 'false';
  // `npm start` on a laptop shows the banner and warnings; a server logs every request.
  if (!raw['LOG_LEVEL']) raw['LOG_LEVEL'] = nodeEnv === 'production' ? 'info' : 'warn';
  if (!raw['PUBLIC_URL']) raw['PUBLIC_URL'] = `http://localhost:${env['PORT'] || 3000}`;
  for (const key of Object.keys(raw)) if (raw[key] === '') delete raw[key];
  const config = plainToInstance(AppConfig, raw, { exposeDefaultValues: true });
  const errors = validateSync(config, { whitelist: false, skipMissingProperties: false });
  if (errors.length > 0) {
    const reasons = errors.map((e) => {
      const messages = Object.values(e.constraints ?? {});
      return `${e.property}: ${messages[0] ?? 'invalid'}`;
    });
    throw new ConfigError(`Invalid configuration: ${reasons.join('; ')}`);
  }
  if (config.NODE_ENV === 'production' && config.DEMO_DATA) {
    throw new ConfigError('Invalid configuration: DEMO_DATA cannot be true in production');
  }
  if (config.NODE_ENV === 'production' && config.VEILLE_PREVIEW_ALLOW_PRIVATE) {
    throw new ConfigError(
      'Invalid configuration: VEILLE_PREVIEW_ALLOW_PRIVATE cannot be true in production',
    );
  }
  return config;
}

export const APP_CONFIG = Symbol('APP_CONFIG');
