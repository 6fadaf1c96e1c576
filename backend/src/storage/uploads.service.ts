import { HttpStatus, Inject, Injectable, Logger } from '@nestjs/common';
import { createHash } from 'node:crypto';
import { Transform, type TransformCallback } from 'node:stream';
import { ProblemException } from '../common/problem';
import { APP_CONFIG, AppConfig } from '../config/config';
import { type DetectedType, SNIFF_BYTES, sniffContentType } from './content-type';
import { sanitiseFileName } from './file-names';
import { FILE_STORE, type FileStore } from './file-store';
import type { IncomingFile } from './incoming-file';

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

  constructor(private readonly max: number) {
    super();
  }

  override _transform(chunk: Buffer, _encoding: BufferEncoding, done: TransformCallback): void {
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

/** Streams an upload into the file store: whole and accepted, or not at all. */
@Injectable()
export class UploadsService {
  private readonly logger = new Logger(UploadsService.name);

  constructor(
    @Inject(FILE_STORE) private readonly store: FileStore,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async receive(file: IncomingFile): Promise<ReceivedFile> {
    const max = this.config.UPLOAD_MAX_BYTES;
    const source = file.stream;
    const inspector = new Inspector(max);
    // The multipart parser stops at its own limit and only marks the part truncated.
    source.once('limit', () => inspector.destroy(tooLarge(max)));
    source.once('error', (error) => inspector.destroy(error));
    // Failures surface through `put`'s promise; this keeps a late 'error' event from crashing.
    inspector.on('error', () => undefined);
    const stored = this.store.put(inspector);
    source.pipe(inspector);
    let key: string;
    let size: number;
    try {
      ({ key, size } = await stored);
    } catch (error) {
      // Read the rest of the part to nowhere, so the request ends and the answer is sent.
      source.unpipe(inspector);
      source.resume();
      throw error;
    }
    if (source.truncated || !inspector.type) {
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
}
