import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Projects1795335648003 implements MigrationInterface {
  name = 'Projects1795335648003';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            CREATE TABLE "projects" (
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "cohort_id" uuid NOT NULL,
                "title" text NOT NULL,
                "brief" text NOT NULL DEFAULT '',
                "partner_id" uuid NOT NULL,
                "mentor_contact_id" uuid,
                "tutor_id" uuid,
                "proposed_by_id" uuid NOT NULL,
                "state" text NOT NULL DEFAULT 'proposed',
                "open" boolean NOT NULL DEFAULT true,
                "state_comment" text,
                "state_changed_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "uq_projects_id_cohort_open" UNIQUE ("id", "cohort_id", "open"),
                CONSTRAINT "ck_projects_title" CHECK (
                    char_length(btrim("title")) BETWEEN 1 AND 200
                ),
                CONSTRAINT "ck_projects_state_comment" CHECK (
                    "state" NOT IN ('sent_back', 'rejected', 'abandoned')
                    OR "state_comment" IS NOT NULL
                ),
                CONSTRAINT "ck_projects_open" CHECK (
                    "open" = ("state" NOT IN ('rejected', 'abandoned'))
                ),
                CONSTRAINT "ck_projects_state" CHECK (
                    "state" IN (
                        'proposed',
                        'sent_back',
                        'approved',
                        'in_progress',
                        'submitted',
                        'defended',
                        'graded',
                        'rejected',
                        'abandoned'
                    )
                ),
                CONSTRAINT "pk_projects" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE INDEX "ix_projects_partner" ON "projects" ("partner_id")
        `);
    await queryRunner.query(`
            CREATE INDEX "ix_projects_tutor" ON "projects" ("tutor_id")
        `);
    await queryRunner.query(`
            CREATE INDEX "ix_projects_cohort" ON "projects" ("cohort_id")
        `);
    await queryRunner.query(`
            CREATE TABLE "project_milestones" (
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "project_id" uuid NOT NULL,
                "position" smallint NOT NULL,
                "kind" text NOT NULL,
                "title" text NOT NULL,
                "expectations" text NOT NULL DEFAULT '',
                "due_at" TIMESTAMP WITH TIME ZONE NOT NULL,
                "original_due_at" TIMESTAMP WITH TIME ZONE NOT NULL,
                CONSTRAINT "uq_project_milestones_id_project" UNIQUE ("id", "project_id"),
                CONSTRAINT "ck_project_milestones_title" CHECK (
                    char_length(btrim("title")) BETWEEN 1 AND 200
                ),
                CONSTRAINT "ck_project_milestones_kind" CHECK (
                    "kind" IN (
                        'proposal',
                        'intermediate_report',
                        'final_report',
                        'defence',
                        'other'
                    )
                ),
                CONSTRAINT "pk_project_milestones" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE INDEX "ix_project_milestones_project" ON "project_milestones" ("project_id", "due_at")
        `);
    await queryRunner.query(`
            CREATE TABLE "project_submissions" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "milestone_id" uuid NOT NULL,
                "project_id" uuid NOT NULL,
                "version" integer NOT NULL,
                "storage_key" text NOT NULL,
                "original_name" text NOT NULL,
                "content_type" text NOT NULL,
                "size_bytes" bigint NOT NULL,
                "sha256" character(64) NOT NULL,
                "uploaded_by_id" uuid NOT NULL,
                "submitted_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "due_at" TIMESTAMP WITH TIME ZONE NOT NULL,
                "late" boolean NOT NULL,
                CONSTRAINT "uq_project_submissions_storage_key" UNIQUE ("storage_key"),
                CONSTRAINT "uq_project_submissions_id_milestone" UNIQUE ("id", "milestone_id"),
                CONSTRAINT "uq_project_submissions_milestone_version" UNIQUE ("milestone_id", "version"),
                CONSTRAINT "ck_project_submissions_late" CHECK ("late" = ("submitted_at" > "due_at")),
                CONSTRAINT "ck_project_submissions_sha256" CHECK ("sha256" ~ '^[0-9a-f]{64}$'),
                CONSTRAINT "ck_project_submissions_size" CHECK ("size_bytes" > 0),
                CONSTRAINT "ck_project_submissions_version" CHECK ("version" > 0),
                CONSTRAINT "pk_project_submissions" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE INDEX "ix_project_submissions_project" ON "project_submissions" ("project_id", "submitted_at")
        `);
    await queryRunner.query(`
            CREATE TABLE "project_feedback" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "milestone_id" uuid NOT NULL,
                "project_id" uuid NOT NULL,
                "submission_id" uuid,
                "author_role" text NOT NULL,
                "author_id" uuid,
                "mentor_contact_id" uuid,
                "author_name" text NOT NULL,
                "body" text NOT NULL,
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "ck_project_feedback_body" CHECK (
                    char_length(btrim("body")) BETWEEN 1 AND 10000
                ),
                CONSTRAINT "ck_project_feedback_author" CHECK (
                    ("author_role" = 'mentor') = ("author_id" IS NULL)
                ),
                CONSTRAINT "ck_project_feedback_author_role" CHECK (
                    "author_role" IN ('tutor', 'team', 'admin', 'mentor')
                ),
                CONSTRAINT "pk_project_feedback" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE INDEX "ix_project_feedback_project" ON "project_feedback" ("project_id", "created_at")
        `);
    await queryRunner.query(`
            CREATE INDEX "ix_project_feedback_milestone" ON "project_feedback" ("milestone_id", "created_at")
        `);
    await queryRunner.query(`
            CREATE TABLE "project_mentor_links" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "project_id" uuid NOT NULL,
                "contact_id" uuid NOT NULL,
                "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL,
                "revoked_at" TIMESTAMP WITH TIME ZONE,
                "last_used_at" TIMESTAMP WITH TIME ZONE,
                "created_by_id" uuid NOT NULL,
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "pk_project_mentor_links" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE INDEX "ix_project_mentor_links_project" ON "project_mentor_links" ("project_id")
        `);
    await queryRunner.query(`
            CREATE TABLE "milestone_extensions" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "milestone_id" uuid NOT NULL,
                "previous_due_at" TIMESTAMP WITH TIME ZONE NOT NULL,
                "new_due_at" TIMESTAMP WITH TIME ZONE NOT NULL,
                "reason" text NOT NULL,
                "granted_by_id" uuid NOT NULL,
                "granted_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "ck_milestone_extensions_reason" CHECK (char_length(btrim("reason")) > 0),
                CONSTRAINT "ck_milestone_extensions_later" CHECK ("new_due_at" > "previous_due_at"),
                CONSTRAINT "pk_milestone_extensions" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE INDEX "ix_milestone_extensions_milestone" ON "milestone_extensions" ("milestone_id", "granted_at")
        `);
    await queryRunner.query(`
            CREATE TABLE "milestone_templates" (
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "cohort_id" uuid NOT NULL,
                "position" smallint NOT NULL,
                "kind" text NOT NULL,
                "title" text NOT NULL,
                "expectations" text NOT NULL DEFAULT '',
                "due_on" date NOT NULL,
                CONSTRAINT "uq_milestone_templates_cohort_position" UNIQUE ("cohort_id", "position"),
                CONSTRAINT "ck_milestone_templates_title" CHECK (
                    char_length(btrim("title")) BETWEEN 1 AND 200
                ),
                CONSTRAINT "ck_milestone_templates_kind" CHECK (
                    "kind" IN (
                        'proposal',
                        'intermediate_report',
                        'final_report',
                        'defence',
                        'other'
                    )
                ),
                CONSTRAINT "pk_milestone_templates" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE TABLE "project_events" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "project_id" uuid NOT NULL,
                "from_state" text,
                "to_state" text NOT NULL,
                "actor_id" uuid NOT NULL,
                "comment" text,
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "pk_project_events" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE INDEX "ix_project_events_project" ON "project_events" ("project_id", "created_at")
        `);
    await queryRunner.query(`
            CREATE TABLE "project_grades" (
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "project_id" uuid NOT NULL,
                "source" text NOT NULL,
                "scale" text NOT NULL,
                "grade" numeric(4, 2) NOT NULL,
                "comment" text,
                "graded_by_id" uuid,
                "mentor_contact_id" uuid,
                CONSTRAINT "ck_project_grades_grader" CHECK (("source" = 'mentor') = ("graded_by_id" IS NULL)),
                CONSTRAINT "ck_project_grades_on_scale" CHECK (
                    CASE
                        "scale"
                        WHEN 'CH_6' THEN "grade" BETWEEN 1 AND 6
                        AND "grade" * 2 = trunc("grade" * 2)
                        WHEN 'FR_20' THEN "grade" BETWEEN 0 AND 20
                        ELSE false
                    END
                ),
                CONSTRAINT "ck_project_grades_source" CHECK ("source" IN ('tutor', 'mentor', 'jury')),
                CONSTRAINT "pk_project_grades" PRIMARY KEY ("project_id", "source")
            )
        `);
    await queryRunner.query(`
            CREATE TABLE "project_members" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "project_id" uuid NOT NULL,
                "cohort_id" uuid NOT NULL,
                "project_open" boolean NOT NULL DEFAULT true,
                "student_id" uuid NOT NULL,
                "joined_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "left_at" TIMESTAMP WITH TIME ZONE,
                CONSTRAINT "pk_project_members" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE INDEX "ix_project_members_student" ON "project_members" ("student_id")
        `);
    await queryRunner.query(`
            CREATE UNIQUE INDEX "uq_project_members_project_student" ON "project_members" ("project_id", "student_id")
            WHERE "left_at" IS NULL
        `);
    await queryRunner.query(`
            CREATE UNIQUE INDEX "uq_project_members_cohort_student" ON "project_members" ("cohort_id", "student_id")
            WHERE "project_open"
                AND "left_at" IS NULL
        `);
    await queryRunner.query(`
            ALTER TABLE "projects"
            ADD CONSTRAINT "fk_projects_cohort" FOREIGN KEY ("cohort_id") REFERENCES "cohorts"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "projects"
            ADD CONSTRAINT "fk_projects_partner" FOREIGN KEY ("partner_id") REFERENCES "partner_organisations"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "projects"
            ADD CONSTRAINT "fk_projects_mentor" FOREIGN KEY ("mentor_contact_id") REFERENCES "partner_contacts"("id") ON DELETE
            SET NULL ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "projects"
            ADD CONSTRAINT "fk_projects_tutor" FOREIGN KEY ("tutor_id") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "projects"
            ADD CONSTRAINT "fk_projects_proposed_by" FOREIGN KEY ("proposed_by_id") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "project_milestones"
            ADD CONSTRAINT "fk_project_milestones_project" FOREIGN KEY ("project_id") REFERENCES "projects"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "project_submissions"
            ADD CONSTRAINT "fk_project_submissions_milestone" FOREIGN KEY ("milestone_id", "project_id") REFERENCES "project_milestones"("id", "project_id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "project_submissions"
            ADD CONSTRAINT "fk_project_submissions_uploaded_by" FOREIGN KEY ("uploaded_by_id") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "project_feedback"
            ADD CONSTRAINT "fk_project_feedback_milestone" FOREIGN KEY ("milestone_id", "project_id") REFERENCES "project_milestones"("id", "project_id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "project_feedback"
            ADD CONSTRAINT "fk_project_feedback_submission" FOREIGN KEY ("submission_id", "milestone_id") REFERENCES "project_submissions"("id", "milestone_id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "project_feedback"
            ADD CONSTRAINT "fk_project_feedback_author" FOREIGN KEY ("author_id") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "project_feedback"
            ADD CONSTRAINT "fk_project_feedback_mentor_contact" FOREIGN KEY ("mentor_contact_id") REFERENCES "partner_contacts"("id") ON DELETE
            SET NULL ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "project_mentor_links"
            ADD CONSTRAINT "fk_project_mentor_links_project" FOREIGN KEY ("project_id") REFERENCES "projects"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "project_mentor_links"
            ADD CONSTRAINT "fk_project_mentor_links_contact" FOREIGN KEY ("contact_id") REFERENCES "partner_contacts"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "project_mentor_links"
            ADD CONSTRAINT "fk_project_mentor_links_created_by" FOREIGN KEY ("created_by_id") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "milestone_extensions"
            ADD CONSTRAINT "fk_milestone_extensions_milestone" FOREIGN KEY ("milestone_id") REFERENCES "project_milestones"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "milestone_extensions"
            ADD CONSTRAINT "fk_milestone_extensions_granted_by" FOREIGN KEY ("granted_by_id") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "milestone_templates"
            ADD CONSTRAINT "fk_milestone_templates_cohort" FOREIGN KEY ("cohort_id") REFERENCES "cohorts"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "project_events"
            ADD CONSTRAINT "fk_project_events_project" FOREIGN KEY ("project_id") REFERENCES "projects"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "project_events"
            ADD CONSTRAINT "fk_project_events_actor" FOREIGN KEY ("actor_id") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "project_grades"
            ADD CONSTRAINT "fk_project_grades_project" FOREIGN KEY ("project_id") REFERENCES "projects"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "project_grades"
            ADD CONSTRAINT "fk_project_grades_graded_by" FOREIGN KEY ("graded_by_id") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "project_grades"
            ADD CONSTRAINT "fk_project_grades_mentor_contact" FOREIGN KEY ("mentor_contact_id") REFERENCES "partner_contacts"("id") ON DELETE
            SET NULL ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "project_members"
            ADD CONSTRAINT "fk_project_members_project" FOREIGN KEY ("project_id", "cohort_id", "project_open") REFERENCES "projects"("id", "cohort_id", "open") ON DELETE CASCADE ON UPDATE CASCADE
        `);
    await queryRunner.query(`
            ALTER TABLE "project_members"
            ADD CONSTRAINT "fk_project_members_enrolment" FOREIGN KEY ("cohort_id", "student_id") REFERENCES "enrolments"("cohort_id", "student_id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            ALTER TABLE "project_members" DROP CONSTRAINT "fk_project_members_enrolment"
        `);
    await queryRunner.query(`
            ALTER TABLE "project_members" DROP CONSTRAINT "fk_project_members_project"
        `);
    await queryRunner.query(`
            ALTER TABLE "project_grades" DROP CONSTRAINT "fk_project_grades_mentor_contact"
        `);
    await queryRunner.query(`
            ALTER TABLE "project_grades" DROP CONSTRAINT "fk_project_grades_graded_by"
        `);
    await queryRunner.query(`
            ALTER TABLE "project_grades" DROP CONSTRAINT "fk_project_grades_project"
        `);
    await queryRunner.query(`
            ALTER TABLE "project_events" DROP CONSTRAINT "fk_project_events_actor"
        `);
    await queryRunner.query(`
            ALTER TABLE "project_events" DROP CONSTRAINT "fk_project_events_project"
        `);
    await queryRunner.query(`
            ALTER TABLE "milestone_templates" DROP CONSTRAINT "fk_milestone_templates_cohort"
        `);
    await queryRunner.query(`
            ALTER TABLE "milestone_extensions" DROP CONSTRAINT "fk_milestone_extensions_granted_by"
        `);
    await queryRunner.query(`
            ALTER TABLE "milestone_extensions" DROP CONSTRAINT "fk_milestone_extensions_milestone"
        `);
    await queryRunner.query(`
            ALTER TABLE "project_mentor_links" DROP CONSTRAINT "fk_project_mentor_links_created_by"
        `);
    await queryRunner.query(`
            ALTER TABLE "project_mentor_links" DROP CONSTRAINT "fk_project_mentor_links_contact"
        `);
    await queryRunner.query(`
            ALTER TABLE "project_mentor_links" DROP CONSTRAINT "fk_project_mentor_links_project"
        `);
    await queryRunner.query(`
            ALTER TABLE "project_feedback" DROP CONSTRAINT "fk_project_feedback_mentor_contact"
        `);
    await queryRunner.query(`
            ALTER TABLE "project_feedback" DROP CONSTRAINT "fk_project_feedback_author"
        `);
    await queryRunner.query(`
            ALTER TABLE "project_feedback" DROP CONSTRAINT "fk_project_feedback_submission"
        `);
    await queryRunner.query(`
            ALTER TABLE "project_feedback" DROP CONSTRAINT "fk_project_feedback_milestone"
        `);
    await queryRunner.query(`
            ALTER TABLE "project_submissions" DROP CONSTRAINT "fk_project_submissions_uploaded_by"
        `);
    await queryRunner.query(`
            ALTER TABLE "project_submissions" DROP CONSTRAINT "fk_project_submissions_milestone"
        `);
    await queryRunner.query(`
            ALTER TABLE "project_milestones" DROP CONSTRAINT "fk_project_milestones_project"
        `);
    await queryRunner.query(`
            ALTER TABLE "projects" DROP CONSTRAINT "fk_projects_proposed_by"
        `);
    await queryRunner.query(`
            ALTER TABLE "projects" DROP CONSTRAINT "fk_projects_tutor"
        `);
    await queryRunner.query(`
            ALTER TABLE "projects" DROP CONSTRAINT "fk_projects_mentor"
        `);
    await queryRunner.query(`
            ALTER TABLE "projects" DROP CONSTRAINT "fk_projects_partner"
        `);
    await queryRunner.query(`
            ALTER TABLE "projects" DROP CONSTRAINT "fk_projects_cohort"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."uq_project_members_cohort_student"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."uq_project_members_project_student"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."ix_project_members_student"
        `);
    await queryRunner.query(`
            DROP TABLE "project_members"
        `);
    await queryRunner.query(`
            DROP TABLE "project_grades"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."ix_project_events_project"
        `);
    await queryRunner.query(`
            DROP TABLE "project_events"
        `);
    await queryRunner.query(`
            DROP TABLE "milestone_templates"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."ix_milestone_extensions_milestone"
        `);
    await queryRunner.query(`
            DROP TABLE "milestone_extensions"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."ix_project_mentor_links_project"
        `);
    await queryRunner.query(`
            DROP TABLE "project_mentor_links"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."ix_project_feedback_milestone"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."ix_project_feedback_project"
        `);
    await queryRunner.query(`
            DROP TABLE "project_feedback"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."ix_project_submissions_project"
        `);
    await queryRunner.query(`
            DROP TABLE "project_submissions"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."ix_project_milestones_project"
        `);
    await queryRunner.query(`
            DROP TABLE "project_milestones"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."ix_projects_cohort"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."ix_projects_tutor"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."ix_projects_partner"
        `);
    await queryRunner.query(`
            DROP TABLE "projects"
        `);
  }
}
