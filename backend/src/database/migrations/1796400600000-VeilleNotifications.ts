import type { MigrationInterface, QueryRunner } from 'typeorm';

const BEFORE = `'project.reviewed', 'project.feedback', 'milestone.due', 'milestone.overdue', 'session.changed', 'session.cancelled', 'synthesis.feedback', 'grades.released', 'diploma.issued'`;
const AFTER = `${BEFORE}, 'veille.commented', 'veille.replied', 'veille.hidden'`;

/**
 * Issue 12, the veille reaches its people: a comment on your post, a reply to your comment and
 * an instructor hiding your post (with the reason) become notifications, each with its own
 * preference. The kind CHECKs of notifications and preferences widen; no row changes.
 */
export class VeilleNotifications1796400600000 implements MigrationInterface {
  name = 'VeilleNotifications1796400600000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await this.kinds(queryRunner, AFTER);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `DELETE FROM "notifications" WHERE "kind" IN ('veille.commented', 'veille.replied', 'veille.hidden')`,
    );
    await queryRunner.query(
      `DELETE FROM "notification_preferences" WHERE "kind" IN ('veille.commented', 'veille.replied', 'veille.hidden')`,
    );
    await this.kinds(queryRunner, BEFORE);
  }

  private async kinds(queryRunner: QueryRunner, kinds: string): Promise<void> {
    for (const table of ['notifications', 'notification_preferences']) {
      await queryRunner.query(`ALTER TABLE "${table}" DROP CONSTRAINT "ck_${table}_kind"`);
      await queryRunner.query(
        `ALTER TABLE "${table}" ADD CONSTRAINT "ck_${table}_kind" CHECK ("kind" IN (${kinds}))`,
      );
    }
  }
}
