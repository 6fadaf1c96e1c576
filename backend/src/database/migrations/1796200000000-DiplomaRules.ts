import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Issue 8. Placeholder, filled in by the programmes helper (H1). */
export class DiplomaRules1796200000000 implements MigrationInterface {
  name = 'DiplomaRules1796200000000';

  public async up(_queryRunner: QueryRunner): Promise<void> {
    /* filled in by the programmes helper (H1) */
  }

  public async down(_queryRunner: QueryRunner): Promise<void> {
    /* filled in by the programmes helper (H1) */
  }
}
