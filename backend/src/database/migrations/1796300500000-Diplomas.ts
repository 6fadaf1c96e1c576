import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Placeholder (D2 diplomas, numbering, verification): filled in by its owner. */
export class Diplomas1796300500000 implements MigrationInterface {
  name = 'Diplomas1796300500000';

  public async up(_queryRunner: QueryRunner): Promise<void> {
    // filled in by its owner
  }

  public async down(_queryRunner: QueryRunner): Promise<void> {
    // filled in by its owner
  }
}
