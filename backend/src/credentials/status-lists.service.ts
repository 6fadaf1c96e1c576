import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import { IssuerKeysService } from './issuer-keys.service';
import { toDateTime, VC_V2_CONTEXT } from './open-badge';
import { encodeStatusList, STATUS_LIST_SIZE } from './status-list';
import { signVcJwt } from './vc-jwt';

export interface PublishedStatusList {
  id: number;
  version: number;
  jwt: string;
  updatedAt: Date;
}

/**
 * The Bitstring Status List credentials (revocation): created when the first credential needs
 * one, regenerated and signed again in the transaction of each revocation, stored, and served
 * as stored (never recomputed per request).
 */
@Injectable()
export class StatusListsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly issuer: IssuerKeysService,
  ) {}

  /** The stable URL of a list: what `credentialStatus.statusListCredential` names. */
  url(listId: number): string {
    return `${this.issuer.baseUrl}/api/credentials/status/${listId}`;
  }

  /** The newest list's number, creating list 1 the first time. */
  async newest(manager: EntityManager): Promise<number> {
    const [row] = (await manager.query(
      `SELECT max("id") AS "id" FROM "credential_status_lists"`,
    )) as Array<{ id: number | null }>;
    if (row?.id) return Number(row.id);
    await this.create(manager, 1);
    return 1;
  }

  /** Creates list `listId` (all bits clear) unless it exists; concurrent creators make one. */
  async create(manager: EntityManager, listId: number): Promise<void> {
    const { jwt, kid } = await this.sign(listId, []);
    await manager.query(
      `INSERT INTO "credential_status_lists" ("id", "jwt", "kid") VALUES ($1, $2, $3)
       ON CONFLICT ("id") DO NOTHING`,
      [listId, jwt, kid],
    );
  }

  /**
   * Signs the list again from the credentials' revocations, in the caller's transaction. The
   * list's row is locked first, so concurrent revocations take turns and each one reads (at
   * READ COMMITTED, the default) every revocation committed before it.
   */
  async regenerate(manager: EntityManager, listId: number): Promise<void> {
    await manager.query(`SELECT "id" FROM "credential_status_lists" WHERE "id" = $1 FOR UPDATE`, [
      listId,
    ]);
    const revoked = (await manager.query(
      `SELECT "status_index" FROM "credentials" WHERE "status_list_id" = $1 AND "revoked_at" IS NOT NULL`,
      [listId],
    )) as Array<{ status_index: number }>;
    const { jwt, kid } = await this.sign(
      listId,
      revoked.map((r) => r.status_index),
    );
    await manager.query(
      `UPDATE "credential_status_lists"
       SET "jwt" = $2, "kid" = $3, "version" = "version" + 1, "updated_at" = now()
       WHERE "id" = $1`,
      [listId, jwt, kid],
    );
  }

  /** The stored list, as published. */
  async published(listId: number): Promise<PublishedStatusList | null> {
    const [row] = (await this.db.query(
      `SELECT "id", "version", "jwt", "updated_at" FROM "credential_status_lists" WHERE "id" = $1`,
      [listId],
    )) as Array<{ id: number; version: number; jwt: string; updated_at: Date }>;
    return row
      ? { id: row.id, version: row.version, jwt: row.jwt, updatedAt: row.updated_at }
      : null;
  }

  private async sign(listId: number, revoked: number[]): Promise<{ jwt: string; kid: string }> {
    const url = this.url(listId);
    const key = this.issuer.signingKey();
    const credential = {
      '@context': [VC_V2_CONTEXT],
      id: url,
      type: ['VerifiableCredential', 'BitstringStatusListCredential'],
      issuer: this.issuer.did,
      validFrom: toDateTime(new Date()),
      credentialSubject: {
        id: `${url}#list`,
        type: 'BitstringStatusList',
        statusPurpose: 'revocation',
        encodedList: encodeStatusList(revoked, STATUS_LIST_SIZE),
      },
    };
    const jwt = await signVcJwt(credential, { privateKey: key.privateKey, kid: key.headerKid });
    return { jwt, kid: key.kid };
  }
}
