import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Placeholder (D1 jury deliberation): filled in by its owner. */
export class Juries1796300400000 implements MigrationInterface {
  name = 'Juries1796300400000';

  public async up(_queryRunner: QueryRunner): Promise<void> {
    // filled in by its owner
  }

  public async down(_queryRunner: QueryRunner): Promise<void> {
    // filled in by its owner
  }
}
