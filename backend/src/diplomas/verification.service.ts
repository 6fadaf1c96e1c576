import { HttpStatus, Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { createHash, timingSafeEqual } from 'node:crypto';
import { DataSource } from 'typeorm';
import { badRequest, ProblemException } from '../common/problem';
import type { Language } from '../common/role';
import { namedQuery } from '../common/sql';
import { APP_CONFIG, type AppConfig } from '../config/config';
import { DIPLOMA_NUMBER, normaliseCode, normaliseNumber } from './diploma-number';
import { formatGrade } from './diploma-texts';
import type { VerificationDto } from './dto/diplomas.dto';

interface LookupRow {
  found: boolean;
  verification_code: string | null;
  number: string | null;
  holder_name: string | null;
  programme_title: string | null;
  awarded_on: string | null;
  revoked_at: Date | null;
  grading_scale: string | null;
  final_grade: string | null;
  show_grade: boolean | null;
  honours_label_fr: string | null;
  honours_label_en: string | null;
  show_honours: boolean | null;
}

/** What a stored code is compared with when the number names nothing: same work, no match. */
const NO_CODE = 'x'.repeat(16);
const digest = (value: string) => createHash('sha256').update(value, 'utf8').digest();

const UNKNOWN: VerificationDto = {
  status: 'unknown',
  number: null,
  holderName: null,
  programmeTitle: null,
  institution: null,
  awardedOn: null,
  revokedAt: null,
  finalGrade: null,
  honours: null,
};

/**
 * Public verification, for anyone (an employer, years later). The number alone finds nothing:
 * the random code of the QR link must match, so the readable number space cannot be
 * enumerated; a wrong code answers exactly as an unknown number. Known and unknown numbers
 * run the same statements (the rate limit, one lookup that always returns one row) and the
 * same constant-time comparison. The holder's choices decide whether grade and honours show.
 */
@Injectable()
export class VerificationService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async verify(
    ip: string,
    rawNumber: string,
    rawCode: string,
    lang: Language,
  ): Promise<VerificationDto> {
    await this.throttle(ip);
    const number = normaliseNumber(rawNumber);
    // The format is public (it is printed): refusing a malformed one tells nothing.
    if (number.length > 64 || !DIPLOMA_NUMBER.test(number))
      throw badRequest('validation', 'Not a diploma number (e.g. MCMS-2027-0042).', [
        { field: 'number', code: 'matches', message: 'number must look like MCMS-2027-0042' },
      ]);
    const [row] = await namedQuery<LookupRow>(
      this.db.manager,
      `SELECT d.id IS NOT NULL AS found, d.verification_code, d.number, d.holder_name,
              d.programme_title, d.awarded_on::text AS awarded_on, d.revoked_at, d.grading_scale,
              d.final_grade::text AS final_grade, d.show_grade, d.honours_label_fr,
              d.honours_label_en, d.show_honours
         FROM (SELECT 1) AS one
         LEFT JOIN diplomas d ON d.number = :number`,
      { number },
    );
    const matches = timingSafeEqual(
      digest(row.verification_code ?? NO_CODE),
      digest(normaliseCode(rawCode)),
    );
    if (!(row.found && matches)) return UNKNOWN;
    const honours = lang === 'fr' ? row.honours_label_fr : row.honours_label_en;
    return {
      status: row.revoked_at ? 'revoked' : 'valid',
      number: row.number,
      holderName: row.holder_name,
      programmeTitle: row.programme_title,
      institution: this.config.INSTITUTION_NAME,
      awardedOn: row.awarded_on,
      revokedAt: row.revoked_at?.toISOString() ?? null,
      finalGrade:
        row.show_grade && row.final_grade !== null && row.grading_scale
          ? formatGrade(row.final_grade, row.grading_scale, lang)
          : null,
      honours: row.show_honours ? honours : null,
    };
  }

  /**
   * Counts the lookup in this IP's current window (one upsert, shared by every instance) and
   * sweeps windows long past; over the limit: 429 with Retry-After.
   */
  private async throttle(ip: string): Promise<void> {
    const window = this.config.VERIFY_WINDOW_SECONDS;
    const [row] = await namedQuery<{ hits: number; wait: number }>(
      this.db.manager,
      `WITH swept AS (
         DELETE FROM verification_lookups
          WHERE window_start < now() - make_interval(secs => CAST(:window AS integer) * 2)
       ), hit AS (
         INSERT INTO verification_lookups (ip, window_start, hits)
         VALUES (:ip, to_timestamp(floor(extract(epoch FROM now()) / CAST(:window AS integer)) * CAST(:window AS integer)), 1)
         ON CONFLICT (ip, window_start) DO UPDATE SET hits = verification_lookups.hits + 1
         RETURNING hits, window_start
       )
       SELECT hits, ceil(extract(epoch FROM window_start + make_interval(secs => CAST(:window AS integer)) - now()))::int AS wait
         FROM hit`,
      { ip, window },
    );
    if (row.hits <= this.config.VERIFY_MAX_PER_IP) return;
    const retryAfterSeconds = Math.max(1, row.wait);
    throw new ProblemException(
      HttpStatus.TOO_MANY_REQUESTS,
      'diploma.verify_throttled',
      `Too many verifications from this address. Try again in ${retryAfterSeconds} seconds.`,
      { retryAfterSeconds },
      { 'retry-after': String(retryAfterSeconds) },
    );
  }
}
