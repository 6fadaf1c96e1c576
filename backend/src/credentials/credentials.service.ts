import { Injectable, Logger, type OnApplicationBootstrap } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { randomBytes, randomInt, randomUUID } from 'node:crypto';
import { DataSource, type EntityManager } from 'typeorm';
import type { CredentialInput } from './credential-input';
import { IssuerKeysService } from './issuer-keys.service';
import { identityHash, openBadgeCredential } from './open-badge';
import { STATUS_LIST_SIZE } from './status-list';
import { StatusListsService } from './status-lists.service';
import { signVcJwt } from './vc-jwt';

/** Random picks in a list before moving on to the next one (a list this full is rare). */
const ATTEMPTS_PER_LIST = 8;
const MAX_ATTEMPTS = 4 * ATTEMPTS_PER_LIST;

export interface IssuedCredential {
  credentialId: string;
  statusIndex: number;
}

/**
 * Signs diplomas as Open Badges 3.0 credentials (VC-JWT, EdDSA) and publishes their
 * revocation. Everything happens in the caller's transaction: a rollback leaves no credential,
 * no allocated index and no regenerated list behind.
 */
@Injectable()
export class CredentialsService implements OnApplicationBootstrap {
  private readonly logger = new Logger(CredentialsService.name);

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly issuer: IssuerKeysService,
    private readonly lists: StatusListsService,
  ) {}

  /**
   * A key file that lacks a key credentials were signed with (lost, replaced, a retired key
   * deleted) leaves them unverifiable: said loudly at start, with what to do.
   */
  async onApplicationBootstrap(): Promise<void> {
    const published = new Set(this.issuer.keys().keys.map((k) => k.kid));
    let used: Array<{ kid: string; n: number }>;
    try {
      used = (await this.db.query(
        `SELECT "kid", count(*)::int AS "n" FROM "credentials" GROUP BY "kid"`,
      )) as Array<{ kid: string; n: number }>;
    } catch {
      return; // not migrated yet: nothing was signed
    }
    for (const { kid, n } of used.filter((u) => !published.has(u.kid)))
      this.logger.error(
        `${n} credential(s) were signed with key ${kid}, which ${this.issuer.file} lacks: they no longer verify. Restore the file from a backup (README, Diplomas).`,
      );
  }

  /**
   * Signs and stores the credential; idempotent per diploma (a second call returns the first
   * credential). Its status index is drawn at random in the newest list (herd privacy: the
   * index says nothing of the order of issue); `uq_credentials_status_index` makes two
   * credentials never share one, even in concurrent transactions (the loser draws again).
   */
  async issue(manager: EntityManager, input: CredentialInput): Promise<IssuedCredential> {
    const existing = await this.existing(manager, input.diplomaId);
    if (existing) return existing;
    const credentialId = randomUUID();
    const salt = randomBytes(16).toString('hex');
    let listId = await this.lists.newest(manager);
    for (let attempt = 1; attempt <= MAX_ATTEMPTS; attempt++) {
      const statusIndex = randomInt(STATUS_LIST_SIZE);
      const credential = openBadgeCredential(input, this.issuer.profile, {
        credentialId,
        statusListUrl: this.lists.url(listId),
        statusIndex,
        salt,
      });
      const key = this.issuer.signingKey();
      const jwt = await signVcJwt(
        credential,
        { privateKey: key.privateKey, kid: key.headerKid },
        identityHash(input.holderEmail, salt),
      );
      const inserted = (await manager.query(
        `INSERT INTO "credentials"
           ("id", "diploma_id", "status_list_id", "status_index", "jwt", "kid", "issued_at")
         VALUES ($1, $2, $3, $4, $5, $6, $7)
         ON CONFLICT DO NOTHING
         RETURNING "id"`,
        [credentialId, input.diplomaId, listId, statusIndex, jwt, key.kid, input.issuedAt],
      )) as unknown[];
      if (inserted.length) return { credentialId, statusIndex };
      // Either the index was taken, or a concurrent transaction issued this diploma's credential.
      const concurrent = await this.existing(manager, input.diplomaId);
      if (concurrent) return concurrent;
      if (attempt % ATTEMPTS_PER_LIST === 0) {
        listId += 1;
        await this.lists.create(manager, listId);
      }
    }
    throw new Error(`No free status index after ${MAX_ATTEMPTS} attempts`);
  }

  /**
   * Sets the revoked bit and regenerates the diploma's status list (signed again). Nothing
   * happens for a diploma without a credential or one already revoked (a revocation is final).
   */
  async revoke(manager: EntityManager, diplomaId: string): Promise<void> {
    const rows = (await manager.query(
      `WITH revoked AS (
         UPDATE "credentials" SET "revoked_at" = now(), "updated_at" = now()
          WHERE "diploma_id" = $1 AND "revoked_at" IS NULL
          RETURNING "status_list_id")
       SELECT "status_list_id" FROM revoked`,
      [diplomaId],
    )) as Array<{ status_list_id: number }>;
    if (rows.length) await this.lists.regenerate(manager, rows[0].status_list_id);
  }

  /** The stored VC-JWT (compact JWS) of a diploma, or null. Access is checked by the caller. */
  async jwtFor(diplomaId: string): Promise<string | null> {
    const [row] = (await this.db.query(`SELECT "jwt" FROM "credentials" WHERE "diploma_id" = $1`, [
      diplomaId,
    ])) as Array<{ jwt: string }>;
    return row?.jwt ?? null;
  }

  private async existing(
    manager: EntityManager,
    diplomaId: string,
  ): Promise<IssuedCredential | null> {
    const [row] = (await manager.query(
      `SELECT "id", "status_index" FROM "credentials" WHERE "diploma_id" = $1`,
      [diplomaId],
    )) as Array<{ id: string; status_index: number }>;
    return row ? { credentialId: row.id, statusIndex: row.status_index } : null;
  }
}
