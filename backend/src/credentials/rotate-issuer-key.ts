/**
 * Rotates the issuer's signing key: `node dist/backend/credentials/rotate-issuer-key.js`
 * (in the container: `docker compose exec app node dist/backend/credentials/rotate-issuer-key.js`),
 * with the same environment as the API, so that it finds the same CREDENTIAL_KEY_FILE.
 *
 * A new Ed25519 key becomes current; the previous one is kept in the file, public part only,
 * so that credentials it signed still verify by their kid. Running instances re-read the file
 * when it changes: no restart is needed. Prints the previous and the new kid.
 */
import { loadConfig } from '../config/config';
import { keyFilePath, rotateKeyFile } from './issuer-keys';

function main(): void {
  const file = keyFilePath(loadConfig());
  const { previousKid, currentKid } = rotateKeyFile(file);
  process.stdout.write(
    `Rotated the issuer key in ${file}\n  retired: ${previousKid} (still published)\n  current: ${currentKid}\n`,
  );
}

try {
  main();
} catch (error) {
  process.stderr.write(`${(error as Error).message}\n`);
  process.exitCode = 1;
}
