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
 * Opens the request's file part when called. The service checks permissions first and only
 * then reads the body, so a refused upload is never written anywhere.
 */
export type FileSource = () => Promise<IncomingFile>;

/** The `file` part of a multipart/form-data request, as a `FileSource`. */
export const UploadedFile = createParamDecorator(
  (_data: unknown, ctx: ExecutionContext): FileSource => {
    const request = ctx.switchToHttp().getRequest<FastifyRequest>();
    return async () => {
      if (!request.isMultipart()) {
        throw new ProblemException(
          HttpStatus.UNSUPPORTED_MEDIA_TYPE,
          'upload.not_multipart',
          'Send the file as multipart/form-data in a part named "file".',
        );
      }
      const part = await request.file();
      if (!part || part.fieldname !== 'file') {
        throw badRequest('validation', 'Invalid input: file.', [
          { field: 'file', code: 'isDefined', message: 'file must be sent in a part named "file"' },
        ]);
      }
      return { filename: part.filename, stream: part.file };
    };
  },
);
