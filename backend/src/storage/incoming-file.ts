import '@fastify/multipart';
import { createParamDecorator, type ExecutionContext, HttpStatus } from '@nestjs/common';
import type { FastifyRequest } from 'fastify';
import type { Readable } from 'node:stream';
import { badRequest, ProblemException } from '../common/problem';

/** One file arriving in a multipart request, not read yet. */
export interface IncomingFile {
  /** The name the client gave it: untrusted, metadata only. */
  filename: string;
  stream: Readable & { truncated?: boolean };
}

/**
 * The request's file part, opened only when asked: the service checks permissions first and
 * only then reads the body, so a refused upload is never written anywhere. It also tells when
 * the client goes away, and lets the reader hang up on a client that stopped sending.
 */
export interface FileSource {
  /** Waits for the part named `file`; a request that is not well-formed multipart is a 4xx. */
  open(): Promise<IncomingFile>;
  /** Calls `listener` once if the client disconnects before its request was read whole. */
  onAbort(listener: () => void): void;
  /** Calls `listener` once when the whole request body has been read. */
  onBodyEnd(listener: () => void): void;
  /** Closes the connection now, whatever is still to come (after the answer, if one is due). */
  hangUp(): void;
}

/** What the multipart parser throws for a body it cannot parse (no boundary, a broken part). */
const malformed = (reason: string) =>
  new ProblemException(
    HttpStatus.BAD_REQUEST,
    'upload.malformed',
    `The multipart/form-data body cannot be read: ${reason}.`,
  );

/** An error the parser raised on purpose (a limit, a prototype key): 4xx as it says. */
const isClientError = (error: unknown): boolean => {
  const status = (error as { statusCode?: unknown } | null)?.statusCode;
  return typeof status === 'number' && status >= 400 && status < 500;
};

export function fileSourceOf(request: FastifyRequest): FileSource {
  const raw = request.raw;
  return {
    async open() {
      if (!request.isMultipart()) {
        throw new ProblemException(
          HttpStatus.UNSUPPORTED_MEDIA_TYPE,
          'upload.not_multipart',
          'Send the file as multipart/form-data in a part named "file".',
        );
      }
      let part;
      try {
        part = await request.file();
      } catch (error) {
        // Busboy throws plain errors ("Multipart: Boundary not found", "Malformed part header").
        if (error instanceof ProblemException || isClientError(error)) throw error;
        throw malformed(error instanceof Error ? error.message : String(error));
      }
      if (!part || part.fieldname !== 'file') {
        throw badRequest('validation', 'Invalid input: file.', [
          { field: 'file', code: 'isDefined', message: 'file must be sent in a part named "file"' },
        ]);
      }
      return { filename: part.filename, stream: part.file };
    },
    onAbort(listener) {
      if (raw.destroyed && !raw.complete) return listener();
      raw.once('close', () => {
        if (!raw.complete) listener();
      });
    },
    onBodyEnd(listener) {
      if (raw.readableEnded) return listener();
      raw.once('end', listener);
    },
    hangUp() {
      // An injected request (light-my-request) has a stand-in socket without destroySoon.
      const socket = raw.socket as (typeof raw.socket & { destroySoon?: () => void }) | undefined;
      if (typeof socket?.destroySoon === 'function') socket.destroySoon();
      else socket?.destroy?.();
    },
  };
}

/** The `file` part of a multipart/form-data request, as a `FileSource`. */
export const UploadedFile = createParamDecorator(
  (_data: unknown, ctx: ExecutionContext): FileSource =>
    fileSourceOf(ctx.switchToHttp().getRequest<FastifyRequest>()),
);
