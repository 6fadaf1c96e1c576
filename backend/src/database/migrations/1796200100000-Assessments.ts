import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Issue 8. Placeholder, filled in by the assessments helper (H2). */
export class Assessments1796200100000 implements MigrationInterface {
  name = 'Assessments1796200100000';

  public async up(_queryRunner: QueryRunner): Promise<void> {
    /* filled in by the assessments helper (H2) */
  }

  public async down(_queryRunner: QueryRunner): Promise<void> {
    /* filled in by the assessments helper (H2) */
  }
}
