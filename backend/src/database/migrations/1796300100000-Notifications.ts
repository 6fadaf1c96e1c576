import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Placeholder (M3 in-app notifications and preferences): filled in by its owner. */
export class Notifications1796300100000 implements MigrationInterface {
  name = 'Notifications1796300100000';

  public async up(_queryRunner: QueryRunner): Promise<void> {
    // filled in by its owner
  }

  public async down(_queryRunner: QueryRunner): Promise<void> {
    // filled in by its owner
  }
}
