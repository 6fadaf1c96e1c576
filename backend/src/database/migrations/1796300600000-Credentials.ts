import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Issue 9, Open Badges 3.0 credentials of diplomas (D3):
 *
 * - `credential_status_lists`: the Bitstring Status List (revocation) credentials, numbered
 *   1, 2, …, each stored signed (a VC-JWT) and regenerated on each revocation.
 * - `credentials`: one per diploma (`uq_credentials_diploma`), its signed VC-JWT and the id of
 *   the key that signed it, its place in a status list: one index per list
 *   (`uq_credentials_status_index`), inside the list's 131,072 entries.
 *
 * The issuer's keys are NOT here: they live in the file CREDENTIAL_KEY_FILE, out of the
 * database and its dumps.
 */
export class Credentials1796300600000 implements MigrationInterface {
  name = 'Credentials1796300600000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE "credential_status_lists" (
        "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        "id" integer NOT NULL,
        "status_purpose" text NOT NULL DEFAULT 'revocation',
        "size" integer NOT NULL DEFAULT 131072,
        "version" integer NOT NULL DEFAULT 1,
        "jwt" text NOT NULL,
        "kid" text NOT NULL,
        CONSTRAINT "ck_credential_status_lists_id" CHECK ("id" > 0),
        CONSTRAINT "ck_credential_status_lists_purpose" CHECK ("status_purpose" = 'revocation'),
        CONSTRAINT "ck_credential_status_lists_size" CHECK ("size" = 131072),
        CONSTRAINT "ck_credential_status_lists_version" CHECK ("version" > 0),
        CONSTRAINT "pk_credential_status_lists" PRIMARY KEY ("id")
      )
    `);
    await queryRunner.query(`
      CREATE TABLE "credentials" (
        "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        "id" uuid NOT NULL,
        "diploma_id" uuid NOT NULL,
        "status_list_id" integer NOT NULL,
        "status_index" integer NOT NULL,
        "jwt" text NOT NULL,
        "kid" text NOT NULL,
        "issued_at" TIMESTAMP WITH TIME ZONE NOT NULL,
        "revoked_at" TIMESTAMP WITH TIME ZONE,
        CONSTRAINT "uq_credentials_diploma" UNIQUE ("diploma_id"),
        CONSTRAINT "uq_credentials_status_index" UNIQUE ("status_list_id", "status_index"),
        CONSTRAINT "ck_credentials_status_index" CHECK ("status_index" >= 0 AND "status_index" < 131072),
        CONSTRAINT "pk_credentials" PRIMARY KEY ("id")
      )
    `);
    await queryRunner.query(
      `CREATE INDEX "ix_credentials_revoked" ON "credentials" ("status_list_id") WHERE "revoked_at" IS NOT NULL`,
    );
    await queryRunner.query(`
      ALTER TABLE "credentials"
      ADD CONSTRAINT "fk_credentials_status_list" FOREIGN KEY ("status_list_id") REFERENCES "credential_status_lists"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
    `);
    await queryRunner.query(`
      ALTER TABLE "credentials"
      ADD CONSTRAINT "fk_credentials_diploma" FOREIGN KEY ("diploma_id") REFERENCES "diplomas"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
    `);
    await queryRunner.query(`
      CREATE FUNCTION "clique_credentials_fixed"() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF NEW.diploma_id IS DISTINCT FROM OLD.diploma_id
            OR NEW.status_list_id IS DISTINCT FROM OLD.status_list_id
            OR NEW.status_index IS DISTINCT FROM OLD.status_index
            OR NEW.issued_at IS DISTINCT FROM OLD.issued_at THEN
          RAISE EXCEPTION 'a credential keeps its diploma and status entry' USING ERRCODE = '23514',
            CONSTRAINT = 'ck_credentials_fixed';
        END IF;
        IF OLD.revoked_at IS NOT NULL AND NEW.revoked_at IS DISTINCT FROM OLD.revoked_at THEN
          RAISE EXCEPTION 'a revocation is final' USING ERRCODE = '23514',
            CONSTRAINT = 'ck_credentials_revoked_once';
        END IF;
        RETURN NEW;
      END $$
    `);
    await queryRunner.query(`
      CREATE TRIGGER "tr_credentials_fixed" BEFORE UPDATE ON "credentials"
      FOR EACH ROW EXECUTE FUNCTION "clique_credentials_fixed"()
    `);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "credentials"`);
    await queryRunner.query(`DROP FUNCTION "clique_credentials_fixed"()`);
    await queryRunner.query(`DROP TABLE "credential_status_lists"`);
  }
}
