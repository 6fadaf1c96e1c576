import { HttpStatus, Param, ParseUUIDPipe } from '@nestjs/common';
import { ProblemException } from './problem';

/** A uuid path parameter; anything else cannot name a row, so it is a 404 like a missing one. */
export const IdParam = (name = 'id') =>
  Param(
    name,
    new ParseUUIDPipe({
      exceptionFactory: () =>
        new ProblemException(HttpStatus.NOT_FOUND, 'not_found', `No such resource.`),
    }),
  );
