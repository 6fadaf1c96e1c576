import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Placeholder (M4 speaker and mentor mail): filled in by its owner. */
export class SpeakerMail1796300300000 implements MigrationInterface {
  name = 'SpeakerMail1796300300000';

  public async up(_queryRunner: QueryRunner): Promise<void> {
    // filled in by its owner
  }

  public async down(_queryRunner: QueryRunner): Promise<void> {
    // filled in by its owner
  }
}
