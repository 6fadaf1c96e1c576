import type { MigrationInterface, QueryRunner } from 'typeorm';

/** A threshold lies on the range of the rule's scale (CH_6 1–6, FR_20 0–20). */
const THRESHOLD_ON_SCALE = `"threshold" IS NULL OR CASE "scale"
  WHEN 'CH_6' THEN "threshold" BETWEEN 1 AND 6
  WHEN 'FR_20' THEN "threshold" BETWEEN 0 AND 20
  ELSE false
END`;

/**
 * Issue 8. A programme's diploma rules become an ordered list it composes (`diploma_rules`),
 * over modules that may be grouped into periods (semesters) and rule groups, and of a kind
 * (course, project, work period). The programme gains its grading settings (grade step,
 * weighting, rounding, resit policy, project weights, signing window). The three fixed rule
 * columns are turned into rules, then dropped; `down` turns the rules back into them.
 */
export class DiplomaRules1796200000000 implements MigrationInterface {
  name = 'DiplomaRules1796200000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    const q = (sql: string) => queryRunner.query(sql);

    // The programme's settings.
    await q(`ALTER TABLE "programmes"
      ADD "grade_step" numeric(4, 2),
      ADD "average_weighting" text NOT NULL DEFAULT 'coefficient',
      ADD "final_rounding" numeric(4, 2),
      ADD "resit_policy" text NOT NULL DEFAULT 'best',
      ADD "project_weight_tutor" smallint NOT NULL DEFAULT '0',
      ADD "project_weight_mentor" smallint NOT NULL DEFAULT '0',
      ADD "project_weight_jury" smallint NOT NULL DEFAULT '100',
      ADD "signing_opens_before_minutes" smallint NOT NULL DEFAULT '15',
      ADD "signing_closes_after_minutes" smallint NOT NULL DEFAULT '0',
      ADD "keep_passed_modules" boolean NOT NULL DEFAULT false,
      ADD "preset" text`);
    await q(`UPDATE "programmes"
      SET "grade_step" = CASE "grading_scale" WHEN 'FR_20' THEN 0.01 ELSE 0.5 END`);
    await q(`ALTER TABLE "programmes" ALTER COLUMN "grade_step" SET NOT NULL`);
    await q(`ALTER TABLE "programmes"
      ADD CONSTRAINT "ck_programmes_grade_step" CHECK (
        ("grading_scale" = 'CH_6' AND "grade_step" IN (0.5, 0.25))
        OR ("grading_scale" = 'FR_20' AND "grade_step" = 0.01)),
      ADD CONSTRAINT "ck_programmes_average_weighting" CHECK ("average_weighting" IN ('ects', 'coefficient')),
      ADD CONSTRAINT "ck_programmes_final_rounding" CHECK ("final_rounding" IS NULL OR "final_rounding" BETWEEN 0.01 AND 1),
      ADD CONSTRAINT "ck_programmes_resit_policy" CHECK ("resit_policy" IN ('best', 'latest')),
      ADD CONSTRAINT "ck_programmes_project_weights" CHECK (
        "project_weight_tutor" BETWEEN 0 AND 100 AND "project_weight_mentor" BETWEEN 0 AND 100
        AND "project_weight_jury" BETWEEN 0 AND 100
        AND "project_weight_tutor" + "project_weight_mentor" + "project_weight_jury" = 100),
      ADD CONSTRAINT "ck_programmes_signing_window" CHECK (
        "signing_opens_before_minutes" BETWEEN 0 AND 240 AND "signing_closes_after_minutes" BETWEEN 0 AND 240),
      ADD CONSTRAINT "ck_programmes_preset" CHECK ("preset" IN ('ch_diploma', 'fr_licence_pro')),
      ADD CONSTRAINT "uq_programmes_scale" UNIQUE ("id", "grading_scale"),
      ADD CONSTRAINT "uq_programmes_scale_step" UNIQUE ("id", "grading_scale", "grade_step")`);

    // Periods (semesters) and rule groups.
    await q(`CREATE TABLE "programme_periods" (
      "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
      "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
      "id" uuid NOT NULL DEFAULT gen_random_uuid(),
      "programme_id" uuid NOT NULL,
      "position" integer NOT NULL,
      "title" text NOT NULL,
      "compensation" boolean,
      CONSTRAINT "uq_programme_periods_programme_position" UNIQUE ("programme_id", "position") DEFERRABLE INITIALLY DEFERRED,
      CONSTRAINT "ck_programme_periods_position" CHECK ("position" >= 1),
      CONSTRAINT "pk_programme_periods" PRIMARY KEY ("id"),
      CONSTRAINT "fk_programme_periods_programme" FOREIGN KEY ("programme_id") REFERENCES "programmes"("id") ON DELETE CASCADE ON UPDATE NO ACTION
    )`);
    await q(`CREATE TABLE "module_groups" (
      "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
      "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
      "id" uuid NOT NULL DEFAULT gen_random_uuid(),
      "programme_id" uuid NOT NULL,
      "code" text NOT NULL,
      "title" text NOT NULL,
      CONSTRAINT "pk_module_groups" PRIMARY KEY ("id"),
      CONSTRAINT "fk_module_groups_programme" FOREIGN KEY ("programme_id") REFERENCES "programmes"("id") ON DELETE CASCADE ON UPDATE NO ACTION
    )`);
    await q(
      `CREATE UNIQUE INDEX "uq_module_groups_programme_code" ON "module_groups" ("programme_id", lower("code"))`,
    );

    // A module's kind, period and group.
    await q(`ALTER TABLE "course_modules"
      ADD "kind" text NOT NULL DEFAULT 'course',
      ADD "period_id" uuid,
      ADD "group_id" uuid,
      ADD CONSTRAINT "ck_course_modules_kind" CHECK ("kind" IN ('course', 'project', 'work_period')),
      ADD CONSTRAINT "fk_course_modules_period" FOREIGN KEY ("period_id") REFERENCES "programme_periods"("id") ON DELETE SET NULL ON UPDATE NO ACTION,
      ADD CONSTRAINT "fk_course_modules_group" FOREIGN KEY ("group_id") REFERENCES "module_groups"("id") ON DELETE SET NULL ON UPDATE NO ACTION`);
    await q(`CREATE INDEX "ix_course_modules_period" ON "course_modules" ("period_id")`);
    await q(`CREATE INDEX "ix_course_modules_group" ON "course_modules" ("group_id")`);

    // The rules.
    await q(`CREATE TABLE "diploma_rules" (
      "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
      "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
      "id" uuid NOT NULL DEFAULT gen_random_uuid(),
      "programme_id" uuid NOT NULL,
      "scale" text NOT NULL,
      "position" integer NOT NULL,
      "kind" text NOT NULL,
      "threshold" numeric(6, 2),
      "group_id" uuid,
      "max_count" smallint,
      "excused_count_as_absent" boolean,
      CONSTRAINT "uq_diploma_rules_programme_position" UNIQUE ("programme_id", "position") DEFERRABLE INITIALLY DEFERRED,
      CONSTRAINT "ck_diploma_rules_position" CHECK ("position" >= 1),
      CONSTRAINT "ck_diploma_rules_kind" CHECK ("kind" IN ('overall_average', 'group_average', 'module_minimum', 'max_below_pass', 'attendance', 'project_grade')),
      CONSTRAINT "ck_diploma_rules_fields" CHECK (CASE "kind"
        WHEN 'attendance' THEN "threshold" IS NOT NULL AND "threshold" BETWEEN 0 AND 100 AND "excused_count_as_absent" IS NOT NULL
          AND "group_id" IS NULL AND "max_count" IS NULL
        WHEN 'group_average' THEN "threshold" IS NOT NULL AND "group_id" IS NOT NULL
          AND "max_count" IS NULL AND "excused_count_as_absent" IS NULL
        WHEN 'max_below_pass' THEN "max_count" IS NOT NULL AND "max_count" >= 0 AND "threshold" IS NULL
          AND "group_id" IS NULL AND "excused_count_as_absent" IS NULL
        ELSE "threshold" IS NOT NULL AND "group_id" IS NULL AND "max_count" IS NULL
          AND "excused_count_as_absent" IS NULL
      END),
      CONSTRAINT "ck_diploma_rules_threshold_on_scale" CHECK ("kind" = 'attendance' OR ${THRESHOLD_ON_SCALE}),
      CONSTRAINT "pk_diploma_rules" PRIMARY KEY ("id"),
      CONSTRAINT "fk_diploma_rules_programme" FOREIGN KEY ("programme_id", "scale") REFERENCES "programmes"("id", "grading_scale") ON DELETE CASCADE ON UPDATE CASCADE,
      CONSTRAINT "fk_diploma_rules_group" FOREIGN KEY ("group_id") REFERENCES "module_groups"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
    )`);
    await q(`CREATE INDEX "ix_diploma_rules_group" ON "diploma_rules" ("group_id")`);

    // The three fixed rule columns become rules: overall average ≥ pass, attendance, module
    // minimum and project grade when set.
    await q(`INSERT INTO "diploma_rules" ("programme_id", "scale", "position", "kind", "threshold", "excused_count_as_absent")
      SELECT programme_id, scale, row_number() OVER (PARTITION BY programme_id ORDER BY ord)::int, kind, threshold, excused
        FROM (
          SELECT p.id AS programme_id, p.grading_scale AS scale, v.ord, v.kind, v.threshold, v.excused
            FROM "programmes" p
            CROSS JOIN LATERAL (VALUES
              (1, 'overall_average', CASE p.grading_scale WHEN 'FR_20' THEN 10 ELSE 4 END::numeric, NULL::boolean),
              (2, 'module_minimum', p.min_module_grade, NULL),
              (3, 'attendance', p.min_attendance_percent::numeric, false),
              (4, 'project_grade', p.min_project_grade, NULL)
            ) AS v(ord, kind, threshold, excused)
           WHERE v.threshold IS NOT NULL
        ) AS rules`);
    await q(`ALTER TABLE "programmes"
      DROP CONSTRAINT "ck_programmes_min_grades_on_scale",
      DROP CONSTRAINT "ck_programmes_min_attendance",
      DROP COLUMN "min_attendance_percent",
      DROP COLUMN "min_module_grade",
      DROP COLUMN "min_project_grade"`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    const q = (sql: string) => queryRunner.query(sql);
    await q(`ALTER TABLE "programmes"
      ADD "min_attendance_percent" smallint NOT NULL DEFAULT '80',
      ADD "min_module_grade" numeric(4, 2),
      ADD "min_project_grade" numeric(4, 2)`);
    // The first rule of each kind goes back to its column (CH_6 grades by halves).
    await q(`UPDATE "programmes" p SET
      "min_attendance_percent" = coalesce((SELECT least(100, greatest(0, round(r.threshold)))::smallint
          FROM "diploma_rules" r WHERE r.programme_id = p.id AND r.kind = 'attendance'
          ORDER BY r.position LIMIT 1), 80),
      "min_module_grade" = (SELECT CASE p.grading_scale WHEN 'CH_6' THEN round(r.threshold * 2) / 2 ELSE r.threshold END
          FROM "diploma_rules" r WHERE r.programme_id = p.id AND r.kind = 'module_minimum'
          ORDER BY r.position LIMIT 1),
      "min_project_grade" = (SELECT CASE p.grading_scale WHEN 'CH_6' THEN round(r.threshold * 2) / 2 ELSE r.threshold END
          FROM "diploma_rules" r WHERE r.programme_id = p.id AND r.kind = 'project_grade'
          ORDER BY r.position LIMIT 1)`);
    await q(`ALTER TABLE "programmes"
      ADD CONSTRAINT "ck_programmes_min_attendance" CHECK ("min_attendance_percent" BETWEEN 0 AND 100),
      ADD CONSTRAINT "ck_programmes_min_grades_on_scale" CHECK (
        CASE "grading_scale"
          WHEN 'CH_6' THEN (
            "min_module_grade" IS NULL
            OR ("min_module_grade" BETWEEN 1 AND 6 AND "min_module_grade" * 2 = trunc("min_module_grade" * 2))
          ) AND (
            "min_project_grade" IS NULL
            OR ("min_project_grade" BETWEEN 1 AND 6 AND "min_project_grade" * 2 = trunc("min_project_grade" * 2))
          )
          WHEN 'FR_20' THEN ("min_module_grade" IS NULL OR "min_module_grade" BETWEEN 0 AND 20)
            AND ("min_project_grade" IS NULL OR "min_project_grade" BETWEEN 0 AND 20)
          ELSE false
        END)`);
    await q(`DROP TABLE "diploma_rules"`);
    await q(`DROP INDEX "public"."ix_course_modules_group"`);
    await q(`DROP INDEX "public"."ix_course_modules_period"`);
    await q(`ALTER TABLE "course_modules"
      DROP CONSTRAINT "fk_course_modules_group",
      DROP CONSTRAINT "fk_course_modules_period",
      DROP CONSTRAINT "ck_course_modules_kind",
      DROP COLUMN "group_id",
      DROP COLUMN "period_id",
      DROP COLUMN "kind"`);
    await q(`DROP TABLE "module_groups"`);
    await q(`DROP TABLE "programme_periods"`);
    await q(`ALTER TABLE "programmes"
      DROP CONSTRAINT "uq_programmes_scale_step",
      DROP CONSTRAINT "uq_programmes_scale",
      DROP CONSTRAINT "ck_programmes_preset",
      DROP CONSTRAINT "ck_programmes_signing_window",
      DROP CONSTRAINT "ck_programmes_project_weights",
      DROP CONSTRAINT "ck_programmes_resit_policy",
      DROP CONSTRAINT "ck_programmes_final_rounding",
      DROP CONSTRAINT "ck_programmes_average_weighting",
      DROP CONSTRAINT "ck_programmes_grade_step",
      DROP COLUMN "preset",
      DROP COLUMN "keep_passed_modules",
      DROP COLUMN "signing_closes_after_minutes",
      DROP COLUMN "signing_opens_before_minutes",
      DROP COLUMN "project_weight_jury",
      DROP COLUMN "project_weight_mentor",
      DROP COLUMN "project_weight_tutor",
      DROP COLUMN "resit_policy",
      DROP COLUMN "final_rounding",
      DROP COLUMN "average_weighting",
      DROP COLUMN "grade_step"`);
  }
}
