import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Issue 9, diplomas: one diploma per student and cohort, issued after a signed jury's
 * "awarded" decision, with a readable number gap-free per programme and year.
 *
 * - `diploma_counters`: the last number given per programme and year. The issuing transaction
 *   upserts its row (a row lock held to the commit), so concurrent issues take 1, 2, 3… and a
 *   rolled-back issue gives its number back: no gap, no duplicate.
 * - `diplomas`: what the diploma says, copied at issue (the holder's name as enrolled, the
 *   programme's title, the grade and honours), the random verification code of its QR link,
 *   the holder's display choices for the public page, and its revocation.
 *   A trigger keeps a diploma for ever: never deleted, what it certifies never changed, a
 *   revocation final (no second revocation, no "un-revoking").
 * - `verification_lookups`: public lookups per IP and minute window, for the rate limit
 *   (PostgreSQL, so that every instance counts the same).
 */
export class Diplomas1796300500000 implements MigrationInterface {
  name = 'Diplomas1796300500000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE "diploma_counters" (
        "programme_id" uuid NOT NULL,
        "year" integer NOT NULL,
        "last_value" integer NOT NULL,
        CONSTRAINT "ck_diploma_counters_year" CHECK ("year" BETWEEN 2000 AND 9999),
        CONSTRAINT "ck_diploma_counters_last_value" CHECK ("last_value" BETWEEN 1 AND 9999),
        CONSTRAINT "pk_diploma_counters" PRIMARY KEY ("programme_id", "year")
      )
    `);
    await queryRunner.query(`
      ALTER TABLE "diploma_counters"
      ADD CONSTRAINT "fk_diploma_counters_programme" FOREIGN KEY ("programme_id") REFERENCES "programmes"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
    `);
    await queryRunner.query(`
      CREATE TABLE "diplomas" (
        "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "number" text NOT NULL,
        "verification_code" text NOT NULL,
        "student_id" uuid NOT NULL,
        "cohort_id" uuid NOT NULL,
        "enrolment_id" uuid NOT NULL,
        "programme_id" uuid NOT NULL,
        "jury_decision_id" uuid NOT NULL,
        "holder_name" text NOT NULL,
        "programme_code" text NOT NULL,
        "programme_title" text NOT NULL,
        "cohort_name" text NOT NULL,
        "grading_scale" text NOT NULL,
        "final_grade" numeric(6,3),
        "honours" text,
        "honours_label_fr" text,
        "honours_label_en" text,
        "awarded_on" date NOT NULL,
        "issued_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        "issued_by_id" uuid NOT NULL,
        "signatory_name" text NOT NULL,
        "language" text NOT NULL,
        "show_grade" boolean NOT NULL DEFAULT false,
        "show_honours" boolean NOT NULL DEFAULT false,
        "revoked_at" TIMESTAMP WITH TIME ZONE,
        "revoked_by_id" uuid,
        "revoked_reason" text,
        CONSTRAINT "uq_diplomas_number" UNIQUE ("number"),
        CONSTRAINT "uq_diplomas_verification_code" UNIQUE ("verification_code"),
        CONSTRAINT "uq_diplomas_student_cohort" UNIQUE ("student_id", "cohort_id"),
        CONSTRAINT "ck_diplomas_number" CHECK ("number" ~ '^[A-Z0-9][A-Z0-9_-]*-[0-9]{4}-[0-9]{4}$'),
        CONSTRAINT "ck_diplomas_verification_code" CHECK ("verification_code" ~ '^[a-z0-9]{16,64}$'),
        CONSTRAINT "ck_diplomas_language" CHECK ("language" IN ('fr', 'en')),
        CONSTRAINT "ck_diplomas_revocation" CHECK (("revoked_at" IS NULL) = ("revoked_by_id" IS NULL) AND ("revoked_at" IS NULL) = ("revoked_reason" IS NULL)),
        CONSTRAINT "ck_diplomas_revoked_reason" CHECK ("revoked_reason" IS NULL OR length(btrim("revoked_reason")) > 0),
        CONSTRAINT "pk_diplomas" PRIMARY KEY ("id")
      )
    `);
    for (const [column, index] of [
      ['cohort_id', 'ix_diplomas_cohort'],
      ['enrolment_id', 'ix_diplomas_enrolment'],
      ['programme_id', 'ix_diplomas_programme'],
      ['jury_decision_id', 'ix_diplomas_jury_decision'],
      ['issued_by_id', 'ix_diplomas_issued_by'],
      ['revoked_by_id', 'ix_diplomas_revoked_by'],
    ]) {
      await queryRunner.query(`CREATE INDEX "${index}" ON "diplomas" ("${column}")`);
    }
    for (const [column, name, table] of [
      ['student_id', 'fk_diplomas_student', 'users'],
      ['cohort_id', 'fk_diplomas_cohort', 'cohorts'],
      ['enrolment_id', 'fk_diplomas_enrolment', 'enrolments'],
      ['programme_id', 'fk_diplomas_programme', 'programmes'],
      ['jury_decision_id', 'fk_diplomas_jury_decision', 'jury_decisions'],
      ['issued_by_id', 'fk_diplomas_issued_by', 'users'],
      ['revoked_by_id', 'fk_diplomas_revoked_by', 'users'],
    ]) {
      await queryRunner.query(`
        ALTER TABLE "diplomas"
        ADD CONSTRAINT "${name}" FOREIGN KEY ("${column}") REFERENCES "${table}"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
      `);
    }
    await queryRunner.query(`
      CREATE FUNCTION "clique_diplomas_keep"() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF TG_OP = 'DELETE' THEN
          RAISE EXCEPTION 'a diploma is never deleted (revoke it)'
            USING ERRCODE = 'check_violation', CONSTRAINT = 'ck_diplomas_kept';
        END IF;
        IF (NEW.id, NEW.number, NEW.verification_code, NEW.student_id, NEW.cohort_id,
            NEW.enrolment_id, NEW.programme_id, NEW.jury_decision_id, NEW.holder_name,
            NEW.programme_code, NEW.programme_title, NEW.cohort_name, NEW.grading_scale,
            NEW.final_grade, NEW.honours, NEW.honours_label_fr, NEW.honours_label_en,
            NEW.awarded_on, NEW.issued_at, NEW.issued_by_id, NEW.signatory_name, NEW.language,
            NEW.created_at)
           IS DISTINCT FROM
           (OLD.id, OLD.number, OLD.verification_code, OLD.student_id, OLD.cohort_id,
            OLD.enrolment_id, OLD.programme_id, OLD.jury_decision_id, OLD.holder_name,
            OLD.programme_code, OLD.programme_title, OLD.cohort_name, OLD.grading_scale,
            OLD.final_grade, OLD.honours, OLD.honours_label_fr, OLD.honours_label_en,
            OLD.awarded_on, OLD.issued_at, OLD.issued_by_id, OLD.signatory_name, OLD.language,
            OLD.created_at) THEN
          RAISE EXCEPTION 'what a diploma certifies never changes'
            USING ERRCODE = 'check_violation', CONSTRAINT = 'ck_diplomas_identity';
        END IF;
        IF OLD.revoked_at IS NOT NULL
           AND (NEW.revoked_at, NEW.revoked_by_id, NEW.revoked_reason)
               IS DISTINCT FROM (OLD.revoked_at, OLD.revoked_by_id, OLD.revoked_reason) THEN
          RAISE EXCEPTION 'a revocation is final'
            USING ERRCODE = 'check_violation', CONSTRAINT = 'ck_diplomas_revocation_final';
        END IF;
        RETURN NEW;
      END
      $$
    `);
    await queryRunner.query(`
      CREATE TRIGGER "tg_diplomas_keep" BEFORE UPDATE OR DELETE ON "diplomas"
      FOR EACH ROW EXECUTE FUNCTION "clique_diplomas_keep"()
    `);
    await queryRunner.query(`
      CREATE TABLE "verification_lookups" (
        "ip" text NOT NULL,
        "window_start" TIMESTAMP WITH TIME ZONE NOT NULL,
        "hits" integer NOT NULL,
        CONSTRAINT "pk_verification_lookups" PRIMARY KEY ("ip", "window_start")
      )
    `);
    await queryRunner.query(
      `CREATE INDEX "ix_verification_lookups_window" ON "verification_lookups" ("window_start")`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "verification_lookups"`);
    await queryRunner.query(`DROP TRIGGER "tg_diplomas_keep" ON "diplomas"`);
    await queryRunner.query(`DROP FUNCTION "clique_diplomas_keep"()`);
    await queryRunner.query(`DROP TABLE "diplomas"`);
    await queryRunner.query(`DROP TABLE "diploma_counters"`);
  }
}
