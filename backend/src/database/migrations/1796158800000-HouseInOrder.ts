import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Issue 16. `clique_fold(text)`: the one normal form every search compares (accents and case
 * folded without the `unaccent` extension, which the embedded database lacks); French-order
 * sort indexes (ICU root collation, present on PostgreSQL and PGlite); trigram indexes on the
 * folded user names and e-mails, so a `%…%` search of the largest table need not scan it; the
 * foreign keys that list endpoints filter or join on.
 */
export class HouseInOrder1796158800000 implements MigrationInterface {
  name = 'HouseInOrder1796158800000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    // Upper and lower case letters are both translated, so the result does not depend on the
    // database's LC_CTYPE (lower() of "É" under the C locale is "É").
    await queryRunner.query(`
      CREATE FUNCTION clique_fold(value text) RETURNS text
        LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
        AS $$
          SELECT lower(replace(replace(replace(replace(replace(replace(translate(value,
            'ÀÁÂÃÄÅĀĂĄÇĆĈĊČĎĐÈÉÊËĒĔĖĘĚĜĞĠĢĤĦÌÍÎÏĨĪĬĮİĴĶĹĻĽĿŁÑŃŅŇÒÓÔÕÖØŌŎŐŔŖŘŚŜŞŠȘŢŤŦȚÙÚÛÜŨŪŬŮŰŲŴÝŶŸŹŻŽàáâãäåāăąçćĉċčďđèéêëēĕėęěĝğġģĥħìíîïĩīĭįıĵķĺļľŀłñńņňòóôõöøōŏőŕŗřśŝşšșţťŧțùúûüũūŭůűųŵýŷÿźżž’',
            'AAAAAAAAACCCCCDDEEEEEEEEEGGGGHHIIIIIIIIIJKLLLLLNNNNOOOOOOOOORRRSSSSSTTTTUUUUUUUUUUWYYYZZZaaaaaaaaacccccddeeeeeeeeegggghhiiiiiiiiijklllllnnnnooooooooorrrsssssttttuuuuuuuuuuwyyyzzz'''),
            'Œ', 'OE'), 'œ', 'oe'), 'Æ', 'AE'), 'æ', 'ae'), 'ẞ', 'SS'), 'ß', 'ss'))
        $$`);
    await queryRunner.query(
      `CREATE INDEX "ix_users_display_name_icu" ON "users" ("display_name" COLLATE "und-x-icu", "id")`,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_speakers_full_name_icu" ON "speakers" ("full_name" COLLATE "und-x-icu", "id")`,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_projects_title_icu" ON "projects" ("title" COLLATE "und-x-icu", "id")`,
    );
    await queryRunner.query(`CREATE EXTENSION IF NOT EXISTS pg_trgm`);
    await queryRunner.query(
      `CREATE INDEX "ix_users_display_name_fold" ON "users" USING gin (clique_fold("display_name") gin_trgm_ops)`,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_users_email_fold" ON "users" USING gin (clique_fold("email") gin_trgm_ops)`,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_calendar_feeds_cohort" ON "calendar_feeds" ("cohort_id")`,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_calendar_feeds_speaker" ON "calendar_feeds" ("speaker_id")`,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_projects_mentor_contact" ON "projects" ("mentor_contact_id")`,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_project_feedback_submission" ON "project_feedback" ("submission_id")`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."ix_project_feedback_submission"`);
    await queryRunner.query(`DROP INDEX "public"."ix_projects_mentor_contact"`);
    await queryRunner.query(`DROP INDEX "public"."ix_calendar_feeds_speaker"`);
    await queryRunner.query(`DROP INDEX "public"."ix_calendar_feeds_cohort"`);
    await queryRunner.query(`DROP INDEX "public"."ix_users_email_fold"`);
    await queryRunner.query(`DROP INDEX "public"."ix_users_display_name_fold"`);
    await queryRunner.query(`DROP INDEX "public"."ix_projects_title_icu"`);
    await queryRunner.query(`DROP INDEX "public"."ix_speakers_full_name_icu"`);
    await queryRunner.query(`DROP INDEX "public"."ix_users_display_name_icu"`);
    await queryRunner.query(`DROP FUNCTION clique_fold(text)`);
    // pg_trgm stays: it may have been there before, and dropping it is not this migration's call.
  }
}
