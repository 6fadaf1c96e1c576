import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Scheduling1795335449935 implements MigrationInterface {
  name = 'Scheduling1795335449935';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            CREATE TABLE "speakers" (
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "full_name" text NOT NULL,
                "email" text,
                "phone" text,
                "organisation_id" uuid,
                "organisation_name" text,
                "job_title" text,
                "bio" text NOT NULL DEFAULT '',
                "topics" text array NOT NULL DEFAULT '{}',
                "website_url" text,
                "photo_url" text,
                "internal_notes" text NOT NULL DEFAULT '',
                "archived_at" TIMESTAMP WITH TIME ZONE,
                CONSTRAINT "pk_speakers" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE INDEX "ix_speakers_organisation" ON "speakers" ("organisation_id")
        `);
    await queryRunner.query(`
            CREATE TABLE "calendar_feeds" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "scope" text NOT NULL,
                "owner_id" uuid NOT NULL,
                "cohort_id" uuid,
                "speaker_id" uuid,
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "revoked_at" TIMESTAMP WITH TIME ZONE,
                "last_fetched_at" TIMESTAMP WITH TIME ZONE,
                CONSTRAINT "ck_calendar_feeds_target" CHECK (
                    CASE
                        "scope"
                        WHEN 'user' THEN "cohort_id" IS NULL
                        AND "speaker_id" IS NULL
                        WHEN 'cohort' THEN "cohort_id" IS NOT NULL
                        AND "speaker_id" IS NULL
                        WHEN 'speaker' THEN "speaker_id" IS NOT NULL
                        AND "cohort_id" IS NULL
                        ELSE false
                    END
                ),
                CONSTRAINT "ck_calendar_feeds_scope" CHECK ("scope" IN ('user', 'cohort', 'speaker')),
                CONSTRAINT "pk_calendar_feeds" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE INDEX "ix_calendar_feeds_owner" ON "calendar_feeds" ("owner_id")
        `);
    await queryRunner.query(`
            CREATE TABLE "rooms" (
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "name" text NOT NULL,
                "address" text NOT NULL DEFAULT '',
                "capacity" integer,
                "notes" text NOT NULL DEFAULT '',
                "archived_at" TIMESTAMP WITH TIME ZONE,
                CONSTRAINT "ck_rooms_capacity" CHECK (
                    "capacity" IS NULL
                    OR "capacity" > 0
                ),
                CONSTRAINT "pk_rooms" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE TABLE "sessions" (
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "cohort_id" uuid NOT NULL,
                "module_id" uuid,
                "title" text NOT NULL,
                "description" text NOT NULL DEFAULT '',
                "kind" text NOT NULL,
                "starts_at" TIMESTAMP WITH TIME ZONE NOT NULL,
                "ends_at" TIMESTAMP WITH TIME ZONE NOT NULL,
                "room_id" uuid,
                "online_url" text,
                "materials" jsonb NOT NULL DEFAULT '[]',
                "status" text NOT NULL DEFAULT 'scheduled',
                "cancelled_at" TIMESTAMP WITH TIME ZONE,
                "cancellation_reason" text,
                "sequence" integer NOT NULL DEFAULT '0',
                "series_id" uuid,
                "created_by_id" uuid,
                CONSTRAINT "ck_sessions_sequence" CHECK ("sequence" >= 0),
                CONSTRAINT "ck_sessions_cancelled" CHECK (
                    ("status" = 'cancelled') = ("cancelled_at" IS NOT NULL)
                ),
                CONSTRAINT "ck_sessions_times" CHECK ("ends_at" > "starts_at"),
                CONSTRAINT "ck_sessions_status" CHECK ("status" IN ('scheduled', 'cancelled')),
                CONSTRAINT "ck_sessions_kind" CHECK (
                    "kind" IN (
                        'lecture',
                        'workshop',
                        'guest_talk',
                        'exam',
                        'defence'
                    )
                ),
                CONSTRAINT "ex_sessions_cohort" EXCLUDE USING gist (
                    "cohort_id" WITH =,
                    tstzrange("starts_at", "ends_at") WITH &&
                )
                WHERE ("status" <> 'cancelled'),
                    CONSTRAINT "ex_sessions_room" EXCLUDE USING gist (
                        "room_id" WITH =,
                        tstzrange("starts_at", "ends_at") WITH &&
                    )
                WHERE ("status" <> 'cancelled'),
                    CONSTRAINT "pk_sessions" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE INDEX "ix_sessions_series" ON "sessions" ("series_id")
        `);
    await queryRunner.query(`
            CREATE INDEX "ix_sessions_room" ON "sessions" ("room_id")
        `);
    await queryRunner.query(`
            CREATE INDEX "ix_sessions_module" ON "sessions" ("module_id")
        `);
    await queryRunner.query(`
            CREATE INDEX "ix_sessions_starts" ON "sessions" ("starts_at")
        `);
    await queryRunner.query(`
            CREATE INDEX "ix_sessions_cohort_starts" ON "sessions" ("cohort_id", "starts_at")
        `);
    await queryRunner.query(`
            CREATE TABLE "session_instructors" (
                "session_id" uuid NOT NULL,
                "instructor_id" uuid NOT NULL,
                "starts_at" TIMESTAMP WITH TIME ZONE NOT NULL,
                "ends_at" TIMESTAMP WITH TIME ZONE NOT NULL,
                "session_cancelled" boolean NOT NULL DEFAULT false,
                CONSTRAINT "ex_session_instructors_time" EXCLUDE USING gist (
                    "instructor_id" WITH =,
                    tstzrange("starts_at", "ends_at") WITH &&
                )
                WHERE (NOT "session_cancelled"),
                    CONSTRAINT "pk_session_instructors" PRIMARY KEY ("session_id", "instructor_id")
            )
        `);
    await queryRunner.query(`
            CREATE INDEX "ix_session_instructors_instructor" ON "session_instructors" ("instructor_id")
        `);
    await queryRunner.query(`
            CREATE TABLE "syntheses" (
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "session_id" uuid NOT NULL,
                "student_id" uuid NOT NULL,
                "body_html" text NOT NULL DEFAULT '',
                "submitted_at" TIMESTAMP WITH TIME ZONE,
                "feedback" text,
                "feedback_by_id" uuid,
                "feedback_at" TIMESTAMP WITH TIME ZONE,
                CONSTRAINT "uq_syntheses_session_student" UNIQUE ("session_id", "student_id"),
                CONSTRAINT "pk_syntheses" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE INDEX "ix_syntheses_student" ON "syntheses" ("student_id")
        `);
    await queryRunner.query(`
            CREATE TABLE "invitations" (
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "session_id" uuid NOT NULL,
                "speaker_id" uuid NOT NULL,
                "status" text NOT NULL DEFAULT 'draft',
                "talk_title" text NOT NULL DEFAULT '',
                "abstract" text NOT NULL DEFAULT '',
                "message_to_speaker" text NOT NULL DEFAULT '',
                "speaker_note" text,
                "responded_at" TIMESTAMP WITH TIME ZONE,
                "starts_at" TIMESTAMP WITH TIME ZONE NOT NULL,
                "ends_at" TIMESTAMP WITH TIME ZONE NOT NULL,
                "session_cancelled" boolean NOT NULL DEFAULT false,
                "created_by_id" uuid,
                CONSTRAINT "ck_invitations_status" CHECK (
                    "status" IN (
                        'draft',
                        'invited',
                        'confirmed',
                        'declined',
                        'held',
                        'cancelled'
                    )
                ),
                CONSTRAINT "ex_invitations_speaker" EXCLUDE USING gist (
                    "speaker_id" WITH =,
                    tstzrange("starts_at", "ends_at") WITH &&
                )
                WHERE (
                        NOT "session_cancelled"
                        AND "status" IN ('draft', 'invited', 'confirmed', 'held')
                    ),
                    CONSTRAINT "pk_invitations" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE INDEX "ix_invitations_speaker" ON "invitations" ("speaker_id")
        `);
    await queryRunner.query(`
            CREATE INDEX "ix_invitations_session" ON "invitations" ("session_id")
        `);
    await queryRunner.query(`
            CREATE TABLE "invitation_events" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "invitation_id" uuid NOT NULL,
                "type" text NOT NULL,
                "from_status" text,
                "to_status" text,
                "actor_kind" text NOT NULL,
                "actor_id" uuid,
                "note" text,
                "occurred_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "ck_invitation_events_status_change" CHECK (
                    ("type" = 'status_changed') = ("to_status" IS NOT NULL)
                ),
                CONSTRAINT "ck_invitation_events_actor_kind" CHECK ("actor_kind" IN ('user', 'speaker', 'system')),
                CONSTRAINT "ck_invitation_events_type" CHECK (
                    "type" IN (
                        'created',
                        'status_changed',
                        'details_edited',
                        'link_issued',
                        'link_opened',
                        'speaker_profile_edited'
                    )
                ),
                CONSTRAINT "pk_invitation_events" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE INDEX "ix_invitation_events_invitation" ON "invitation_events" ("invitation_id", "occurred_at")
        `);
    await queryRunner.query(`
            CREATE TABLE "invitation_links" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "invitation_id" uuid NOT NULL,
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL,
                "used_at" TIMESTAMP WITH TIME ZONE,
                "revoked_at" TIMESTAMP WITH TIME ZONE,
                "last_opened_at" TIMESTAMP WITH TIME ZONE,
                "created_by_id" uuid,
                CONSTRAINT "pk_invitation_links" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE INDEX "ix_invitation_links_invitation" ON "invitation_links" ("invitation_id")
        `);
    await queryRunner.query(`
            ALTER TABLE "speakers"
            ADD CONSTRAINT "fk_speakers_organisation" FOREIGN KEY ("organisation_id") REFERENCES "partner_organisations"("id") ON DELETE
            SET NULL ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "calendar_feeds"
            ADD CONSTRAINT "fk_calendar_feeds_owner" FOREIGN KEY ("owner_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "calendar_feeds"
            ADD CONSTRAINT "fk_calendar_feeds_cohort" FOREIGN KEY ("cohort_id") REFERENCES "cohorts"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "calendar_feeds"
            ADD CONSTRAINT "fk_calendar_feeds_speaker" FOREIGN KEY ("speaker_id") REFERENCES "speakers"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "sessions"
            ADD CONSTRAINT "fk_sessions_cohort" FOREIGN KEY ("cohort_id") REFERENCES "cohorts"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "sessions"
            ADD CONSTRAINT "fk_sessions_module" FOREIGN KEY ("module_id") REFERENCES "course_modules"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "sessions"
            ADD CONSTRAINT "fk_sessions_room" FOREIGN KEY ("room_id") REFERENCES "rooms"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "sessions"
            ADD CONSTRAINT "fk_sessions_created_by" FOREIGN KEY ("created_by_id") REFERENCES "users"("id") ON DELETE
            SET NULL ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "session_instructors"
            ADD CONSTRAINT "fk_session_instructors_session" FOREIGN KEY ("session_id") REFERENCES "sessions"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "session_instructors"
            ADD CONSTRAINT "fk_session_instructors_instructor" FOREIGN KEY ("instructor_id") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "syntheses"
            ADD CONSTRAINT "fk_syntheses_session" FOREIGN KEY ("session_id") REFERENCES "sessions"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "syntheses"
            ADD CONSTRAINT "fk_syntheses_student" FOREIGN KEY ("student_id") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "syntheses"
            ADD CONSTRAINT "fk_syntheses_feedback_by" FOREIGN KEY ("feedback_by_id") REFERENCES "users"("id") ON DELETE
            SET NULL ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "invitations"
            ADD CONSTRAINT "fk_invitations_session" FOREIGN KEY ("session_id") REFERENCES "sessions"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "invitations"
            ADD CONSTRAINT "fk_invitations_speaker" FOREIGN KEY ("speaker_id") REFERENCES "speakers"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "invitations"
            ADD CONSTRAINT "fk_invitations_created_by" FOREIGN KEY ("created_by_id") REFERENCES "users"("id") ON DELETE
            SET NULL ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "invitation_events"
            ADD CONSTRAINT "fk_invitation_events_invitation" FOREIGN KEY ("invitation_id") REFERENCES "invitations"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "invitation_events"
            ADD CONSTRAINT "fk_invitation_events_actor" FOREIGN KEY ("actor_id") REFERENCES "users"("id") ON DELETE
            SET NULL ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "invitation_links"
            ADD CONSTRAINT "fk_invitation_links_invitation" FOREIGN KEY ("invitation_id") REFERENCES "invitations"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "invitation_links"
            ADD CONSTRAINT "fk_invitation_links_created_by" FOREIGN KEY ("created_by_id") REFERENCES "users"("id") ON DELETE
            SET NULL ON UPDATE NO ACTION
        `);

    // Written by hand: TypeORM cannot express indexes on expressions, GIN indexes or triggers.
    await queryRunner.query(`CREATE UNIQUE INDEX "uq_rooms_name" ON "rooms" (lower("name"))`);
    await queryRunner.query(
      `CREATE UNIQUE INDEX "uq_speakers_email" ON "speakers" (lower("email")) WHERE "email" IS NOT NULL`,
    );
    await queryRunner.query(`CREATE INDEX "ix_speakers_topics" ON "speakers" USING gin ("topics")`);
    // The join rows of instructors and speakers carry a copy of their session's time range and
    // cancellation, so that exclusion constraints can refuse overlaps on them. A BEFORE trigger
    // fills the copy from the session on every insert or update of a join row (whatever the
    // application writes there), and an AFTER trigger on sessions pushes a change of time or
    // status to the join rows, where the exclusion constraints then check it.
    await queryRunner.query(`
      CREATE FUNCTION "clique_copy_session_time"() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        SELECT s."starts_at", s."ends_at", s."status" = 'cancelled'
          INTO NEW."starts_at", NEW."ends_at", NEW."session_cancelled"
          FROM "sessions" s WHERE s."id" = NEW."session_id";
        RETURN NEW;
      END
      $$
    `);
    await queryRunner.query(`
      CREATE TRIGGER "tg_session_instructors_copy_time" BEFORE INSERT OR UPDATE ON "session_instructors"
      FOR EACH ROW EXECUTE FUNCTION "clique_copy_session_time"()
    `);
    await queryRunner.query(`
      CREATE TRIGGER "tg_invitations_copy_time" BEFORE INSERT OR UPDATE ON "invitations"
      FOR EACH ROW EXECUTE FUNCTION "clique_copy_session_time"()
    `);
    await queryRunner.query(`
      CREATE FUNCTION "clique_push_session_time"() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        UPDATE "session_instructors" SET "starts_at" = NEW."starts_at" WHERE "session_id" = NEW."id";
        UPDATE "invitations" SET "starts_at" = NEW."starts_at" WHERE "session_id" = NEW."id";
        RETURN NULL;
      END
      $$
    `);
    await queryRunner.query(`
      CREATE TRIGGER "tg_sessions_push_time" AFTER UPDATE OF "starts_at", "ends_at", "status" ON "sessions"
      FOR EACH ROW
      WHEN (OLD."starts_at" IS DISTINCT FROM NEW."starts_at"
         OR OLD."ends_at" IS DISTINCT FROM NEW."ends_at"
         OR OLD."status" IS DISTINCT FROM NEW."status")
      EXECUTE FUNCTION "clique_push_session_time"()
    `);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TRIGGER "tg_sessions_push_time" ON "sessions"`);
    await queryRunner.query(`DROP FUNCTION "clique_push_session_time"()`);
    await queryRunner.query(`DROP TRIGGER "tg_invitations_copy_time" ON "invitations"`);
    await queryRunner.query(
      `DROP TRIGGER "tg_session_instructors_copy_time" ON "session_instructors"`,
    );
    await queryRunner.query(`DROP FUNCTION "clique_copy_session_time"()`);
    await queryRunner.query(`DROP INDEX "public"."ix_speakers_topics"`);
    await queryRunner.query(`DROP INDEX "public"."uq_speakers_email"`);
    await queryRunner.query(`DROP INDEX "public"."uq_rooms_name"`);
    await queryRunner.query(`
            ALTER TABLE "invitation_links" DROP CONSTRAINT "fk_invitation_links_created_by"
        `);
    await queryRunner.query(`
            ALTER TABLE "invitation_links" DROP CONSTRAINT "fk_invitation_links_invitation"
        `);
    await queryRunner.query(`
            ALTER TABLE "invitation_events" DROP CONSTRAINT "fk_invitation_events_actor"
        `);
    await queryRunner.query(`
            ALTER TABLE "invitation_events" DROP CONSTRAINT "fk_invitation_events_invitation"
        `);
    await queryRunner.query(`
            ALTER TABLE "invitations" DROP CONSTRAINT "fk_invitations_created_by"
        `);
    await queryRunner.query(`
            ALTER TABLE "invitations" DROP CONSTRAINT "fk_invitations_speaker"
        `);
    await queryRunner.query(`
            ALTER TABLE "invitations" DROP CONSTRAINT "fk_invitations_session"
        `);
    await queryRunner.query(`
            ALTER TABLE "syntheses" DROP CONSTRAINT "fk_syntheses_feedback_by"
        `);
    await queryRunner.query(`
            ALTER TABLE "syntheses" DROP CONSTRAINT "fk_syntheses_student"
        `);
    await queryRunner.query(`
            ALTER TABLE "syntheses" DROP CONSTRAINT "fk_syntheses_session"
        `);
    await queryRunner.query(`
            ALTER TABLE "session_instructors" DROP CONSTRAINT "fk_session_instructors_instructor"
        `);
    await queryRunner.query(`
            ALTER TABLE "session_instructors" DROP CONSTRAINT "fk_session_instructors_session"
        `);
    await queryRunner.query(`
            ALTER TABLE "sessions" DROP CONSTRAINT "fk_sessions_created_by"
        `);
    await queryRunner.query(`
            ALTER TABLE "sessions" DROP CONSTRAINT "fk_sessions_room"
        `);
    await queryRunner.query(`
            ALTER TABLE "sessions" DROP CONSTRAINT "fk_sessions_module"
        `);
    await queryRunner.query(`
            ALTER TABLE "sessions" DROP CONSTRAINT "fk_sessions_cohort"
        `);
    await queryRunner.query(`
            ALTER TABLE "calendar_feeds" DROP CONSTRAINT "fk_calendar_feeds_speaker"
        `);
    await queryRunner.query(`
            ALTER TABLE "calendar_feeds" DROP CONSTRAINT "fk_calendar_feeds_cohort"
        `);
    await queryRunner.query(`
            ALTER TABLE "calendar_feeds" DROP CONSTRAINT "fk_calendar_feeds_owner"
        `);
    await queryRunner.query(`
            ALTER TABLE "speakers" DROP CONSTRAINT "fk_speakers_organisation"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."ix_invitation_links_invitation"
        `);
    await queryRunner.query(`
            DROP TABLE "invitation_links"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."ix_invitation_events_invitation"
        `);
    await queryRunner.query(`
            DROP TABLE "invitation_events"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."ix_invitations_session"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."ix_invitations_speaker"
        `);
    await queryRunner.query(`
            DROP TABLE "invitations"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."ix_syntheses_student"
        `);
    await queryRunner.query(`
            DROP TABLE "syntheses"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."ix_session_instructors_instructor"
        `);
    await queryRunner.query(`
            DROP TABLE "session_instructors"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."ix_sessions_cohort_starts"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."ix_sessions_starts"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."ix_sessions_module"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."ix_sessions_room"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."ix_sessions_series"
        `);
    await queryRunner.query(`
            DROP TABLE "sessions"
        `);
    await queryRunner.query(`
            DROP TABLE "rooms"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."ix_calendar_feeds_owner"
        `);
    await queryRunner.query(`
            DROP TABLE "calendar_feeds"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."ix_speakers_organisation"
        `);
    await queryRunner.query(`
            DROP TABLE "speakers"
        `);
  }
}
