import { simpleParser, type ParsedMail } from 'mailparser';
import type { AddressInfo } from 'node:net';
import { SMTPServer, type SMTPServerSession } from 'smtp-server';

export type { ParsedMail } from 'mailparser';

export interface SmtpSinkOptions {
  /**
   * Answer to each message instead of accepting it: `{ code: 451 }` (temporary) or
   * `{ code: 550 }` (permanent). Called per message with its 0-based index; null accepts.
   */
  reject?: (index: number, raw: string) => { code: number; message?: string } | null;
  /** Milliseconds to hold each message before answering (a slow server). */
  delayMs?: number;
}

export interface SmtpSink {
  /** `smtp://127.0.0.1:<port>`: put it in SMTP_URL. */
  url: string;
  /** Every accepted message so far, parsed, in order of arrival. */
  messages(): Promise<ParsedMail[]>;
  /** Waits until `n` messages were accepted (rejects after `ms`, default 10 s). */
  waitFor(n: number, ms?: number): Promise<ParsedMail[]>;
  /** How many messages were refused (reject option). */
  refused(): number;
  /** Changes the behaviour while running (e.g. start failing, then recover). */
  set(options: SmtpSinkOptions): void;
  close(): Promise<void>;
}

/** An SMTP server in the test process on a free port (no TLS, no auth), keeping what it receives. */
export async function startSmtpSink(options: SmtpSinkOptions = {}): Promise<SmtpSink> {
  const raws: string[] = [];
  let refused = 0;
  let seen = 0;
  let current = { ...options };
  const waiters = new Set<() => void>();
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS', 'AUTH'],
    logger: false,
    onData(stream, _session: SMTPServerSession, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (c: Buffer) => chunks.push(c));
      stream.on('end', () => {
        const raw = Buffer.concat(chunks).toString('utf8');
        const index = seen++;
        const answer = () => {
          const rejection = current.reject?.(index, raw) ?? null;
          if (rejection) {
            refused++;
            const error = new Error(rejection.message ?? `Refused (${rejection.code})`) as Error & {
              responseCode: number;
            };
            error.responseCode = rejection.code;
            callback(error);
          } else {
            raws.push(raw);
            callback();
          }
          for (const wake of waiters) wake();
        };
        if (current.delayMs) setTimeout(answer, current.delayMs);
        else answer();
      });
    },
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  server.on('error', () => undefined);
  const { port } = server.server.address() as AddressInfo;
  const messages = () => Promise.all(raws.map((raw) => simpleParser(raw)));
  return {
    url: `smtp://127.0.0.1:${port}`,
    messages,
    refused: () => refused,
    set(next) {
      current = { ...next };
    },
    async waitFor(n, ms = 10_000) {
      const deadline = Date.now() + ms;
      while (raws.length < n) {
        const left = deadline - Date.now();
        if (left <= 0)
          throw new Error(`The SMTP sink got ${raws.length} of ${n} messages in ${ms} ms`);
        await new Promise<void>((resolve) => {
          const done = () => {
            clearTimeout(timer);
            waiters.delete(done);
            resolve();
          };
          const timer = setTimeout(done, Math.min(left, 200));
          waiters.add(done);
        });
      }
      return messages();
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
