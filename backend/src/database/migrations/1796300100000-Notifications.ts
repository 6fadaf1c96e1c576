import type { MigrationInterface, QueryRunner } from 'typeorm';

const KINDS = `'project.reviewed', 'project.feedback', 'milestone.due', 'milestone.overdue', 'session.changed', 'session.cancelled', 'synthesis.feedback', 'grades.released', 'diploma.issued'`;

/**
 * Issue 10, in-app notifications: one row per event and person (an idempotency key keeps it to
 * one, whatever retries), each person's channel per kind (no row: a mail at once), and one
 * digest per person and day (its primary key makes the daily digest idempotent).
 */
export class Notifications1796300100000 implements MigrationInterface {
  name = 'Notifications1796300100000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE "notifications" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "user_id" uuid NOT NULL,
        "kind" text NOT NULL,
        "title" text NOT NULL,
        "body" text NOT NULL DEFAULT '',
        "link" text NOT NULL,
        "delivery" text NOT NULL,
        "digested_at" TIMESTAMP WITH TIME ZONE,
        "read_at" TIMESTAMP WITH TIME ZONE,
        "idempotency_key" text NOT NULL,
        "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        CONSTRAINT "uq_notifications_idempotency_key" UNIQUE ("idempotency_key"),
        CONSTRAINT "ck_notifications_kind" CHECK ("kind" IN (${KINDS})),
        CONSTRAINT "ck_notifications_delivery" CHECK ("delivery" IN ('mail', 'digest', 'in_app')),
        CONSTRAINT "ck_notifications_digested" CHECK ("digested_at" IS NULL OR "delivery" = 'digest'),
        CONSTRAINT "pk_notifications" PRIMARY KEY ("id")
      )
    `);
    await queryRunner.query(
      `CREATE INDEX "ix_notifications_user_created" ON "notifications" ("user_id", "created_at", "id")`,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_notifications_user_unread" ON "notifications" ("user_id", "created_at") WHERE "read_at" IS NULL`,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_notifications_digest_pending" ON "notifications" ("user_id") WHERE "delivery" = 'digest' AND "digested_at" IS NULL`,
    );
    await queryRunner.query(`
      ALTER TABLE "notifications"
      ADD CONSTRAINT "fk_notifications_user" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION
    `);

    await queryRunner.query(`
      CREATE TABLE "notification_preferences" (
        "user_id" uuid NOT NULL,
        "kind" text NOT NULL,
        "channel" text NOT NULL,
        "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        CONSTRAINT "ck_notification_preferences_kind" CHECK ("kind" IN (${KINDS})),
        CONSTRAINT "ck_notification_preferences_channel" CHECK ("channel" IN ('mail', 'digest', 'in_app')),
        CONSTRAINT "pk_notification_preferences" PRIMARY KEY ("user_id", "kind")
      )
    `);
    await queryRunner.query(`
      ALTER TABLE "notification_preferences"
      ADD CONSTRAINT "fk_notification_preferences_user" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION
    `);

    await queryRunner.query(`
      CREATE TABLE "notification_digests" (
        "user_id" uuid NOT NULL,
        "day" date NOT NULL,
        "items" integer NOT NULL,
        "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        CONSTRAINT "pk_notification_digests" PRIMARY KEY ("user_id", "day")
      )
    `);
    await queryRunner.query(`
      ALTER TABLE "notification_digests"
      ADD CONSTRAINT "fk_notification_digests_user" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION
    `);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "notification_digests"`);
    await queryRunner.query(`DROP TABLE "notification_preferences"`);
    await queryRunner.query(`DROP TABLE "notifications"`);
  }
}
