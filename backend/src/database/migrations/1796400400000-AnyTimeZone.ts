import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Issue 13, "any time zone": a programme may run in any IANA zone of a place (Montréal,
 * Brussels, Casablanca, Dakar, Sydney…), no longer only Zurich or Paris.
 *
 * The API checks the name (programmes/time-zone.ts: luxon's copy of the tz database, an
 * Area/Location name or UTC). The database keeps the invariant every `AT TIME ZONE` query relies
 * on: the name is one PostgreSQL's own tz database knows, so no programme can make the
 * attendance view or the home page fail with 22023 "time zone not recognized". A CHECK cannot
 * read `pg_timezone_names` (a subquery, and a directory scan per row), so the test is a function
 * that converts a fixed instant and catches that error; POSIX strings such as `XYZ+3`, which
 * PostgreSQL also accepts, are refused by the pattern first.
 *
 * It is declared IMMUTABLE, as a CHECK expects: for a given name the answer only changes if a
 * tz database update removes the name, and the tz database never removes one (a retired zone
 * stays as a link, as America/Montreal → America/Toronto).
 */
export class AnyTimeZone1796400400000 implements MigrationInterface {
  name = 'AnyTimeZone1796400400000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE FUNCTION clique_is_time_zone(zone text) RETURNS boolean
        LANGUAGE plpgsql IMMUTABLE STRICT PARALLEL SAFE
        AS $$
          BEGIN
            IF zone <> 'UTC' AND zone !~ '^(Africa|America|Antarctica|Arctic|Asia|Atlantic|Australia|Europe|Indian|Pacific)(/[A-Z][A-Za-z0-9_+-]*){1,2}$' THEN
              RETURN false;
            END IF;
            PERFORM timestamptz '2000-01-01 00:00:00+00' AT TIME ZONE zone;
            RETURN true;
          EXCEPTION WHEN invalid_parameter_value THEN
            RETURN false;
          END
        $$`);
    await queryRunner.query(`ALTER TABLE "programmes" DROP CONSTRAINT "ck_programmes_time_zone"`);
    await queryRunner.query(
      `ALTER TABLE "programmes" ADD CONSTRAINT "ck_programmes_time_zone" CHECK (clique_is_time_zone("time_zone"))`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    // Fails, as it should, while a programme runs in a zone other than these two.
    await queryRunner.query(`ALTER TABLE "programmes" DROP CONSTRAINT "ck_programmes_time_zone"`);
    await queryRunner.query(
      `ALTER TABLE "programmes" ADD CONSTRAINT "ck_programmes_time_zone" CHECK ("time_zone" IN ('Europe/Zurich', 'Europe/Paris'))`,
    );
    await queryRunner.query(`DROP FUNCTION clique_is_time_zone(text)`);
  }
}
