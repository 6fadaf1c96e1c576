import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Programmes1795335099714 implements MigrationInterface {
  name = 'Programmes1795335099714';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            CREATE TABLE "programmes" (
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "code" text NOT NULL,
                "title" text NOT NULL,
                "description" text NOT NULL DEFAULT '',
                "grading_scale" text NOT NULL,
                "ects_total" numeric(5, 1) NOT NULL DEFAULT '0',
                "time_zone" text NOT NULL DEFAULT 'Europe/Zurich',
                "min_attendance_percent" smallint NOT NULL DEFAULT '80',
                "min_module_grade" numeric(4, 2),
                "min_project_grade" numeric(4, 2),
                "compensation" boolean NOT NULL DEFAULT false,
                "archived_at" TIMESTAMP WITH TIME ZONE,
                CONSTRAINT "ck_programmes_min_grades_on_scale" CHECK (
                    CASE
                        "grading_scale"
                        WHEN 'CH_6' THEN (
                            "min_module_grade" IS NULL
                            OR (
                                "min_module_grade" BETWEEN 1 AND 6
                                AND "min_module_grade" * 2 = trunc("min_module_grade" * 2)
                            )
                        )
                        AND (
                            "min_project_grade" IS NULL
                            OR (
                                "min_project_grade" BETWEEN 1 AND 6
                                AND "min_project_grade" * 2 = trunc("min_project_grade" * 2)
                            )
                        )
                        WHEN 'FR_20' THEN (
                            "min_module_grade" IS NULL
                            OR "min_module_grade" BETWEEN 0 AND 20
                        )
                        AND (
                            "min_project_grade" IS NULL
                            OR "min_project_grade" BETWEEN 0 AND 20
                        )
                        ELSE false
                    END
                ),
                CONSTRAINT "ck_programmes_min_attendance" CHECK (
                    "min_attendance_percent" BETWEEN 0 AND 100
                ),
                CONSTRAINT "ck_programmes_ects_total" CHECK ("ects_total" >= 0),
                CONSTRAINT "ck_programmes_time_zone" CHECK ("time_zone" IN ('Europe/Zurich', 'Europe/Paris')),
                CONSTRAINT "ck_programmes_grading_scale" CHECK ("grading_scale" IN ('CH_6', 'FR_20')),
                CONSTRAINT "pk_programmes" PRIMARY KEY ("id")
            )
        `);
    // Codes, names and titles are unique whatever their case (written by hand: TypeORM cannot
    // express an index on an expression).
    await queryRunner.query(`
            CREATE UNIQUE INDEX "uq_programmes_code" ON "programmes" (lower("code"))
        `);
    await queryRunner.query(`
            CREATE TABLE "cohorts" (
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "programme_id" uuid NOT NULL,
                "name" text NOT NULL,
                "starts_on" date NOT NULL,
                "ends_on" date NOT NULL,
                "status" text NOT NULL DEFAULT 'planned',
                CONSTRAINT "ck_cohorts_status" CHECK ("status" IN ('planned', 'running', 'closed')),
                CONSTRAINT "ck_cohorts_dates" CHECK ("ends_on" > "starts_on"),
                CONSTRAINT "pk_cohorts" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE UNIQUE INDEX "uq_cohorts_programme_name" ON "cohorts" ("programme_id", lower("name"))
        `);
    await queryRunner.query(`
            CREATE TABLE "cohort_instructors" (
                "cohort_id" uuid NOT NULL,
                "instructor_id" uuid NOT NULL,
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "pk_cohort_instructors" PRIMARY KEY ("cohort_id", "instructor_id")
            )
        `);
    await queryRunner.query(`
            CREATE INDEX "ix_cohort_instructors_instructor" ON "cohort_instructors" ("instructor_id")
        `);
    await queryRunner.query(`
            CREATE TABLE "partner_contacts" (
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "partner_id" uuid NOT NULL,
                "name" text NOT NULL,
                "role" text,
                "email" text,
                "phone" text,
                CONSTRAINT "pk_partner_contacts" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE INDEX "ix_partner_contacts_partner" ON "partner_contacts" ("partner_id")
        `);
    await queryRunner.query(`
            CREATE TABLE "partner_organisations" (
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "name" text NOT NULL,
                "sector" text,
                "website" text,
                "address" text,
                CONSTRAINT "pk_partner_organisations" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE UNIQUE INDEX "uq_partner_organisations_name" ON "partner_organisations" (lower("name"))
        `);
    await queryRunner.query(`
            CREATE TABLE "enrolments" (
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "cohort_id" uuid NOT NULL,
                "student_id" uuid NOT NULL,
                "status" text NOT NULL DEFAULT 'active',
                "enrolled_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "withdrawn_at" TIMESTAMP WITH TIME ZONE,
                "withdrawal_reason" text,
                "employer_id" uuid,
                CONSTRAINT "uq_enrolments_cohort_student" UNIQUE ("cohort_id", "student_id"),
                CONSTRAINT "ck_enrolments_withdrawal" CHECK (
                    ("status" = 'withdrawn') = ("withdrawn_at" IS NOT NULL)
                    AND (
                        "withdrawn_at" IS NULL
                        OR "withdrawal_reason" IS NOT NULL
                    )
                ),
                CONSTRAINT "ck_enrolments_status" CHECK ("status" IN ('active', 'withdrawn', 'graduated')),
                CONSTRAINT "pk_enrolments" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE INDEX "ix_enrolments_employer" ON "enrolments" ("employer_id")
        `);
    await queryRunner.query(`
            CREATE INDEX "ix_enrolments_student" ON "enrolments" ("student_id")
        `);
    await queryRunner.query(`
            CREATE TABLE "course_modules" (
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "programme_id" uuid NOT NULL,
                "position" integer NOT NULL,
                "code" text NOT NULL,
                "title" text NOT NULL,
                "description" text NOT NULL DEFAULT '',
                "learning_outcomes" text array NOT NULL DEFAULT '{}',
                "ects" numeric(4, 1) NOT NULL DEFAULT '0',
                "coefficient" numeric(5, 2) NOT NULL DEFAULT '1',
                "archived_at" TIMESTAMP WITH TIME ZONE,
                CONSTRAINT "uq_course_modules_programme_position" UNIQUE ("programme_id", "position") DEFERRABLE INITIALLY DEFERRED,
                CONSTRAINT "ck_course_modules_coefficient" CHECK ("coefficient" > 0),
                CONSTRAINT "ck_course_modules_ects" CHECK ("ects" >= 0),
                CONSTRAINT "ck_course_modules_position" CHECK ("position" >= 1),
                CONSTRAINT "pk_course_modules" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE UNIQUE INDEX "uq_course_modules_programme_code" ON "course_modules" ("programme_id", lower("code"))
        `);
    await queryRunner.query(`
            ALTER TABLE "cohorts"
            ADD CONSTRAINT "fk_cohorts_programme" FOREIGN KEY ("programme_id") REFERENCES "programmes"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "cohort_instructors"
            ADD CONSTRAINT "fk_cohort_instructors_cohort" FOREIGN KEY ("cohort_id") REFERENCES "cohorts"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "cohort_instructors"
            ADD CONSTRAINT "fk_cohort_instructors_instructor" FOREIGN KEY ("instructor_id") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "partner_contacts"
            ADD CONSTRAINT "fk_partner_contacts_partner" FOREIGN KEY ("partner_id") REFERENCES "partner_organisations"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "enrolments"
            ADD CONSTRAINT "fk_enrolments_cohort" FOREIGN KEY ("cohort_id") REFERENCES "cohorts"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "enrolments"
            ADD CONSTRAINT "fk_enrolments_student" FOREIGN KEY ("student_id") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "enrolments"
            ADD CONSTRAINT "fk_enrolments_employer" FOREIGN KEY ("employer_id") REFERENCES "partner_organisations"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "course_modules"
            ADD CONSTRAINT "fk_course_modules_programme" FOREIGN KEY ("programme_id") REFERENCES "programmes"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            ALTER TABLE "course_modules" DROP CONSTRAINT "fk_course_modules_programme"
        `);
    await queryRunner.query(`
            ALTER TABLE "enrolments" DROP CONSTRAINT "fk_enrolments_employer"
        `);
    await queryRunner.query(`
            ALTER TABLE "enrolments" DROP CONSTRAINT "fk_enrolments_student"
        `);
    await queryRunner.query(`
            ALTER TABLE "enrolments" DROP CONSTRAINT "fk_enrolments_cohort"
        `);
    await queryRunner.query(`
            ALTER TABLE "partner_contacts" DROP CONSTRAINT "fk_partner_contacts_partner"
        `);
    await queryRunner.query(`
            ALTER TABLE "cohort_instructors" DROP CONSTRAINT "fk_cohort_instructors_instructor"
        `);
    await queryRunner.query(`
            ALTER TABLE "cohort_instructors" DROP CONSTRAINT "fk_cohort_instructors_cohort"
        `);
    await queryRunner.query(`
            ALTER TABLE "cohorts" DROP CONSTRAINT "fk_cohorts_programme"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."uq_course_modules_programme_code"
        `);
    await queryRunner.query(`
            DROP TABLE "course_modules"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."ix_enrolments_student"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."ix_enrolments_employer"
        `);
    await queryRunner.query(`
            DROP TABLE "enrolments"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."uq_partner_organisations_name"
        `);
    await queryRunner.query(`
            DROP TABLE "partner_organisations"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."ix_partner_contacts_partner"
        `);
    await queryRunner.query(`
            DROP TABLE "partner_contacts"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."ix_cohort_instructors_instructor"
        `);
    await queryRunner.query(`
            DROP TABLE "cohort_instructors"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."uq_cohorts_programme_name"
        `);
    await queryRunner.query(`
            DROP TABLE "cohorts"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."uq_programmes_code"
        `);
    await queryRunner.query(`
            DROP TABLE "programmes"
        `);
  }
}
