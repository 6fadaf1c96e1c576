import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Placeholder (M1 mail outbox and job queue): filled in by its owner. */
export class Mail1796300000000 implements MigrationInterface {
  name = 'Mail1796300000000';

  public async up(_queryRunner: QueryRunner): Promise<void> {
    // filled in by its owner
  }

  public async down(_queryRunner: QueryRunner): Promise<void> {
    // filled in by its owner
  }
}
