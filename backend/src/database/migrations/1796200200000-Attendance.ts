import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Issue 8. Placeholder, filled in by the attendance helper (H3). */
export class Attendance1796200200000 implements MigrationInterface {
  name = 'Attendance1796200200000';

  public async up(_queryRunner: QueryRunner): Promise<void> {
    /* filled in by the attendance helper (H3) */
  }

  public async down(_queryRunner: QueryRunner): Promise<void> {
    /* filled in by the attendance helper (H3) */
  }
}
