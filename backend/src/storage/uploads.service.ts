import { HttpStatus, Inject, Injectable, Logger } from '@nestjs/common';
import { createHash } from 'node:crypto';
import { type Readable, Transform, type TransformCallback } from 'node:stream';
import { ProblemException } from '../common/problem';
import { APP_CONFIG, AppConfig } from '../config/config';
import { type DetectedType, SNIFF_BYTES, sniffContentType } from './content-type';
import { sanitiseFileName } from './file-names';
import { FILE_STORE, type FileStore } from './file-store';
import type { FileSource, IncomingFile } from './incoming-file';

/** A file kept in the store, with what was learnt while it streamed in. */
export interface ReceivedFile {
  key: string;
  size: number;
  sha256: string;
  type: DetectedType;
  /** The client's name for it, made harmless (see `sanitiseFileName`). */
  originalName: string;
}

const tooLarge = (max: number) =>
  new ProblemException(
    HttpStatus.PAYLOAD_TOO_LARGE,
    'upload.too_large',
    `The file is larger than the limit of ${Math.floor(max / (1024 * 1024)) || max} ${max >= 1024 * 1024 ? 'MB' : 'bytes'}.`,
    { maxBytes: max },
  );

const refusedType = (reason: 'executable' | 'unknown' | 'empty') =>
  new ProblemException(
    HttpStatus.UNSUPPORTED_MEDIA_TYPE,
    reason === 'executable' ? 'upload.executable' : 'upload.type_not_allowed',
    reason === 'empty'
      ? 'The file is empty.'
      : reason === 'executable'
        ? 'Programs cannot be submitted, whatever their name.'
        : 'Only PDF, Office documents, images and ZIP archives can be submitted.',
  );

/**
 * Hashes, counts and sniffs the bytes as they pass, and stops the stream as soon as the type
 * is refused or the size is over the limit.
 */
class Inspector extends Transform {
  private readonly hash = createHash('sha256');
  private readonly head: Buffer[] = [];
  private headLength = 0;
  size = 0;
  type?: DetectedType;

  constructor(
    private readonly max: number,
    private readonly onChunk: () => void,
  ) {
    super();
  }

  override _transform(chunk: Buffer, _encoding: BufferEncoding, done: TransformCallback): void {
    this.onChunk();
    this.size += chunk.length;
    if (this.size > this.max) return done(tooLarge(this.max));
    this.hash.update(chunk);
    if (!this.type && this.headLength < SNIFF_BYTES) {
      this.head.push(chunk);
      this.headLength += chunk.length;
      if (this.headLength >= SNIFF_BYTES) {
        const error = this.sniff();
        if (error) return done(error);
      }
    }
    done(null, chunk);
  }

  override _flush(done: TransformCallback): void {
    done(this.type ? null : this.sniff());
  }

  digest(): string {
    return this.hash.digest('hex');
  }

  private sniff(): ProblemException | null {
    if (this.headLength === 0) return refusedType('empty');
    const verdict = sniffContentType(Buffer.concat(this.head).subarray(0, SNIFF_BYTES));
    this.head.length = 0;
    if (!verdict.accepted) return refusedType(verdict.reason);
    this.type = verdict.type;
    return null;
  }
}

const timedOut = (seconds: number) =>
  new ProblemException(
    HttpStatus.REQUEST_TIMEOUT,
    'upload.timeout',
    `The upload stopped: nothing arrived for ${seconds} seconds. Send the file again.`,
    {},
    // The rest of the body will never be read: the connection closes after this answer.
    { connection: 'close' },
  );

/**
 * The body ended, or the client went away, before the whole file arrived (a client that
 * disconnected never reads this answer).
 */
const incomplete = () =>
  new ProblemException(
    HttpStatus.BAD_REQUEST,
    'upload.incomplete',
    'The request ended before the whole file arrived. Send the file again.',
  );

/** A parser error on purpose (a limit) keeps its 4xx; any other is a body it cannot read. */
const asClientError = (error: Error): Error =>
  error instanceof ProblemException ||
  (typeof (error as { statusCode?: unknown }).statusCode === 'number' &&
    Number((error as { statusCode?: unknown }).statusCode) < 500)
    ? error
    : incomplete();

/** After the request body ends, how long the upload has to be stored whole. */
const BODY_END_GRACE_MS = 2000;

/** Failures after which the rest of the body is not read: no drain, the connection ends. */
const ENDS_CONNECTION = new Set(['upload.timeout', 'upload.incomplete']);

/**
 * Ends an upload that stalls or whose client goes away: `touch()` on every chunk; after
 * `idleMs` without one, or on a disconnect, `fail` is called once with the reason.
 */
class UploadWatch {
  private timer?: NodeJS.Timeout;
  private deadline?: NodeJS.Timeout;
  private done = false;
  private failure?: Error;
  private listeners: ((error: Error) => void)[] = [];

  constructor(
    private readonly idleMs: number,
    private readonly timeout: () => Error,
    source: FileSource,
  ) {
    source.onAbort(() => this.fail(incomplete()));
    this.touch();
  }

  /** Rejects with the failure as soon as there is one. */
  race<T>(work: Promise<T>): Promise<T> {
    return new Promise<T>((resolve, reject) => {
      if (this.failure) return reject(this.failure);
      this.onFail(reject);
      work.then(resolve, reject);
    });
  }

  onFail(listener: (error: Error) => void): void {
    if (this.failure) listener(this.failure);
    else this.listeners.push(listener);
  }

  touch(): void {
    if (this.done) return;
    clearTimeout(this.timer);
    this.timer = setTimeout(() => this.fail(this.timeout()), this.idleMs);
    this.timer.unref();
  }

  stop(): void {
    this.done = true;
    clearTimeout(this.timer);
    clearTimeout(this.deadline);
  }

  /** Fails with `reason` unless the upload is done within `ms` (from now, once). */
  expire(ms: number, reason: () => Error): void {
    if (this.done || this.deadline) return;
    this.deadline = setTimeout(() => this.fail(reason()), ms);
    this.deadline.unref();
  }

  private fail(error: Error): void {
    if (this.done || this.failure) return;
    this.failure = error;
    this.stop();
    for (const listener of this.listeners.splice(0)) listener(error);
  }
}

/**
 * Streams an upload into the file store: whole and accepted, or not at all. Every upload ends:
 * one silent for `UPLOAD_IDLE_TIMEOUT_SECONDS` gets 408 and its connection closed, one whose
 * client disconnects stops there; either way the partial file is removed at once.
 */
@Injectable()
export class UploadsService {
  private readonly logger = new Logger(UploadsService.name);

  constructor(
    @Inject(FILE_STORE) private readonly store: FileStore,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async receive(source: FileSource): Promise<ReceivedFile> {
    const max = this.config.UPLOAD_MAX_BYTES;
    const idleSeconds = this.config.UPLOAD_IDLE_TIMEOUT_SECONDS;
    const watch = new UploadWatch(idleSeconds * 1000, () => timedOut(idleSeconds), source);
    let file: IncomingFile;
    try {
      file = await watch.race(source.open());
    } catch (error) {
      watch.stop();
      throw error;
    }
    const part = file.stream;
    const inspector = new Inspector(max, () => watch.touch());
    // The multipart parser stops at its own limit and only marks the part truncated.
    part.once('limit', () => inspector.destroy(tooLarge(max)));
    part.once('error', (error) => inspector.destroy(asClientError(error)));
    // A part destroyed by the parser (its request aborted) ends without an error: say why.
    part.once('close', () => {
      if (!part.readableEnded) inspector.destroy(incomplete());
    });
    watch.onFail((error) => inspector.destroy(error));
    // A body that arrived whole but left its file part open (no closing boundary) never
    // finishes the part: once the body has ended, the upload has a moment to complete, or it is
    // answered as incomplete at once rather than after the idle timeout.
    source.onBodyEnd(() => watch.expire(BODY_END_GRACE_MS, incomplete));
    // Failures surface through `put`'s promise; this keeps a late 'error' event from crashing.
    inspector.on('error', () => undefined);
    const stored = this.store.put(inspector);
    part.pipe(inspector);
    let key: string;
    let size: number;
    try {
      ({ key, size } = await stored);
    } catch (error) {
      watch.stop();
      if (error instanceof ProblemException && ENDS_CONNECTION.has(error.code)) {
        this.logger.warn(`An upload stopped (${error.code}); nothing was kept`);
        throw error;
      }
      // Read the rest of the part to nowhere, so the request ends and the answer is sent; a
      // client that stalls meanwhile is hung up on after the same silence.
      part.unpipe(inspector);
      this.drain(part, idleSeconds * 1000, source);
      throw error;
    }
    watch.stop();
    if (part.truncated || !inspector.type) {
      await this.discard(key);
      throw tooLarge(max);
    }
    return {
      key,
      size,
      sha256: inspector.digest(),
      type: inspector.type,
      originalName: sanitiseFileName(file.filename),
    };
  }

  /** Removes a stored file whose row could not be written. */
  async discard(key: string): Promise<void> {
    try {
      await this.store.delete(key);
    } catch (error) {
      this.logger.error({ err: error, key }, 'Could not remove an orphan upload');
    }
  }

  private drain(part: Readable, idleMs: number, source: FileSource): void {
    const drainWatch = new UploadWatch(idleMs, incomplete, source);
    drainWatch.onFail(() => source.hangUp());
    part.on('data', () => drainWatch.touch());
    part.once('close', () => drainWatch.stop());
    part.once('end', () => drainWatch.stop());
    part.resume();
  }
}
