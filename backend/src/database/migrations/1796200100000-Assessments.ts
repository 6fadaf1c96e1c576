import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Issue 8: assessments and grades, the append-only grade audit written by a trigger, and the
 * view `effective_grades` that progress reads. Runs after DiplomaRules (programmes.grade_step,
 * resit_policy, project weights and uq_programmes_scale_step come from there).
 */
export class Assessments1796200100000 implements MigrationInterface {
  name = 'Assessments1796200100000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE "assessments" (
        "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "cohort_id" uuid NOT NULL,
        "module_id" uuid NOT NULL,
        "session_id" uuid,
        "programme_id" uuid NOT NULL,
        "scale" text NOT NULL,
        "grade_step" numeric(4, 2) NOT NULL,
        "title" text NOT NULL,
        "kind" text NOT NULL,
        "coefficient" numeric(5, 2) NOT NULL DEFAULT '1',
        "due_on" date,
        "counts" boolean NOT NULL DEFAULT true,
        "from_project_grades" boolean NOT NULL DEFAULT false,
        "released_at" TIMESTAMP WITH TIME ZONE,
        "released_by_id" uuid,
        "created_by_id" uuid NOT NULL,
        CONSTRAINT "uq_assessments_grade_key" UNIQUE ("id", "cohort_id", "scale", "grade_step"),
        CONSTRAINT "ck_assessments_kind" CHECK ("kind" IN ('exam', 'assignment', 'participation', 'synthesis', 'project', 'defence', 'work_period')),
        CONSTRAINT "ck_assessments_coefficient" CHECK ("coefficient" > 0),
        CONSTRAINT "ck_assessments_from_project" CHECK (NOT "from_project_grades" OR "kind" = 'project'),
        CONSTRAINT "ck_assessments_release" CHECK (("released_at" IS NULL) = ("released_by_id" IS NULL)),
        CONSTRAINT "ck_assessments_title" CHECK (length(btrim("title")) BETWEEN 1 AND 200),
        CONSTRAINT "pk_assessments" PRIMARY KEY ("id")
      )
    `);
    await queryRunner.query(`CREATE INDEX "ix_assessments_cohort" ON "assessments" ("cohort_id")`);
    await queryRunner.query(`CREATE INDEX "ix_assessments_module" ON "assessments" ("module_id")`);
    await queryRunner.query(
      `CREATE INDEX "ix_assessments_session" ON "assessments" ("session_id")`,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_assessments_programme_scale_step" ON "assessments" ("programme_id", "scale", "grade_step")`,
    );
    await queryRunner.query(`
      CREATE TABLE "grades" (
        "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        "assessment_id" uuid NOT NULL,
        "student_id" uuid NOT NULL,
        "attempt" smallint NOT NULL,
        "cohort_id" uuid NOT NULL,
        "scale" text NOT NULL,
        "grade_step" numeric(4, 2) NOT NULL,
        "score" numeric(5, 2) NOT NULL,
        "comment" text,
        "graded_by_id" uuid NOT NULL,
        "version" integer NOT NULL DEFAULT '1',
        CONSTRAINT "ck_grades_attempt" CHECK ("attempt" IN (1, 2)),
        CONSTRAINT "ck_grades_on_scale" CHECK (
          CASE "scale"
            WHEN 'CH_6' THEN "score" BETWEEN 1 AND 6
            WHEN 'FR_20' THEN "score" BETWEEN 0 AND 20
            ELSE false
          END AND mod("score", "grade_step") = 0
        ),
        CONSTRAINT "ck_grades_version" CHECK ("version" >= 1),
        CONSTRAINT "pk_grades" PRIMARY KEY ("assessment_id", "student_id", "attempt")
      )
    `);
    await queryRunner.query(`CREATE INDEX "ix_grades_student" ON "grades" ("student_id")`);
    await queryRunner.query(
      `CREATE INDEX "ix_grades_cohort_student" ON "grades" ("cohort_id", "student_id")`,
    );
    await queryRunner.query(`
      CREATE TABLE "grade_audit" (
        "id" BIGSERIAL NOT NULL,
        "assessment_id" uuid NOT NULL,
        "student_id" uuid NOT NULL,
        "attempt" smallint NOT NULL,
        "operation" text NOT NULL,
        "old_score" numeric(5, 2),
        "new_score" numeric(5, 2),
        "old_comment" text,
        "new_comment" text,
        "changed_by_id" uuid,
        "reason" text,
        "changed_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT clock_timestamp(),
        CONSTRAINT "ck_grade_audit_operation" CHECK ("operation" IN ('insert', 'update', 'delete')),
        CONSTRAINT "pk_grade_audit" PRIMARY KEY ("id")
      )
    `);
    await queryRunner.query(
      `CREATE INDEX "ix_grade_audit_student" ON "grade_audit" ("student_id", "changed_at")`,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_grade_audit_assessment" ON "grade_audit" ("assessment_id")`,
    );
    for (const sql of [
      `ALTER TABLE "assessments" ADD CONSTRAINT "fk_assessments_cohort" FOREIGN KEY ("cohort_id") REFERENCES "cohorts"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
      `ALTER TABLE "assessments" ADD CONSTRAINT "fk_assessments_module" FOREIGN KEY ("module_id") REFERENCES "course_modules"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
      `ALTER TABLE "assessments" ADD CONSTRAINT "fk_assessments_session" FOREIGN KEY ("session_id") REFERENCES "sessions"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
      `ALTER TABLE "assessments" ADD CONSTRAINT "fk_assessments_programme_scale" FOREIGN KEY ("programme_id", "scale", "grade_step") REFERENCES "programmes"("id", "grading_scale", "grade_step") ON DELETE RESTRICT ON UPDATE CASCADE`,
      `ALTER TABLE "assessments" ADD CONSTRAINT "fk_assessments_released_by" FOREIGN KEY ("released_by_id") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
      `ALTER TABLE "assessments" ADD CONSTRAINT "fk_assessments_created_by" FOREIGN KEY ("created_by_id") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
      `ALTER TABLE "grades" ADD CONSTRAINT "fk_grades_assessment" FOREIGN KEY ("assessment_id", "cohort_id", "scale", "grade_step") REFERENCES "assessments"("id", "cohort_id", "scale", "grade_step") ON DELETE RESTRICT ON UPDATE CASCADE`,
      `ALTER TABLE "grades" ADD CONSTRAINT "fk_grades_enrolment" FOREIGN KEY ("cohort_id", "student_id") REFERENCES "enrolments"("cohort_id", "student_id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
      `ALTER TABLE "grades" ADD CONSTRAINT "fk_grades_graded_by" FOREIGN KEY ("graded_by_id") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    ]) {
      await queryRunner.query(sql);
    }

    // The audit: every insert, change of score or comment, and delete of a grade, with the
    // actor and the reason the service sets with SET LOCAL in the same transaction. A change
    // cascaded from the programme's step (scale, grade_step) changes no score: not recorded.
    await queryRunner.query(`
      CREATE FUNCTION "clique_grade_audit"() RETURNS trigger LANGUAGE plpgsql AS $$
      DECLARE
        actor uuid := nullif(current_setting('clique.actor_id', true), '')::uuid;
        why text := nullif(current_setting('clique.change_reason', true), '');
      BEGIN
        IF TG_OP = 'INSERT' THEN
          INSERT INTO "grade_audit" ("assessment_id", "student_id", "attempt", "operation",
                                     "new_score", "new_comment", "changed_by_id", "reason")
          VALUES (NEW."assessment_id", NEW."student_id", NEW."attempt", 'insert',
                  NEW."score", NEW."comment", coalesce(actor, NEW."graded_by_id"), why);
          RETURN NEW;
        ELSIF TG_OP = 'UPDATE' THEN
          IF OLD."score" IS NOT DISTINCT FROM NEW."score"
             AND OLD."comment" IS NOT DISTINCT FROM NEW."comment" THEN
            RETURN NEW;
          END IF;
          INSERT INTO "grade_audit" ("assessment_id", "student_id", "attempt", "operation",
                                     "old_score", "new_score", "old_comment", "new_comment",
                                     "changed_by_id", "reason")
          VALUES (NEW."assessment_id", NEW."student_id", NEW."attempt", 'update',
                  OLD."score", NEW."score", OLD."comment", NEW."comment",
                  coalesce(actor, NEW."graded_by_id"), why);
          RETURN NEW;
        ELSE
          INSERT INTO "grade_audit" ("assessment_id", "student_id", "attempt", "operation",
                                     "old_score", "old_comment", "changed_by_id", "reason")
          VALUES (OLD."assessment_id", OLD."student_id", OLD."attempt", 'delete',
                  OLD."score", OLD."comment", actor, why);
          RETURN OLD;
        END IF;
      END
      $$
    `);
    await queryRunner.query(`
      CREATE TRIGGER "tg_grades_audit" AFTER INSERT OR UPDATE OR DELETE ON "grades"
      FOR EACH ROW EXECUTE FUNCTION "clique_grade_audit"()
    `);
    await queryRunner.query(`
      CREATE FUNCTION "clique_grade_audit_append_only"() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION 'grade_audit is append-only: % refused', TG_OP
          USING ERRCODE = 'insufficient_privilege';
      END
      $$
    `);
    await queryRunner.query(`
      CREATE TRIGGER "tg_grade_audit_append_only" BEFORE UPDATE OR DELETE ON "grade_audit"
      FOR EACH ROW EXECUTE FUNCTION "clique_grade_audit_append_only"()
    `);
    await queryRunner.query(`
      CREATE TRIGGER "tg_grade_audit_no_truncate" BEFORE TRUNCATE ON "grade_audit"
      FOR EACH STATEMENT EXECUTE FUNCTION "clique_grade_audit_append_only"()
    `);

    // The contract progress reads: one row per (assessment, student) with a score, counting or
    // not (see "counts"). "score" follows the programme's resit policy (best or latest
    // attempt). An assessment from_project_grades takes the student's current project's grades
    // weighted by the programme (tutor, mentor, jury), only once every source with a weight
    // above 0 is there, rounded to the programme's step.
    await queryRunner.query(`
      CREATE VIEW "effective_grades" AS
      WITH "project_scores" AS (
        SELECT a."id" AS "assessment_id", pm."student_id",
               (round(
                  (pr."project_weight_tutor" * coalesce(t."grade", 0)
                   + pr."project_weight_mentor" * coalesce(m."grade", 0)
                   + pr."project_weight_jury" * coalesce(j."grade", 0))
                  / nullif(pr."project_weight_tutor" * (t."grade" IS NOT NULL)::int
                           + pr."project_weight_mentor" * (m."grade" IS NOT NULL)::int
                           + pr."project_weight_jury" * (j."grade" IS NOT NULL)::int, 0)
                  / a."grade_step"
                ) * a."grade_step")::numeric(5, 2) AS "score"
          FROM "assessments" a
          JOIN "programmes" pr ON pr."id" = a."programme_id"
          JOIN "project_members" pm ON pm."cohort_id" = a."cohort_id"
                                   AND pm."project_open" AND pm."left_at" IS NULL
          LEFT JOIN "project_grades" t ON t."project_id" = pm."project_id" AND t."source" = 'tutor'
          LEFT JOIN "project_grades" m ON m."project_id" = pm."project_id" AND m."source" = 'mentor'
          LEFT JOIN "project_grades" j ON j."project_id" = pm."project_id" AND j."source" = 'jury'
         WHERE a."from_project_grades"
           AND (pr."project_weight_tutor" = 0 OR t."grade" IS NOT NULL)
           AND (pr."project_weight_mentor" = 0 OR m."grade" IS NOT NULL)
           AND (pr."project_weight_jury" = 0 OR j."grade" IS NOT NULL)
      )
      -- Plain joins, no aggregate over every grade: a caller's filter on the cohort or the
      -- assessment reaches each branch (and its indexes) instead of waiting for a GROUP BY of
      -- the whole table. First attempts with their resit beside them, then resits alone.
      SELECT a."id" AS "assessment_id", a."cohort_id", a."module_id", g."student_id", a."kind",
             a."coefficient", a."counts", a."released_at", g."score" AS "first_score",
             r."score" AS "resit_score",
             CASE
               WHEN r."score" IS NULL THEN g."score"
               WHEN pr."resit_policy" = 'latest' THEN r."score"
               ELSE greatest(g."score", r."score")
             END AS "score"
        FROM "assessments" a
        JOIN "programmes" pr ON pr."id" = a."programme_id"
        JOIN "grades" g ON g."assessment_id" = a."id" AND g."attempt" = 1
        LEFT JOIN "grades" r ON r."assessment_id" = a."id" AND r."student_id" = g."student_id"
                            AND r."attempt" = 2
       WHERE NOT a."from_project_grades"
      UNION ALL
      SELECT a."id", a."cohort_id", a."module_id", r."student_id", a."kind", a."coefficient",
             a."counts", a."released_at", NULL::numeric(5, 2), r."score", r."score"
        FROM "assessments" a
        JOIN "grades" r ON r."assessment_id" = a."id" AND r."attempt" = 2
       WHERE NOT a."from_project_grades"
         AND NOT EXISTS (SELECT 1 FROM "grades" f
                          WHERE f."assessment_id" = r."assessment_id"
                            AND f."student_id" = r."student_id" AND f."attempt" = 1)
      UNION ALL
      SELECT a."id", a."cohort_id", a."module_id", ps."student_id", a."kind", a."coefficient",
             a."counts", a."released_at", ps."score", NULL::numeric(5, 2), ps."score"
        FROM "assessments" a
        JOIN "project_scores" ps ON ps."assessment_id" = a."id"
       WHERE ps."score" IS NOT NULL
    `);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP VIEW "effective_grades"`);
    await queryRunner.query(`DROP TABLE "grade_audit"`);
    await queryRunner.query(`DROP FUNCTION "clique_grade_audit_append_only"()`);
    await queryRunner.query(`DROP TABLE "grades"`);
    await queryRunner.query(`DROP FUNCTION "clique_grade_audit"()`);
    await queryRunner.query(`DROP TABLE "assessments"`);
  }
}
