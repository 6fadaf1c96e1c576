import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Placeholder (D3 Open Badges credentials and status list): filled in by its owner. */
export class Credentials1796300600000 implements MigrationInterface {
  name = 'Credentials1796300600000';

  public async up(_queryRunner: QueryRunner): Promise<void> {
    // filled in by its owner
  }

  public async down(_queryRunner: QueryRunner): Promise<void> {
    // filled in by its owner
  }
}
