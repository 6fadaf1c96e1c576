import { Logger } from '@nestjs/common';
import http from 'node:http';
import https from 'node:https';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ownDatabase, type OwnDatabase } from '../testing/own-database';
import { startTestApp, type TestApp } from '../testing/test-app';
import { CredentialsService } from './credentials.service';
import { rotateKeyFile } from './issuer-keys';
import { decodeStatusList, STATUS_LIST_SIZE, statusBit } from './status-list';
import { buildDiplomas } from './testing/credential-world';
import { type Jwks, verifies, verifyIndependently } from './testing/independent-verifier';

const DID = 'did:web:localhost%3A3000';
const BASE64URL = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';

// On a database of its own: its key signs every status list there. On the shared database, a
// spec in the other worker revoking a diploma re-signs the same list with its own app's key.
describe('credentials (Open Badges 3.0, VC-JWT)', () => {
  let own: OwnDatabase;
  let dir: string;
  let keyFile: string;
  let t: TestApp;
  let credentials: CredentialsService;

  const get = (url: string, headers: Record<string, string> = {}) =>
    t.app.getHttpAdapter().getInstance().inject({ method: 'GET', url, headers });
  const fetchJwks = async () => (await get('/.well-known/jwks.json')).json<Jwks>();
  const issue = (input: Parameters<CredentialsService['issue']>[1]) =>
    t.db.transaction((m) => credentials.issue(m, input));
  const revoke = (diplomaId: string) => t.db.transaction((m) => credentials.revoke(m, diplomaId));
  const statusOf = async (listUrl: string) => {
    const res = await get(new URL(listUrl).pathname);
    expect(res.statusCode).toBe(200);
    const { payload } = verifyIndependently(res.body, await fetchJwks());
    const subject = payload['credentialSubject'] as { encodedList: string };
    return decodeStatusList(subject.encodedList);
  };
  const payloadOf = (jwt: string) =>
    JSON.parse(Buffer.from(jwt.split('.')[1], 'base64url').toString()) as {
      credentialStatus: { statusListCredential: string };
    };

  const start = (file = keyFile) =>
    startTestApp(
      { CREDENTIAL_KEY_FILE: file, PUBLIC_URL: 'http://localhost:3000' },
      { databaseUrl: own.url },
    );

  beforeAll(async () => {
    own = await ownDatabase('credentials');
    dir = mkdtempSync(join(tmpdir(), 'clique-credentials-'));
    keyFile = join(dir, 'keys', 'issuer-key.json');
    t = await start();
    credentials = t.app.get(CredentialsService);
  }, 60_000);
  afterAll(async () => {
    await t?.close();
    await own?.drop();
    rmSync(dir, { recursive: true, force: true });
  });

  it('creates the issuer key at first start, in its file (0600), and publishes it without sign-in', async () => {
    expect(statSync(keyFile).mode & 0o777).toBe(0o600);
    const stored = JSON.parse(readFileSync(keyFile, 'utf8')) as { currentKid: string };

    const did = await get('/.well-known/did.json');
    expect(did.statusCode).toBe(200);
    expect(did.headers['content-type']).toMatch(/^application\/did\+json/);
    expect(did.headers['cache-control']).toMatch(/^public, max-age=\d+/);
    expect(did.headers['access-control-allow-origin']).toBe('*');
    const doc = did.json<{
      id: string;
      verificationMethod: Array<{ publicKeyJwk: { x: string } }>;
      assertionMethod: string[];
    }>();
    expect(doc.id).toBe(DID);
    expect(doc.verificationMethod[0]).toMatchObject({
      id: `${DID}#${stored.currentKid}`,
      type: 'JsonWebKey',
      controller: DID,
      publicKeyJwk: { kty: 'OKP', crv: 'Ed25519' },
    });
    expect(doc.assertionMethod).toContain(`${DID}#${stored.currentKid}`);

    const jwks = await fetchJwks();
    expect(jwks.keys[0]).toEqual({
      kty: 'OKP',
      crv: 'Ed25519',
      x: doc.verificationMethod[0].publicKeyJwk.x,
      kid: `${DID}#${stored.currentKid}`,
      alg: 'EdDSA',
      use: 'sig',
    });
    const api = await get('/api/credentials/jwks.json');
    expect(api.statusCode).toBe(200);
    expect(api.headers['cache-control']).toMatch(/^public/);
    expect(api.json()).toEqual(jwks);
    expect((await get('/api/.well-known/did.json')).statusCode).toBe(404);
    expect(JSON.stringify(doc) + JSON.stringify(jwks)).not.toMatch(/"d"/);
  });

  it('issues a credential that an independent verifier accepts, with the OB 3.0 / VC 2.0 fields', async () => {
    const [input] = await buildDiplomas(t.db, 1);
    const { credentialId, statusIndex } = await issue(input);
    const jwt = (await credentials.jwtFor(input.diplomaId))!;
    expect(jwt).toMatch(/^[\w-]+\.[\w-]+\.[\w-]+$/);

    const { header, payload } = verifyIndependently(jwt, await fetchJwks());
    // The same check with the key as the DID document publishes it (did:web resolution).
    const doc = (await get('/.well-known/did.json')).json<{
      verificationMethod: Array<{ id: string; publicKeyJwk: Jwks['keys'][number] }>;
    }>();
    const fromDid = doc.verificationMethod.map((vm) => ({ ...vm.publicKeyJwk, kid: vm.id }));
    expect(verifies(jwt, { keys: fromDid })).toBe(true);
    expect(header).toEqual({
      alg: 'EdDSA',
      kid: expect.stringMatching(`^${DID}#`),
      typ: 'vc+jwt',
      cty: 'vc',
    });
    expect(payload['@context']).toEqual([
      'https://www.w3.org/ns/credentials/v2',
      'https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json',
    ]);
    expect(payload['type']).toEqual(['VerifiableCredential', 'OpenBadgeCredential']);
    expect(payload['id']).toBe(`urn:uuid:${credentialId}`);
    expect(payload['jti']).toBe(payload['id']);
    expect(payload['issuer']).toEqual({
      id: DID,
      type: ['Profile'],
      name: t.config.INSTITUTION_NAME,
      url: 'http://localhost:3000',
    });
    expect(payload['iss']).toBe(DID);
    expect(payload['nbf']).toBe(Date.parse(payload['validFrom'] as string) / 1000);
    expect(payload['nbf']).toBe(Math.floor(input.issuedAt.getTime() / 1000));
    const subject = payload['credentialSubject'] as {
      identifier: Array<{ identityHash: string }>;
      achievement: unknown;
      licenseNumber: string;
    };
    expect(payload['sub']).toBe(subject.identifier[0].identityHash);
    expect(subject.identifier[0]).toMatchObject({ identityType: 'emailAddress', hashed: true });
    expect(subject.achievement).toMatchObject({
      type: ['Achievement'],
      achievementType: 'Diploma',
      name: input.achievementName,
      criteria: { narrative: input.criteriaNarrative },
    });
    expect(subject.licenseNumber).toBe(input.number);
    expect(payload['credentialStatus']).toMatchObject({
      type: 'BitstringStatusListEntry',
      statusPurpose: 'revocation',
      statusListIndex: String(statusIndex),
      statusListCredential: expect.stringMatching(
        /^http:\/\/localhost:3000\/api\/credentials\/status\/\d+$/,
      ),
    });
    expect(jwt).not.toContain(Buffer.from(input.holderEmail).toString('base64url'));
    expect(JSON.stringify(payload)).not.toContain(input.holderEmail);
  });

  it('fails verification after any one-character change of the JWT', async () => {
    const [input] = await buildDiplomas(t.db, 1);
    await issue(input);
    const jwt = (await credentials.jwtFor(input.diplomaId))!;
    const jwks = await fetchJwks();
    expect(verifies(jwt, jwks)).toBe(true);
    const accepted: number[] = [];
    for (let i = 0; i < jwt.length; i++) {
      for (const shift of [1, 33]) {
        const c = jwt[i] === '.' ? 'A' : BASE64URL[(BASE64URL.indexOf(jwt[i]) + shift) % 64];
        if (verifies(jwt.slice(0, i) + c + jwt.slice(i + 1), jwks)) accepted.push(i);
      }
    }
    expect(accepted).toEqual([]);
  });

  it('stores one credential per diploma: a second issue returns the first', async () => {
    const [input] = await buildDiplomas(t.db, 1);
    const first = await issue(input);
    const again = await issue({ ...input, issuedAt: new Date() });
    expect(again).toEqual(first);
    const [{ n }] = await t.db.query(
      `SELECT count(*)::int AS n FROM credentials WHERE diploma_id = $1`,
      [input.diplomaId],
    );
    expect(n).toBe(1);
  });

  it('gives concurrent issues distinct status indexes', async () => {
    const inputs = await buildDiplomas(t.db, 20);
    const issued = await Promise.all(inputs.map((input) => issue(input)));
    const rows = await t.db.query<Array<{ status_list_id: number; status_index: number }>>(
      `SELECT status_list_id, status_index FROM credentials WHERE diploma_id = ANY($1)`,
      [inputs.map((i) => i.diplomaId)],
    );
    expect(rows).toHaveLength(20);
    expect(new Set(rows.map((r) => `${r.status_list_id}:${r.status_index}`)).size).toBe(20);
    expect(new Set(issued.map((r) => r.statusIndex)).size).toBe(20);
    for (const r of rows) expect(r.status_index).toBeLessThan(STATUS_LIST_SIZE);
  });

  it('refuses two credentials at one status index (the database rule)', async () => {
    const [a, b] = await buildDiplomas(t.db, 2);
    await issue(a);
    await expect(
      t.db.query(
        `INSERT INTO credentials (id, diploma_id, status_list_id, status_index, jwt, kid, issued_at)
         SELECT gen_random_uuid(), $1, status_list_id, status_index, 'x', 'x', now()
           FROM credentials WHERE diploma_id = $2`,
        [b.diplomaId, a.diplomaId],
      ),
    ).rejects.toMatchObject({ code: '23505', constraint: 'uq_credentials_status_index' });
  });

  it('shows the revoked bit in the status list after revocation, for that index only', async () => {
    const [kept, revoked] = await buildDiplomas(t.db, 2);
    const a = await issue(kept);
    const b = await issue(revoked);
    const listUrl = payloadOf((await credentials.jwtFor(revoked.diplomaId))!)['credentialStatus']
      .statusListCredential as string;
    const before = await statusOf(listUrl);
    expect(statusBit(before, b.statusIndex)).toBe(0);

    // A revocation rolled back changes nothing.
    await expect(
      t.db.transaction(async (m) => {
        await credentials.revoke(m, revoked.diplomaId);
        throw new Error('rollback');
      }),
    ).rejects.toThrow('rollback');
    expect(statusBit(await statusOf(listUrl), b.statusIndex)).toBe(0);

    await revoke(revoked.diplomaId);
    const after = await statusOf(listUrl);
    expect(statusBit(after, b.statusIndex)).toBe(1);
    if (
      payloadOf((await credentials.jwtFor(kept.diplomaId))!)['credentialStatus']
        .statusListCredential === listUrl
    )
      expect(statusBit(after, a.statusIndex)).toBe(0);
    // Every bit set is a revoked credential of this list (revocations are final: race-free).
    const listId = Number(listUrl.split('/').pop());
    const revokedRows = await t.db.query<Array<{ status_index: number }>>(
      `SELECT status_index FROM credentials WHERE status_list_id = $1 AND revoked_at IS NOT NULL`,
      [listId],
    );
    const revokedSet = new Set(revokedRows.map((r) => r.status_index));
    for (let i = 0; i < STATUS_LIST_SIZE; i++)
      if (statusBit(after, i)) expect(revokedSet.has(i)).toBe(true);

    // Revoking again changes nothing; a revocation cannot be undone in the database.
    const version = (await get(new URL(listUrl).pathname)).headers['etag'];
    await revoke(revoked.diplomaId);
    expect((await get(new URL(listUrl).pathname)).headers['etag']).toBe(version);
    await expect(
      t.db.query(`UPDATE credentials SET revoked_at = NULL WHERE diploma_id = $1`, [
        revoked.diplomaId,
      ]),
    ).rejects.toMatchObject({ code: '23514' });
  });

  it('keeps every revocation when many happen at once in one list', async () => {
    const inputs = await buildDiplomas(t.db, 8);
    const issued = await Promise.all(inputs.map((input) => issue(input)));
    await Promise.all(inputs.map((input) => revoke(input.diplomaId)));
    const lists = new Set(
      await Promise.all(
        inputs.map(
          async (i) =>
            payloadOf((await credentials.jwtFor(i.diplomaId))!).credentialStatus
              .statusListCredential,
        ),
      ),
    );
    const bits = await Promise.all([...lists].map((url) => statusOf(url)));
    for (const { statusIndex } of issued)
      expect(bits.some((b) => statusBit(b, statusIndex) === 1)).toBe(true);
  });

  it('serves the status list as a VC-JWT (or JSON when asked), cacheable briefly, with an ETag', async () => {
    const [input] = await buildDiplomas(t.db, 1);
    await issue(input);
    const path = new URL(
      payloadOf((await credentials.jwtFor(input.diplomaId))!)['credentialStatus']
        .statusListCredential,
    ).pathname;
    const res = await get(path);
    expect(res.headers['content-type']).toMatch(/^application\/vc\+jwt/);
    expect(res.headers['cache-control']).toBe('public, max-age=60');
    expect(res.headers['vary']).toMatch(/Accept/i);
    const { header, payload } = verifyIndependently(res.body, await fetchJwks());
    expect(header).toMatchObject({ alg: 'EdDSA', typ: 'vc+jwt', cty: 'vc' });
    expect(payload).toMatchObject({
      '@context': ['https://www.w3.org/ns/credentials/v2'],
      type: ['VerifiableCredential', 'BitstringStatusListCredential'],
      id: `http://localhost:3000${path}`,
      issuer: DID,
      credentialSubject: { type: 'BitstringStatusList', statusPurpose: 'revocation' },
    });
    expect(payload['nbf']).toBe(Date.parse(payload['validFrom'] as string) / 1000);
    expect(
      decodeStatusList((payload['credentialSubject'] as { encodedList: string }).encodedList)
        .length,
    ).toBe(16_384);

    const etag = res.headers['etag'] as string;
    expect(etag).toMatch(/^"\d+\.\d+"$/);
    expect((await get(path, { 'if-none-match': etag })).statusCode).toBe(304);

    const json = await get(path, { accept: 'application/json' });
    expect(json.headers['content-type']).toMatch(/^application\/json/);
    expect(json.json()).toEqual(payload);
    expect(json.headers['etag']).not.toBe(etag);

    for (const bad of ['0', 'abc', '99999999999', '1.5', '-1'])
      expect((await get(`/api/credentials/status/${bad}`)).statusCode).toBe(404);
    const missing = await get('/api/credentials/status/2147483647');
    expect(missing.statusCode).toBe(404);
    expect(missing.headers['content-type']).toMatch(/^application\/problem\+json/);
  });

  it('fetches nothing over the network to issue, revoke or publish (no context loader)', async () => {
    const [input] = await buildDiplomas(t.db, 1);
    const calls: string[] = [];
    const spies = [
      jest.spyOn(globalThis, 'fetch').mockImplementation(async (url) => {
        calls.push(`fetch ${String(url)}`);
        throw new Error('no network');
      }),
      ...[http, https].flatMap((m) =>
        (['request', 'get'] as const).map((fn) =>
          jest.spyOn(m, fn).mockImplementation(((url: unknown) => {
            calls.push(`${fn} ${String(url)}`);
            throw new Error('no network');
          }) as never),
        ),
      ),
    ];
    try {
      await issue(input);
      await revoke(input.diplomaId);
      const listUrl = payloadOf((await credentials.jwtFor(input.diplomaId))!)['credentialStatus']
        .statusListCredential as string;
      await statusOf(listUrl);
      await get('/.well-known/did.json');
    } finally {
      for (const spy of spies) spy.mockRestore();
    }
    expect(calls).toEqual([]);
    const sources = readdirSync(__dirname).filter((f) => f.endsWith('.ts') && !/spec\.ts$/.test(f));
    for (const f of sources)
      expect(readFileSync(join(__dirname, f), 'utf8')).not.toMatch(
        /\bfetch\(|from 'node:https?'|jsonld|documentLoader/,
      );
  });

  it('keeps old credentials verifiable by their kid after a rotation; new ones use the new kid', async () => {
    const [old, fresh] = await buildDiplomas(t.db, 2);
    await issue(old);
    const oldJwt = (await credentials.jwtFor(old.diplomaId))!;
    const oldKid = JSON.parse(Buffer.from(oldJwt.split('.')[0], 'base64url').toString()).kid;

    const { previousKid, currentKid } = rotateKeyFile(keyFile);
    expect(oldKid).toBe(`${DID}#${previousKid}`);

    await issue(fresh);
    const freshJwt = (await credentials.jwtFor(fresh.diplomaId))!;
    const jwks = await fetchJwks();
    expect(jwks.keys.map((k) => k.kid)).toEqual([`${DID}#${currentKid}`, `${DID}#${previousKid}`]);
    expect(verifyIndependently(freshJwt, jwks).header['kid']).toBe(`${DID}#${currentKid}`);
    expect(verifyIndependently(oldJwt, jwks).header['kid']).toBe(`${DID}#${previousKid}`);
    const [row] = await t.db.query(`SELECT kid FROM credentials WHERE diploma_id = $1`, [
      fresh.diplomaId,
    ]);
    expect(row.kid).toBe(currentKid);
    const doc = (await get('/.well-known/did.json')).json<{ assertionMethod: string[] }>();
    expect(doc.assertionMethod).toEqual([`${DID}#${currentKid}`, `${DID}#${previousKid}`]);

    // The old key's signature does not pass for the new kid: each kid names its own key.
    const [, p, s] = oldJwt.split('.');
    const relabelled = Buffer.from(
      JSON.stringify({ alg: 'EdDSA', kid: `${DID}#${currentKid}`, typ: 'vc+jwt', cty: 'vc' }),
    ).toString('base64url');
    expect(verifies(`${relabelled}.${p}.${s}`, jwks)).toBe(false);
  });

  it('reuses the same key file at restart', async () => {
    const inode = statSync(keyFile).ino;
    const before = await fetchJwks();
    await t.close();
    t = await start();
    credentials = t.app.get(CredentialsService);
    expect(await fetchJwks()).toEqual(before);
    expect(statSync(keyFile).ino).toBe(inode);
    expect(readdirSync(join(dir, 'keys'))).toEqual(['issuer-key.json']);
  });
  it('says at start which credentials no longer verify when the key file lacks their key', async () => {
    const [input] = await buildDiplomas(t.db, 1);
    await issue(input);
    await t.close();
    const errors = jest.spyOn(Logger.prototype, 'error').mockImplementation(() => undefined);
    try {
      t = await start(join(dir, 'replaced', 'issuer-key.json'));
      credentials = t.app.get(CredentialsService);
      const messages = errors.mock.calls.map((c) => String(c[0]));
      expect(messages.some((m) => /credential\(s\) were signed with key .+ lacks/.test(m))).toBe(
        true,
      );
    } finally {
      errors.mockRestore();
    }
  });
});
