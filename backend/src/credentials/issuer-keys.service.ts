import { Inject, Injectable, Logger, type OnModuleInit } from '@nestjs/common';
import { existsSync, statSync } from 'node:fs';
import { APP_CONFIG, type AppConfig } from '../config/config';
import { didDocument, didWebFor, jwks, verificationMethodId } from './did-web';
import { keyFilePath, type KeyRing, loadOrCreateKeyFile, readKeyFile } from './issuer-keys';
import type { IssuerProfile } from './open-badge';

const stampOf = (file: string) => {
  const s = statSync(file);
  return `${s.ino}:${s.size}:${s.mtimeMs}`;
};

/**
 * The issuer's identity (did:web) and keys. The key file is created at first start; it is
 * re-read whenever it changes on disk, so a rotation (the CLI, or another instance on the same
 * volume) is seen by every running instance at its next signature or publication.
 */
@Injectable()
export class IssuerKeysService implements OnModuleInit {
  private readonly logger = new Logger(IssuerKeysService.name);
  readonly file: string;
  readonly did: string;
  /** PUBLIC_URL without a trailing slash: every URL the credentials carry starts with it. */
  readonly baseUrl: string;
  readonly profile: IssuerProfile;
  private ring: KeyRing | null = null;
  private stamp = '';

  constructor(@Inject(APP_CONFIG) config: AppConfig) {
    this.file = keyFilePath(config);
    this.did = didWebFor(config.PUBLIC_URL);
    this.baseUrl = config.PUBLIC_URL.replace(/\/+$/, '');
    this.profile = { id: this.did, name: config.INSTITUTION_NAME, url: this.baseUrl };
  }

  /** At start, or at the first signature if that comes first (e.g. while demo data loads). */
  onModuleInit(): void {
    this.keys();
  }

  /** The current ring: created at first use, re-read when the file changed since. */
  keys(): KeyRing {
    if (!this.ring) return this.load();
    let stamp: string;
    try {
      stamp = stampOf(this.file);
    } catch (error) {
      this.logger.error(
        `${this.file} is gone (${(error as Error).message}): restore it from a backup`,
      );
      return this.ring;
    }
    if (stamp !== this.stamp) {
      try {
        this.ring = readKeyFile(this.file);
        this.stamp = stamp;
      } catch (error) {
        this.logger.error(
          `${this.file} cannot be read, still using the keys read before: ${(error as Error).message}`,
        );
      }
    }
    return this.ring;
  }

  private load(): KeyRing {
    const stamp = existsSync(this.file) ? stampOf(this.file) : '';
    const { ring, created } = loadOrCreateKeyFile(this.file);
    this.ring = ring;
    this.stamp = created ? stampOf(this.file) : stamp;
    if (created)
      this.logger.warn(
        `Created the issuer key ${ring.current.kid} in ${this.file}: back this file up (see README, Diplomas)`,
      );
    if (statSync(this.file).mode & 0o077)
      this.logger.warn(`${this.file} can be read by other users: chmod 600 it`);
    return ring;
  }

  /** The current signing key, named by its DID URL (the JWT header's `kid`). */
  signingKey() {
    const { current } = this.keys();
    return {
      kid: current.kid,
      headerKid: verificationMethodId(this.did, current.kid),
      privateKey: current.privateKey,
    };
  }

  didDocument(): Record<string, unknown> {
    return didDocument(this.did, this.keys().keys);
  }

  jwks(): { keys: Record<string, string>[] } {
    return jwks(this.did, this.keys().keys);
  }
}
