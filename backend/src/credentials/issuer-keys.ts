import {
  createHash,
  createPrivateKey,
  createPublicKey,
  generateKeyPairSync,
  type KeyObject,
  randomBytes,
} from 'node:crypto';
import {
  closeSync,
  existsSync,
  fsyncSync,
  linkSync,
  mkdirSync,
  openSync,
  readFileSync,
  renameSync,
  rmSync,
  writeSync,
} from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import type { AppConfig } from '../config/config';

/**
 * The issuer's Ed25519 keys, kept in one JSON file (never in the database): the current key
 * with its private part, and every retired key's PUBLIC part only, so that credentials signed
 * before a rotation still verify by their `kid`. The kid is the key's RFC 7638 thumbprint.
 *
 * The file is only ever replaced whole (a temporary file, then link or rename), so an instance
 * reading it sees the old or the new content, never half of one.
 */
export const KEY_FILE_FORMAT = 'clique-issuer-keys/1';

export interface PublicJwk {
  kty: 'OKP';
  crv: 'Ed25519';
  x: string;
}

export interface PrivateJwk extends PublicJwk {
  d: string;
}

export interface StoredKey {
  kid: string;
  createdAt: string;
  retiredAt?: string;
  publicJwk: PublicJwk;
  /** Only on the current key. */
  privateJwk?: PrivateJwk;
}

export interface KeyFile {
  format: typeof KEY_FILE_FORMAT;
  currentKid: string;
  keys: StoredKey[];
}

export interface IssuerKey {
  kid: string;
  createdAt: string;
  retiredAt: string | null;
  publicJwk: PublicJwk;
  publicKey: KeyObject;
}

export interface KeyRing {
  current: IssuerKey & { privateKey: KeyObject };
  /** Every key to publish: the current one first, then the retired ones, newest first. */
  keys: IssuerKey[];
}

export class KeyFileError extends Error {}

/** Where the issuer's keys live: CREDENTIAL_KEY_FILE, else `<DATA_DIR>/keys/issuer-key.json`. */
export function keyFilePath(config: Pick<AppConfig, 'CREDENTIAL_KEY_FILE' | 'DATA_DIR'>): string {
  return resolve(config.CREDENTIAL_KEY_FILE ?? join(config.DATA_DIR, 'keys', 'issuer-key.json'));
}

/** RFC 7638 thumbprint (SHA-256, base64url) of an Ed25519 public key. */
export function jwkThumbprint(jwk: PublicJwk): string {
  const canonical = JSON.stringify({ crv: jwk.crv, kty: jwk.kty, x: jwk.x });
  return createHash('sha256').update(canonical).digest('base64url');
}

export function newStoredKey(now: Date): StoredKey {
  const { privateKey } = generateKeyPairSync('ed25519');
  const jwk = privateKey.export({ format: 'jwk' }) as PrivateJwk;
  const publicJwk: PublicJwk = { kty: 'OKP', crv: 'Ed25519', x: jwk.x };
  return {
    kid: jwkThumbprint(publicJwk),
    createdAt: now.toISOString(),
    publicJwk,
    privateJwk: { ...publicJwk, d: jwk.d },
  };
}

const isText = (v: unknown): v is string => typeof v === 'string' && v.length > 0;

function publicKeyOf(file: string, key: StoredKey): KeyObject {
  const jwk = key.publicJwk;
  if (!jwk || jwk.kty !== 'OKP' || jwk.crv !== 'Ed25519' || !isText(jwk.x))
    throw new KeyFileError(`${file}: key ${key.kid} is not an Ed25519 public key`);
  if (jwkThumbprint(jwk) !== key.kid)
    throw new KeyFileError(`${file}: key ${key.kid} does not match its kid`);
  return createPublicKey({ key: { ...jwk }, format: 'jwk' });
}

/** Reads and checks the key file's content; every inconsistency is a clear error. */
export function parseKeyFile(file: string, text: string): KeyRing {
  let data: KeyFile;
  try {
    data = JSON.parse(text) as KeyFile;
  } catch {
    throw new KeyFileError(`${file}: not JSON`);
  }
  if (data?.format !== KEY_FILE_FORMAT || !Array.isArray(data.keys))
    throw new KeyFileError(`${file}: not a ${KEY_FILE_FORMAT} key file`);
  const keys = data.keys.map((key): IssuerKey => {
    if (!isText(key?.kid) || !isText(key.createdAt))
      throw new KeyFileError(`${file}: a key lacks its kid or createdAt`);
    return {
      kid: key.kid,
      createdAt: key.createdAt,
      retiredAt: key.retiredAt ?? null,
      publicJwk: { kty: 'OKP', crv: 'Ed25519', x: key.publicJwk?.x },
      publicKey: publicKeyOf(file, key),
    };
  });
  if (new Set(keys.map((k) => k.kid)).size !== keys.length)
    throw new KeyFileError(`${file}: the same kid appears twice`);
  const stored = data.keys.find((k) => k.kid === data.currentKid);
  const current = keys.find((k) => k.kid === data.currentKid);
  if (!stored || !current || !isText(stored.privateJwk?.d))
    throw new KeyFileError(
      `${file}: the current key ${data.currentKid} or its private part is missing`,
    );
  const privateKey = createPrivateKey({ key: { ...stored.privateJwk }, format: 'jwk' });
  const derived = createPublicKey(privateKey).export({ format: 'jwk' }) as PublicJwk;
  if (derived.x !== current.publicJwk.x)
    throw new KeyFileError(`${file}: the current key's private and public parts do not match`);
  const retired = keys
    .filter((k) => k !== current)
    .sort((a, b) => (b.retiredAt ?? b.createdAt).localeCompare(a.retiredAt ?? a.createdAt));
  return { current: { ...current, privateKey }, keys: [current, ...retired] };
}

export function readKeyFile(file: string): KeyRing {
  return parseKeyFile(file, readFileSync(file, 'utf8'));
}

/** Writes `data` to a new temporary file next to `file` (mode 0600, flushed); returns its path. */
function writeTemporary(file: string, data: KeyFile): string {
  mkdirSync(dirname(file), { recursive: true, mode: 0o700 });
  const tmp = `${file}.${process.pid}.${randomBytes(6).toString('hex')}.tmp`;
  const fd = openSync(tmp, 'wx', 0o600);
  try {
    writeSync(fd, `${JSON.stringify(data, null, 2)}\n`);
    fsyncSync(fd);
  } catch (error) {
    rmSync(tmp, { force: true });
    throw error;
  } finally {
    closeSync(fd);
  }
  return tmp;
}

/** Flushes the directory entry of a link or rename (best effort: not every platform can). */
function syncDirectory(file: string): void {
  try {
    const fd = openSync(dirname(file), 'r');
    try {
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
  } catch {
    /* a directory that cannot be opened for fsync: the data itself was flushed */
  }
}

/**
 * The key ring, created at first start if the file is absent. Several instances starting at
 * once on a shared volume each write a complete file under a temporary name and try to
 * hard-link it to `file`: link never replaces an existing file, so exactly one wins; the
 * others discard theirs and read the winner's. Everyone therefore signs with the same key.
 */
export function loadOrCreateKeyFile(
  file: string,
  now = new Date(),
): { ring: KeyRing; created: boolean } {
  try {
    return { ring: readKeyFile(file), created: false };
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
  }
  const key = newStoredKey(now);
  const tmp = writeTemporary(file, { format: KEY_FILE_FORMAT, currentKid: key.kid, keys: [key] });
  let created = false;
  try {
    linkSync(tmp, file);
    created = true;
    syncDirectory(file);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
  } finally {
    rmSync(tmp, { force: true });
  }
  return { ring: readKeyFile(file), created };
}

/**
 * Rotation: a new current key; the previous one is kept, public part only, marked retired.
 * A lock file keeps two rotations from losing each other's key; the file is replaced by a
 * rename, so running instances (which re-read it when it changes) see all of it or none.
 */
export function rotateKeyFile(
  file: string,
  now = new Date(),
): { previousKid: string; currentKid: string } {
  if (!existsSync(file))
    throw new KeyFileError(`${file} does not exist: start the app once to create the first key`);
  const lock = `${file}.lock`;
  let lockFd: number;
  try {
    lockFd = openSync(lock, 'wx', 0o600);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST')
      throw new KeyFileError(`${lock} exists: another rotation is running (remove it if stale)`);
    throw error;
  }
  try {
    const data = JSON.parse(readFileSync(file, 'utf8')) as KeyFile;
    readKeyFile(file); // refuses a file that is not whole and consistent
    const next = newStoredKey(now);
    const keys = data.keys.map((k): StoredKey => {
      if (k.kid !== data.currentKid) return k;
      return {
        kid: k.kid,
        createdAt: k.createdAt,
        retiredAt: now.toISOString(),
        publicJwk: k.publicJwk,
      };
    });
    const tmp = writeTemporary(file, {
      format: KEY_FILE_FORMAT,
      currentKid: next.kid,
      keys: [next, ...keys],
    });
    renameSync(tmp, file);
    syncDirectory(file);
    return { previousKid: data.currentKid, currentKid: next.kid };
  } finally {
    closeSync(lockFd);
    rmSync(lock, { force: true });
  }
}
