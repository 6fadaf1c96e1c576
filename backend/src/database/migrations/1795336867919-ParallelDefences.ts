import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A defence involves one project's team, its jury and room, not the whole cohort: several juries
 * may sit at once. The cohort no-overlap rule now ignores defences; rooms, instructors (jurors)
 * and speakers still may never be in two places at once.
 */
export class ParallelDefences1795336867919 implements MigrationInterface {
  name = 'ParallelDefences1795336867919';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "sessions" DROP CONSTRAINT "ex_sessions_cohort"`);
    await queryRunner.query(`
      ALTER TABLE "sessions" ADD CONSTRAINT "ex_sessions_cohort" EXCLUDE USING gist (
        "cohort_id" WITH =,
        tstzrange("starts_at", "ends_at") WITH &&
      ) WHERE ("status" <> 'cancelled' AND "kind" <> 'defence')
    `);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "sessions" DROP CONSTRAINT "ex_sessions_cohort"`);
    await queryRunner.query(`
      ALTER TABLE "sessions" ADD CONSTRAINT "ex_sessions_cohort" EXCLUDE USING gist (
        "cohort_id" WITH =,
        tstzrange("starts_at", "ends_at") WITH &&
      ) WHERE ("status" <> 'cancelled')
    `);
  }
}
