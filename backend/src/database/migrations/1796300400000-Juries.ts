import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Issue 9, jury deliberation: juries (one open at a time per cohort; locked once the
 * president signs), their members (internal users or external names), the decisions
 * (APPEND-ONLY: the audit trail of decisions, exemptions and corrections; after the sign-off
 * only a correction with its reason), the programmes' honours levels, and the view
 * `current_jury_decisions` diplomas issue from.
 */
export class Juries1796300400000 implements MigrationInterface {
  name = 'Juries1796300400000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE "juries" (
        "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "cohort_id" uuid NOT NULL,
        "held_on" date NOT NULL,
        "status" text NOT NULL DEFAULT 'open',
        "president_name" text,
        "president_id" uuid,
        "signed_at" TIMESTAMP WITH TIME ZONE,
        "signature_png" bytea,
        "signed_by_id" uuid,
        "created_by_id" uuid NOT NULL,
        CONSTRAINT "ck_juries_signed" CHECK (
          ("status" = 'signed') = (
            "signed_at" IS NOT NULL
            AND "president_name" IS NOT NULL
            AND "signature_png" IS NOT NULL
          )
        ),
        CONSTRAINT "ck_juries_status" CHECK ("status" IN ('open', 'signed')),
        CONSTRAINT "pk_juries" PRIMARY KEY ("id")
      )
    `);
    await queryRunner.query(`
      CREATE INDEX "ix_juries_cohort" ON "juries" ("cohort_id", "held_on")
    `);
    await queryRunner.query(`
      CREATE UNIQUE INDEX "uq_juries_open_cohort" ON "juries" ("cohort_id")
      WHERE "status" = 'open'
    `);
    await queryRunner.query(`
      CREATE TABLE "jury_decisions" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "jury_id" uuid NOT NULL,
        "enrolment_id" uuid NOT NULL,
        "student_id" uuid NOT NULL,
        "decision" text NOT NULL,
        "honours" text,
        "honours_label_fr" text,
        "honours_label_en" text,
        "final_grade" numeric(6, 3),
        "rules_met" boolean NOT NULL,
        "unmet_rules" jsonb NOT NULL,
        "exemption_reason" text,
        "remaining" text,
        "remaining_items" text array NOT NULL,
        "supersedes_id" uuid,
        "correction_reason" text,
        "decided_by_id" uuid NOT NULL,
        "decided_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        CONSTRAINT "ck_jury_decisions_correction" CHECK (
          "correction_reason" IS NULL
          OR (
            "supersedes_id" IS NOT NULL
            AND length(btrim("correction_reason")) > 0
          )
        ),
        CONSTRAINT "ck_jury_decisions_remaining_items" CHECK (
          "remaining_items" <@ ARRAY ['resit', 'project', 'attendance', 'work_period', 'other']::text []
        ),
        CONSTRAINT "ck_jury_decisions_remaining" CHECK (
          ("decision" = 'deferred') = (
            "remaining" IS NOT NULL
            OR cardinality("remaining_items") > 0
          )
        ),
        CONSTRAINT "ck_jury_decisions_exemption" CHECK (
          (
            "decision" = 'awarded'
            AND NOT "rules_met"
          ) = (
            "exemption_reason" IS NOT NULL
            AND length(btrim("exemption_reason")) > 0
          )
        ),
        CONSTRAINT "ck_jury_decisions_honours" CHECK (
          (
            "honours" IS NULL
            OR "decision" = 'awarded'
          )
          AND ("honours" IS NULL) = ("honours_label_fr" IS NULL)
          AND ("honours" IS NULL) = ("honours_label_en" IS NULL)
        ),
        CONSTRAINT "ck_jury_decisions_decision" CHECK ("decision" IN ('awarded', 'deferred', 'refused')),
        CONSTRAINT "pk_jury_decisions" PRIMARY KEY ("id")
      )
    `);
    await queryRunner.query(`
      CREATE INDEX "ix_jury_decisions_decided_by" ON "jury_decisions" ("decided_by_id")
    `);
    await queryRunner.query(`
      CREATE INDEX "ix_jury_decisions_student" ON "jury_decisions" ("student_id")
    `);
    await queryRunner.query(`
      CREATE INDEX "ix_jury_decisions_enrolment" ON "jury_decisions" ("enrolment_id")
    `);
    await queryRunner.query(`
      CREATE UNIQUE INDEX "uq_jury_decisions_supersedes" ON "jury_decisions" ("supersedes_id")
    `);
    await queryRunner.query(`
      CREATE UNIQUE INDEX "uq_jury_decisions_first" ON "jury_decisions" ("jury_id", "enrolment_id")
      WHERE "supersedes_id" IS NULL
    `);
    await queryRunner.query(`
      CREATE TABLE "jury_members" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "jury_id" uuid NOT NULL,
        "position" smallint NOT NULL,
        "user_id" uuid,
        "name" text NOT NULL,
        "role" text,
        CONSTRAINT "ck_jury_members_name" CHECK (length(btrim("name")) > 0),
        CONSTRAINT "pk_jury_members" PRIMARY KEY ("id")
      )
    `);
    await queryRunner.query(`
      CREATE INDEX "ix_jury_members_user" ON "jury_members" ("user_id")
    `);
    await queryRunner.query(`
      CREATE UNIQUE INDEX "uq_jury_members_user" ON "jury_members" ("jury_id", "user_id")
      WHERE "user_id" IS NOT NULL
    `);
    await queryRunner.query(`
      CREATE TABLE "programme_honours" (
        "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        "programme_id" uuid NOT NULL,
        "levels" jsonb NOT NULL,
        "updated_by_id" uuid,
        CONSTRAINT "pk_programme_honours" PRIMARY KEY ("programme_id")
      )
    `);
    await queryRunner.query(`
      ALTER TABLE "juries"
      ADD CONSTRAINT "fk_juries_cohort" FOREIGN KEY ("cohort_id") REFERENCES "cohorts"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
    `);
    await queryRunner.query(`
      ALTER TABLE "juries"
      ADD CONSTRAINT "fk_juries_president" FOREIGN KEY ("president_id") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
    `);
    await queryRunner.query(`
      ALTER TABLE "juries"
      ADD CONSTRAINT "fk_juries_signed_by" FOREIGN KEY ("signed_by_id") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
    `);
    await queryRunner.query(`
      ALTER TABLE "juries"
      ADD CONSTRAINT "fk_juries_created_by" FOREIGN KEY ("created_by_id") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
    `);
    await queryRunner.query(`
      ALTER TABLE "jury_decisions"
      ADD CONSTRAINT "fk_jury_decisions_jury" FOREIGN KEY ("jury_id") REFERENCES "juries"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
    `);
    await queryRunner.query(`
      ALTER TABLE "jury_decisions"
      ADD CONSTRAINT "fk_jury_decisions_enrolment" FOREIGN KEY ("enrolment_id") REFERENCES "enrolments"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
    `);
    await queryRunner.query(`
      ALTER TABLE "jury_decisions"
      ADD CONSTRAINT "fk_jury_decisions_student" FOREIGN KEY ("student_id") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
    `);
    await queryRunner.query(`
      ALTER TABLE "jury_decisions"
      ADD CONSTRAINT "fk_jury_decisions_supersedes" FOREIGN KEY ("supersedes_id") REFERENCES "jury_decisions"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
    `);
    await queryRunner.query(`
      ALTER TABLE "jury_decisions"
      ADD CONSTRAINT "fk_jury_decisions_decided_by" FOREIGN KEY ("decided_by_id") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
    `);
    await queryRunner.query(`
      ALTER TABLE "jury_members"
      ADD CONSTRAINT "fk_jury_members_jury" FOREIGN KEY ("jury_id") REFERENCES "juries"("id") ON DELETE CASCADE ON UPDATE NO ACTION
    `);
    await queryRunner.query(`
      ALTER TABLE "jury_members"
      ADD CONSTRAINT "fk_jury_members_user" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
    `);
    await queryRunner.query(`
      ALTER TABLE "programme_honours"
      ADD CONSTRAINT "fk_programme_honours_programme" FOREIGN KEY ("programme_id") REFERENCES "programmes"("id") ON DELETE CASCADE ON UPDATE NO ACTION
    `);
    await queryRunner.query(`
      ALTER TABLE "programme_honours"
      ADD CONSTRAINT "fk_programme_honours_updated_by" FOREIGN KEY ("updated_by_id") REFERENCES "users"("id") ON DELETE
      SET NULL ON UPDATE NO ACTION
    `);

    // Append-only decisions: the audit trail of decisions, exemptions and corrections.
    await queryRunner.query(`
      CREATE FUNCTION "clique_jury_decisions_append_only"() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION 'jury_decisions is append-only: % refused', TG_OP
          USING ERRCODE = 'insufficient_privilege';
      END
      $$
    `);
    await queryRunner.query(`
      CREATE TRIGGER "tg_jury_decisions_append_only" BEFORE UPDATE OR DELETE ON "jury_decisions"
      FOR EACH ROW EXECUTE FUNCTION "clique_jury_decisions_append_only"()
    `);
    await queryRunner.query(`
      CREATE TRIGGER "tg_jury_decisions_no_truncate" BEFORE TRUNCATE ON "jury_decisions"
      FOR EACH STATEMENT EXECUTE FUNCTION "clique_jury_decisions_append_only"()
    `);
    // A decision belongs to a student of the jury's cohort; a successor is of the same jury and
    // student; once the president signed, only a correction (with its reason) may be added. The
    // jury row is read FOR SHARE: a sign-off under way is waited for, then seen.
    await queryRunner.query(`
      CREATE FUNCTION "clique_jury_decisions_check"() RETURNS trigger LANGUAGE plpgsql AS $$
      DECLARE
        j record;
        prev record;
      BEGIN
        SELECT "cohort_id", "signed_at" INTO j FROM "juries" WHERE "id" = NEW."jury_id" FOR SHARE;
        IF NOT EXISTS (SELECT 1 FROM "enrolments" e WHERE e."id" = NEW."enrolment_id"
                        AND e."cohort_id" = j."cohort_id" AND e."student_id" = NEW."student_id") THEN
          RAISE EXCEPTION 'the enrolment is not of the jury''s cohort' USING ERRCODE = '23514',
            CONSTRAINT = 'ck_jury_decisions_enrolment';
        END IF;
        IF NEW."supersedes_id" IS NOT NULL THEN
          SELECT "jury_id", "enrolment_id" INTO prev FROM "jury_decisions" WHERE "id" = NEW."supersedes_id";
          IF prev."jury_id" IS DISTINCT FROM NEW."jury_id" OR prev."enrolment_id" IS DISTINCT FROM NEW."enrolment_id" THEN
            RAISE EXCEPTION 'a decision supersedes one of the same jury and student' USING ERRCODE = '23514',
              CONSTRAINT = 'ck_jury_decisions_supersedes';
          END IF;
        END IF;
        IF j."signed_at" IS NOT NULL AND (NEW."correction_reason" IS NULL OR NEW."supersedes_id" IS NULL) THEN
          RAISE EXCEPTION 'the jury is signed: only a correction may be added' USING ERRCODE = '23514',
            CONSTRAINT = 'ck_jury_decisions_locked';
        END IF;
        RETURN NEW;
      END
      $$
    `);
    await queryRunner.query(`
      CREATE TRIGGER "tg_jury_decisions_check" BEFORE INSERT ON "jury_decisions"
      FOR EACH ROW EXECUTE FUNCTION "clique_jury_decisions_check"()
    `);
    // A signed jury never changes (nor is deleted); its members neither.
    await queryRunner.query(`
      CREATE FUNCTION "clique_juries_signed_locked"() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF OLD."status" = 'signed' THEN
          RAISE EXCEPTION 'the jury is signed: % refused', TG_OP USING ERRCODE = '23514',
            CONSTRAINT = 'ck_juries_locked';
        END IF;
        RETURN CASE WHEN TG_OP = 'DELETE' THEN OLD ELSE NEW END;
      END
      $$
    `);
    await queryRunner.query(`
      CREATE TRIGGER "tg_juries_signed_locked" BEFORE UPDATE OR DELETE ON "juries"
      FOR EACH ROW EXECUTE FUNCTION "clique_juries_signed_locked"()
    `);
    await queryRunner.query(`
      CREATE FUNCTION "clique_jury_members_locked"() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF EXISTS (SELECT 1 FROM "juries" WHERE "id" = CASE WHEN TG_OP = 'DELETE' THEN OLD."jury_id" ELSE NEW."jury_id" END
                    AND "status" = 'signed') THEN
          RAISE EXCEPTION 'the jury is signed: its members are final' USING ERRCODE = '23514',
            CONSTRAINT = 'ck_juries_locked';
        END IF;
        RETURN CASE WHEN TG_OP = 'DELETE' THEN OLD ELSE NEW END;
      END
      $$
    `);
    await queryRunner.query(`
      CREATE TRIGGER "tg_jury_members_locked" BEFORE INSERT OR UPDATE OR DELETE ON "jury_members"
      FOR EACH ROW EXECUTE FUNCTION "clique_jury_members_locked"()
    `);
    // What diplomas read: per student and cohort, the decision in force: in the latest jury of
    // the cohort that decided on the student, the decision no later one supersedes.
    await queryRunner.query(`
      CREATE VIEW "current_jury_decisions" AS
      SELECT DISTINCT ON (d."enrolment_id")
             d."id" AS "decision_id", d."jury_id", j."cohort_id", d."enrolment_id", d."student_id",
             d."decision", d."honours", d."honours_label_fr", d."honours_label_en", d."final_grade",
             d."decided_at", j."held_on" AS "jury_held_on", j."signed_at" AS "jury_signed_at",
             j."president_name"
        FROM "jury_decisions" d
        JOIN "juries" j ON j."id" = d."jury_id"
       WHERE NOT EXISTS (SELECT 1 FROM "jury_decisions" n WHERE n."supersedes_id" = d."id")
       ORDER BY d."enrolment_id", j."held_on" DESC, j."created_at" DESC, j."id" DESC
    `);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP VIEW "current_jury_decisions"`);
    await queryRunner.query(`DROP TRIGGER "tg_jury_members_locked" ON "jury_members"`);
    await queryRunner.query(`DROP FUNCTION "clique_jury_members_locked"()`);
    await queryRunner.query(`DROP TRIGGER "tg_juries_signed_locked" ON "juries"`);
    await queryRunner.query(`DROP FUNCTION "clique_juries_signed_locked"()`);
    await queryRunner.query(`DROP TRIGGER "tg_jury_decisions_check" ON "jury_decisions"`);
    await queryRunner.query(`DROP FUNCTION "clique_jury_decisions_check"()`);
    await queryRunner.query(`DROP TRIGGER "tg_jury_decisions_no_truncate" ON "jury_decisions"`);
    await queryRunner.query(`DROP TRIGGER "tg_jury_decisions_append_only" ON "jury_decisions"`);
    await queryRunner.query(`DROP FUNCTION "clique_jury_decisions_append_only"()`);
    await queryRunner.query(`
      ALTER TABLE "programme_honours" DROP CONSTRAINT "fk_programme_honours_updated_by"
    `);
    await queryRunner.query(`
      ALTER TABLE "programme_honours" DROP CONSTRAINT "fk_programme_honours_programme"
    `);
    await queryRunner.query(`
      ALTER TABLE "jury_members" DROP CONSTRAINT "fk_jury_members_user"
    `);
    await queryRunner.query(`
      ALTER TABLE "jury_members" DROP CONSTRAINT "fk_jury_members_jury"
    `);
    await queryRunner.query(`
      ALTER TABLE "jury_decisions" DROP CONSTRAINT "fk_jury_decisions_decided_by"
    `);
    await queryRunner.query(`
      ALTER TABLE "jury_decisions" DROP CONSTRAINT "fk_jury_decisions_supersedes"
    `);
    await queryRunner.query(`
      ALTER TABLE "jury_decisions" DROP CONSTRAINT "fk_jury_decisions_student"
    `);
    await queryRunner.query(`
      ALTER TABLE "jury_decisions" DROP CONSTRAINT "fk_jury_decisions_enrolment"
    `);
    await queryRunner.query(`
      ALTER TABLE "jury_decisions" DROP CONSTRAINT "fk_jury_decisions_jury"
    `);
    await queryRunner.query(`
      ALTER TABLE "juries" DROP CONSTRAINT "fk_juries_created_by"
    `);
    await queryRunner.query(`
      ALTER TABLE "juries" DROP CONSTRAINT "fk_juries_signed_by"
    `);
    await queryRunner.query(`
      ALTER TABLE "juries" DROP CONSTRAINT "fk_juries_president"
    `);
    await queryRunner.query(`
      ALTER TABLE "juries" DROP CONSTRAINT "fk_juries_cohort"
    `);
    await queryRunner.query(`
      DROP TABLE "programme_honours"
    `);
    await queryRunner.query(`
      DROP INDEX "public"."uq_jury_members_user"
    `);
    await queryRunner.query(`
      DROP INDEX "public"."ix_jury_members_user"
    `);
    await queryRunner.query(`
      DROP TABLE "jury_members"
    `);
    await queryRunner.query(`
      DROP INDEX "public"."uq_jury_decisions_first"
    `);
    await queryRunner.query(`
      DROP INDEX "public"."uq_jury_decisions_supersedes"
    `);
    await queryRunner.query(`
      DROP INDEX "public"."ix_jury_decisions_enrolment"
    `);
    await queryRunner.query(`
      DROP INDEX "public"."ix_jury_decisions_student"
    `);
    await queryRunner.query(`
      DROP INDEX "public"."ix_jury_decisions_decided_by"
    `);
    await queryRunner.query(`
      DROP TABLE "jury_decisions"
    `);
    await queryRunner.query(`
      DROP INDEX "public"."uq_juries_open_cohort"
    `);
    await queryRunner.query(`
      DROP INDEX "public"."ix_juries_cohort"
    `);
    await queryRunner.query(`
      DROP TABLE "juries"
    `);
  }
}
