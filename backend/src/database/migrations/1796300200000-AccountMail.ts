import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Placeholder (M2 forgot password, e-mail change): filled in by its owner. */
export class AccountMail1796300200000 implements MigrationInterface {
  name = 'AccountMail1796300200000';

  public async up(_queryRunner: QueryRunner): Promise<void> {
    // filled in by its owner
  }

  public async down(_queryRunner: QueryRunner): Promise<void> {
    // filled in by its owner
  }
}
