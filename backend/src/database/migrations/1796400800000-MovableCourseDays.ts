import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A course day moved to another time takes its slots along: the slots are moved first, naming
 * the day's new times, and the day after, in one transaction. Between the two the slots refer to
 * times the day does not have yet, so the slot-to-day foreign key becomes DEFERRABLE (still
 * INITIALLY IMMEDIATE: only that move defers it, to its commit). Its ON UPDATE CASCADE is not
 * deferred (PostgreSQL never defers an action), and `ck_sessions_slot_within` stays immediate.
 */
export class MovableCourseDays1796400800000 implements MigrationInterface {
  name = 'MovableCourseDays1796400800000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE "sessions" ALTER CONSTRAINT "fk_sessions_parent" DEFERRABLE INITIALLY IMMEDIATE`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE "sessions" ALTER CONSTRAINT "fk_sessions_parent" NOT DEFERRABLE`,
    );
  }
}
