import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Account mail (issue 10): what a password link is for (an invitation or a reset), the
 * requests that make the product mail an address (throttled per address and IP), and the
 * pending e-mail changes waiting for their confirmation link.
 */
export class AccountMail1796300200000 implements MigrationInterface {
  name = 'AccountMail1796300200000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            ALTER TABLE "password_tokens"
            ADD "purpose" text NOT NULL DEFAULT 'invitation',
            ADD CONSTRAINT "ck_password_tokens_purpose" CHECK ("purpose" IN ('invitation', 'reset'))
        `);
    await queryRunner.query(`
            CREATE TABLE "account_mail_requests" (
                "id" BIGSERIAL NOT NULL,
                "kind" text NOT NULL,
                "email" text NOT NULL,
                "ip" text,
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "handled_at" TIMESTAMP WITH TIME ZONE,
                CONSTRAINT "ck_account_mail_requests_kind" CHECK ("kind" IN ('password_reset', 'invitation', 'email_change')),
                CONSTRAINT "ck_account_mail_requests_email_lower" CHECK ("email" = lower("email")),
                CONSTRAINT "pk_account_mail_requests" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE INDEX "ix_account_mail_requests_email" ON "account_mail_requests" ("email", "created_at")
        `);
    await queryRunner.query(`
            CREATE INDEX "ix_account_mail_requests_ip" ON "account_mail_requests" ("ip", "created_at")
        `);
    await queryRunner.query(`
            CREATE TABLE "email_changes" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "user_id" uuid NOT NULL,
                "new_email" text NOT NULL,
                "token_hash" text NOT NULL,
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL,
                "used_at" TIMESTAMP WITH TIME ZONE,
                CONSTRAINT "ck_email_changes_expiry" CHECK ("expires_at" > "created_at"),
                CONSTRAINT "pk_email_changes" PRIMARY KEY ("id"),
                CONSTRAINT "fk_email_changes_user" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION
            )
        `);
    await queryRunner.query(`
            CREATE UNIQUE INDEX "uq_email_changes_token_hash" ON "email_changes" ("token_hash")
        `);
    await queryRunner.query(`
            CREATE INDEX "ix_email_changes_user" ON "email_changes" ("user_id")
        `);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."ix_email_changes_user"`);
    await queryRunner.query(`DROP INDEX "public"."uq_email_changes_token_hash"`);
    await queryRunner.query(`DROP TABLE "email_changes"`);
    await queryRunner.query(`DROP INDEX "public"."ix_account_mail_requests_ip"`);
    await queryRunner.query(`DROP INDEX "public"."ix_account_mail_requests_email"`);
    await queryRunner.query(`DROP TABLE "account_mail_requests"`);
    await queryRunner.query(`
            ALTER TABLE "password_tokens"
            DROP CONSTRAINT "ck_password_tokens_purpose",
            DROP COLUMN "purpose"
        `);
  }
}
