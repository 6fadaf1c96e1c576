import PgBoss from 'pg-boss';
import type { MigrationInterface, QueryRunner } from 'typeorm';

/** pg-boss's schema (its own name, so its objects never mix with ours). */
const JOBS_SCHEMA = 'pgboss';

/**
 * Issue 10, the job queue and the mail outbox.
 *
 * - The schema `pgboss`: pg-boss 10.4.2's own tables and functions (schema version 24), created
 *   here from `PgBoss.getConstructionPlans` rather than by pg-boss at start (the app starts it
 *   with `migrate: false`), so that a schema change is a reviewed migration. Upgrading pg-boss
 *   past a schema version means a new migration running `PgBoss.getMigrationPlans`.
 * - `mails`: the outbox. A mail is written in the transaction of the change that causes it,
 *   with its job; its idempotency key is unique (the same key twice is one mail); a sent or
 *   delivered mail has its `sent_at`, and nothing else has one.
 */
/**
 * pg-boss's construction script without its own BEGIN/COMMIT: the migration's transaction holds
 * it (a COMMIT inside would end the migration's transaction halfway).
 */
function jobsSchema(): string {
  const plan = PgBoss.getConstructionPlans(JOBS_SCHEMA);
  const inner = plan.replace(/^\s*BEGIN;/, '').replace(/COMMIT;\s*$/, '');
  if (/\b(BEGIN|COMMIT);/.test(inner)) throw new Error('Unexpected pg-boss construction plan');
  // A committed migration never changes: this one is pg-boss's schema version 24 (pg-boss
  // 10.x). A pg-boss that builds another version needs a migration of its own.
  if (!inner.includes(`INSERT INTO ${JOBS_SCHEMA}.version(version) VALUES ('24');`)) {
    throw new Error('pg-boss builds a schema other than version 24: write a new migration');
  }
  return inner;
}

export class Mail1796300000000 implements MigrationInterface {
  name = 'Mail1796300000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(jobsSchema());
    await queryRunner.query(`
      CREATE TABLE "mails" (
        "id" uuid NOT NULL,
        "recipient" text NOT NULL,
        "recipient_name" text,
        "user_id" uuid,
        "lang" text NOT NULL,
        "kind" text NOT NULL,
        "subject" text NOT NULL,
        "html" text NOT NULL,
        "text" text NOT NULL,
        "attachments" jsonb NOT NULL DEFAULT '[]',
        "idempotency_key" text NOT NULL,
        "bulk" boolean NOT NULL DEFAULT false,
        "status" text NOT NULL DEFAULT 'queued',
        "attempts" integer NOT NULL DEFAULT 0,
        "last_error" text,
        "next_attempt_at" TIMESTAMP WITH TIME ZONE,
        "claimed_at" TIMESTAMP WITH TIME ZONE,
        "sent_at" TIMESTAMP WITH TIME ZONE,
        "message_id" text NOT NULL,
        "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        CONSTRAINT "pk_mails" PRIMARY KEY ("id"),
        CONSTRAINT "uq_mails_idempotency_key" UNIQUE ("idempotency_key"),
        CONSTRAINT "ck_mails_status" CHECK ("status" IN ('queued', 'sending', 'sent', 'delivered', 'failed')),
        CONSTRAINT "ck_mails_lang" CHECK ("lang" IN ('fr', 'en')),
        CONSTRAINT "ck_mails_sent_at" CHECK (("status" IN ('sent', 'delivered')) = ("sent_at" IS NOT NULL)),
        CONSTRAINT "ck_mails_attempts" CHECK ("attempts" >= 0),
        CONSTRAINT "fk_mails_user" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE SET NULL
      )`);
    await queryRunner.query(`CREATE INDEX "ix_mails_created" ON "mails" ("created_at", "id")`);
    await queryRunner.query(
      `CREATE INDEX "ix_mails_status_created" ON "mails" ("status", "created_at")`,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_mails_recipient_created" ON "mails" ("recipient", "created_at")`,
    );
    await queryRunner.query(`CREATE INDEX "ix_mails_user" ON "mails" ("user_id")`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "mails"`);
    await queryRunner.query(`DROP SCHEMA "${JOBS_SCHEMA}" CASCADE`);
  }
}
