import type { MigrationInterface, QueryRunner } from 'typeorm';

export class ProjectDefences1795336485205 implements MigrationInterface {
  name = 'ProjectDefences1795336485205';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            CREATE TABLE "project_defences" (
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "project_id" uuid NOT NULL,
                "session_id" uuid NOT NULL,
                "mentor_attends" boolean NOT NULL DEFAULT false,
                "scheduled_by_id" uuid NOT NULL,
                CONSTRAINT "uq_project_defences_session" UNIQUE ("session_id"),
                CONSTRAINT "pk_project_defences" PRIMARY KEY ("project_id")
            )
        `);
    await queryRunner.query(`
            ALTER TABLE "project_defences"
            ADD CONSTRAINT "fk_project_defences_project" FOREIGN KEY ("project_id") REFERENCES "projects"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "project_defences"
            ADD CONSTRAINT "fk_project_defences_session" FOREIGN KEY ("session_id") REFERENCES "sessions"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "project_defences"
            ADD CONSTRAINT "fk_project_defences_scheduled_by" FOREIGN KEY ("scheduled_by_id") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            ALTER TABLE "project_defences" DROP CONSTRAINT "fk_project_defences_scheduled_by"
        `);
    await queryRunner.query(`
            ALTER TABLE "project_defences" DROP CONSTRAINT "fk_project_defences_session"
        `);
    await queryRunner.query(`
            ALTER TABLE "project_defences" DROP CONSTRAINT "fk_project_defences_project"
        `);
    await queryRunner.query(`
            DROP TABLE "project_defences"
        `);
  }
}
