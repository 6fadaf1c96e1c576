import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Identity1795334664796 implements MigrationInterface {
  name = 'Identity1795334664796';

  public async up(queryRunner: QueryRunner): Promise<void> {
    // Exclusion constraints (no double booking) need btree_gist; PGlite loads it too.
    await queryRunner.query(`CREATE EXTENSION IF NOT EXISTS btree_gist`);
    await queryRunner.query(`
            CREATE TABLE "users" (
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "email" text NOT NULL,
                "display_name" text NOT NULL,
                "role" text NOT NULL,
                "preferred_language" text NOT NULL DEFAULT 'fr',
                "password_hash" text,
                "active" boolean NOT NULL DEFAULT true,
                CONSTRAINT "ck_users_preferred_language" CHECK ("preferred_language" IN ('fr', 'en')),
                CONSTRAINT "ck_users_role" CHECK ("role" IN ('admin', 'instructor', 'student')),
                CONSTRAINT "pk_users" PRIMARY KEY ("id")
            )
        `);
    // E-mail addresses are unique whatever their case (written by hand: TypeORM cannot
    // express an index on an expression).
    await queryRunner.query(`
            CREATE UNIQUE INDEX "uq_users_email" ON "users" (lower("email"))
        `);
    await queryRunner.query(`
            CREATE TABLE "auth_sessions" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "user_id" uuid NOT NULL,
                "token_hash" text NOT NULL,
                "csrf_token" text NOT NULL,
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "last_seen_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL,
                "revoked_at" TIMESTAMP WITH TIME ZONE,
                "ip" text,
                "user_agent" text,
                CONSTRAINT "pk_auth_sessions" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE UNIQUE INDEX "uq_auth_sessions_token_hash" ON "auth_sessions" ("token_hash")
        `);
    await queryRunner.query(`
            CREATE INDEX "ix_auth_sessions_user" ON "auth_sessions" ("user_id")
        `);
    await queryRunner.query(`
            CREATE TABLE "password_tokens" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "user_id" uuid NOT NULL,
                "token_hash" text NOT NULL,
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL,
                "used_at" TIMESTAMP WITH TIME ZONE,
                CONSTRAINT "pk_password_tokens" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE UNIQUE INDEX "uq_password_tokens_token_hash" ON "password_tokens" ("token_hash")
        `);
    await queryRunner.query(`
            CREATE INDEX "ix_password_tokens_user" ON "password_tokens" ("user_id")
        `);
    await queryRunner.query(`
            CREATE TABLE "sign_in_failures" (
                "id" BIGSERIAL NOT NULL,
                "email" text NOT NULL,
                "ip" text NOT NULL,
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "pk_sign_in_failures" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE INDEX "ix_sign_in_failures_ip" ON "sign_in_failures" ("ip", "created_at")
        `);
    await queryRunner.query(`
            CREATE INDEX "ix_sign_in_failures_email" ON "sign_in_failures" ("email", "created_at")
        `);
    await queryRunner.query(`
            ALTER TABLE "auth_sessions"
            ADD CONSTRAINT "fk_auth_sessions_user" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "password_tokens"
            ADD CONSTRAINT "fk_password_tokens_user" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            ALTER TABLE "password_tokens" DROP CONSTRAINT "fk_password_tokens_user"
        `);
    await queryRunner.query(`
            ALTER TABLE "auth_sessions" DROP CONSTRAINT "fk_auth_sessions_user"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."ix_sign_in_failures_email"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."ix_sign_in_failures_ip"
        `);
    await queryRunner.query(`
            DROP TABLE "sign_in_failures"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."ix_password_tokens_user"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."uq_password_tokens_token_hash"
        `);
    await queryRunner.query(`
            DROP TABLE "password_tokens"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."ix_auth_sessions_user"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."uq_auth_sessions_token_hash"
        `);
    await queryRunner.query(`
            DROP TABLE "auth_sessions"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."uq_users_email"
        `);
    await queryRunner.query(`
            DROP TABLE "users"
        `);
  }
}
