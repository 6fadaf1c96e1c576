import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Issue 8, attendance (émargement): one record per student and session part, the instructor's
 * certification of a part's sheet, and the two views other domains read:
 *
 * - `attendance_parts`: the one definition of a session's parts. A session that starts before
 *   12:00 and ends after 14:00 (local time, in the programme's time zone, on one day) is a full
 *   course day: part 1 = start..12:00, part 2 = 13:00..end (the lunch hour in neither);
 *   anything else is part 0 alone.
 * - `attendance_outcomes`: per held (not cancelled, ended) and taken (some record has a status)
 *   part, every student of the cohort (not withdrawn before the part began) with the status
 *   that counts (no record: absent) and the part's minutes. The rate is computed from it.
 *
 * Signing once is the database's rule: a signed row keeps its signature (trigger), a signed row
 * has a method, a drawn one its image.
 */
export class Attendance1796200200000 implements MigrationInterface {
  name = 'Attendance1796200200000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE "attendance_records" (
        "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        "session_id" uuid NOT NULL,
        "student_id" uuid NOT NULL,
        "part" smallint NOT NULL,
        "status" text,
        "excuse_reason" text,
        "signed_at" TIMESTAMP WITH TIME ZONE,
        "signature_method" text,
        "signature_png" bytea,
        "recorded_by_id" uuid,
        CONSTRAINT "ck_attendance_records_part" CHECK ("part" IN (0, 1, 2)),
        CONSTRAINT "ck_attendance_records_status" CHECK ("status" IN ('present', 'late', 'excused', 'absent')),
        CONSTRAINT "ck_attendance_records_excuse" CHECK (("status" IS NOT DISTINCT FROM 'excused') = ("excuse_reason" IS NOT NULL)),
        CONSTRAINT "ck_attendance_records_method" CHECK ("signature_method" IN ('drawn', 'confirmed')),
        CONSTRAINT "ck_attendance_records_signed" CHECK (("signed_at" IS NULL) = ("signature_method" IS NULL)),
        CONSTRAINT "ck_attendance_records_drawn" CHECK (("signature_method" IS NOT DISTINCT FROM 'drawn') = ("signature_png" IS NOT NULL)),
        CONSTRAINT "pk_attendance_records" PRIMARY KEY ("session_id", "student_id", "part")
      )
    `);
    await queryRunner.query(
      `CREATE INDEX "ix_attendance_records_student" ON "attendance_records" ("student_id")`,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_attendance_records_recorded_by" ON "attendance_records" ("recorded_by_id")`,
    );
    await queryRunner.query(`
      ALTER TABLE "attendance_records"
      ADD CONSTRAINT "fk_attendance_records_session" FOREIGN KEY ("session_id") REFERENCES "sessions"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
    `);
    await queryRunner.query(`
      ALTER TABLE "attendance_records"
      ADD CONSTRAINT "fk_attendance_records_student" FOREIGN KEY ("student_id") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
    `);
    await queryRunner.query(`
      ALTER TABLE "attendance_records"
      ADD CONSTRAINT "fk_attendance_records_recorded_by" FOREIGN KEY ("recorded_by_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE NO ACTION
    `);
    await queryRunner.query(`
      CREATE FUNCTION "clique_attendance_signed_once"() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF OLD.signed_at IS NOT NULL AND (NEW.signed_at IS DISTINCT FROM OLD.signed_at
            OR NEW.signature_method IS DISTINCT FROM OLD.signature_method
            OR NEW.signature_png IS DISTINCT FROM OLD.signature_png) THEN
          RAISE EXCEPTION 'attendance already signed' USING ERRCODE = '23514',
            CONSTRAINT = 'ck_attendance_records_signed_once';
        END IF;
        RETURN NEW;
      END $$
    `);
    await queryRunner.query(`
      CREATE TRIGGER "tr_attendance_records_signed_once" BEFORE UPDATE ON "attendance_records"
      FOR EACH ROW EXECUTE FUNCTION "clique_attendance_signed_once"()
    `);

    await queryRunner.query(`
      CREATE TABLE "attendance_certifications" (
        "session_id" uuid NOT NULL,
        "part" smallint NOT NULL,
        "instructor_id" uuid NOT NULL,
        "signature_png" bytea NOT NULL,
        "signed_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        CONSTRAINT "ck_attendance_certifications_part" CHECK ("part" IN (0, 1, 2)),
        CONSTRAINT "pk_attendance_certifications" PRIMARY KEY ("session_id", "part", "instructor_id")
      )
    `);
    await queryRunner.query(
      `CREATE INDEX "ix_attendance_certifications_instructor" ON "attendance_certifications" ("instructor_id")`,
    );
    await queryRunner.query(`
      ALTER TABLE "attendance_certifications"
      ADD CONSTRAINT "fk_attendance_certifications_session" FOREIGN KEY ("session_id") REFERENCES "sessions"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
    `);
    await queryRunner.query(`
      ALTER TABLE "attendance_certifications"
      ADD CONSTRAINT "fk_attendance_certifications_instructor" FOREIGN KEY ("instructor_id") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
    `);

    await queryRunner.query(`
      CREATE VIEW "attendance_parts" AS
      WITH local AS (
        SELECT s.id AS session_id, s.cohort_id, s.module_id, s.status, s.starts_at, s.ends_at,
               p.time_zone,
               (s.starts_at AT TIME ZONE p.time_zone) AS local_start,
               (s.ends_at AT TIME ZONE p.time_zone) AS local_end
          FROM sessions s
          JOIN cohorts c ON c.id = s.cohort_id
          JOIN programmes p ON p.id = c.programme_id
      ), days AS (
        SELECT l.*,
               (l.local_start::date = l.local_end::date
                AND l.local_start::time < time '12:00'
                AND l.local_end::time > time '14:00') AS full_day
          FROM local l
      ), parts AS (
        SELECT d.session_id, d.cohort_id, d.module_id, d.status, 0::smallint AS part,
               d.starts_at, d.ends_at
          FROM days d WHERE NOT d.full_day
        UNION ALL
        SELECT d.session_id, d.cohort_id, d.module_id, d.status, 1::smallint,
               d.starts_at, ((d.local_start::date + time '12:00') AT TIME ZONE d.time_zone)
          FROM days d WHERE d.full_day
        UNION ALL
        SELECT d.session_id, d.cohort_id, d.module_id, d.status, 2::smallint,
               ((d.local_start::date + time '13:00') AT TIME ZONE d.time_zone), d.ends_at
          FROM days d WHERE d.full_day
      )
      SELECT parts.session_id, parts.part, parts.starts_at, parts.ends_at,
             parts.cohort_id, parts.module_id,
             (extract(epoch FROM parts.ends_at - parts.starts_at) / 60)::int AS minutes,
             (parts.status <> 'cancelled' AND parts.ends_at <= now()) AS held
        FROM parts
    `);

    await queryRunner.query(`
      CREATE VIEW "attendance_outcomes" AS
      SELECT ap.session_id, ap.part, ap.cohort_id, ap.module_id, e.student_id,
             COALESCE(r.status, 'absent') AS status, ap.minutes, ap.starts_at, ap.ends_at
        FROM attendance_parts ap
        JOIN enrolments e ON e.cohort_id = ap.cohort_id
                         AND (e.withdrawn_at IS NULL OR e.withdrawn_at > ap.starts_at)
        LEFT JOIN attendance_records r ON r.session_id = ap.session_id AND r.part = ap.part
                                      AND r.student_id = e.student_id
       WHERE ap.held
         AND EXISTS (SELECT 1 FROM attendance_records t
                      WHERE t.session_id = ap.session_id AND t.part = ap.part
                        AND t.status IS NOT NULL)
    `);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP VIEW "attendance_outcomes"`);
    await queryRunner.query(`DROP VIEW "attendance_parts"`);
    await queryRunner.query(`DROP TABLE "attendance_certifications"`);
    await queryRunner.query(
      `DROP TRIGGER "tr_attendance_records_signed_once" ON "attendance_records"`,
    );
    await queryRunner.query(`DROP FUNCTION "clique_attendance_signed_once"()`);
    await queryRunner.query(`DROP TABLE "attendance_records"`);
  }
}
