import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Issue 10, guest mail (speakers and partner mentors):
 *
 * - `speakers.preferred_language`: the language of the speaker's mails (null: the programme's
 *   default, French).
 * - `invitations`: the practical information the invitation mail and the speaker's page show
 *   (access, equipment, a contact person: the inviting instructor when none is named); the
 *   reminder's delay in days (null: no reminder) and when it went (at most once); how many
 *   times the invitation was mailed, capped by a CHECK so no endpoint mails an address again
 *   and again, and when it last went.
 * - `project_mentor_links`: the language of the mentor's mails and the address the link was
 *   mailed to (null: not mailed, the tutor copies it).
 */
export class SpeakerMail1796300300000 implements MigrationInterface {
  name = 'SpeakerMail1796300300000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      ALTER TABLE "speakers"
        ADD "preferred_language" text,
        ADD CONSTRAINT "ck_speakers_preferred_language" CHECK ("preferred_language" IN ('fr', 'en'))`);
    await queryRunner.query(`
      ALTER TABLE "invitations"
        ADD "access_info" text NOT NULL DEFAULT '',
        ADD "equipment" text NOT NULL DEFAULT '',
        ADD "contact_name" text,
        ADD "contact_email" text,
        ADD "contact_phone" text,
        ADD "reminder_days" integer DEFAULT 5,
        ADD "reminded_at" TIMESTAMP WITH TIME ZONE,
        ADD "mail_count" integer NOT NULL DEFAULT 0,
        ADD "mailed_at" TIMESTAMP WITH TIME ZONE,
        ADD CONSTRAINT "ck_invitations_reminder_days" CHECK ("reminder_days" BETWEEN 1 AND 30),
        ADD CONSTRAINT "ck_invitations_mail_count" CHECK ("mail_count" BETWEEN 0 AND 5)`);
    await queryRunner.query(`
      ALTER TABLE "project_mentor_links"
        ADD "language" text NOT NULL DEFAULT 'fr',
        ADD "mailed_to" text,
        ADD CONSTRAINT "ck_project_mentor_links_language" CHECK ("language" IN ('fr', 'en'))`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      ALTER TABLE "project_mentor_links"
        DROP CONSTRAINT "ck_project_mentor_links_language",
        DROP COLUMN "mailed_to",
        DROP COLUMN "language"`);
    await queryRunner.query(`
      ALTER TABLE "invitations"
        DROP CONSTRAINT "ck_invitations_mail_count",
        DROP CONSTRAINT "ck_invitations_reminder_days",
        DROP COLUMN "mailed_at",
        DROP COLUMN "mail_count",
        DROP COLUMN "reminded_at",
        DROP COLUMN "reminder_days",
        DROP COLUMN "contact_phone",
        DROP COLUMN "contact_email",
        DROP COLUMN "contact_name",
        DROP COLUMN "equipment",
        DROP COLUMN "access_info"`);
    await queryRunner.query(`
      ALTER TABLE "speakers"
        DROP CONSTRAINT "ck_speakers_preferred_language",
        DROP COLUMN "preferred_language"`);
  }
}
