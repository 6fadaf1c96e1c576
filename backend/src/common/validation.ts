import { HttpStatus, ValidationPipe, type ValidationError } from '@nestjs/common';
import { type FieldError, ProblemException } from './problem';

function flatten(errors: ValidationError[], prefix = ''): FieldError[] {
  const out: FieldError[] = [];
  for (const error of errors) {
    const field = prefix ? `${prefix}.${error.property}` : error.property;
    for (const [code, message] of Object.entries(error.constraints ?? {})) {
      out.push({ field, code, message });
    }
    if (error.children?.length) out.push(...flatten(error.children, field));
  }
  return out;
}

export function toValidationProblem(errors: ValidationError[]): ProblemException {
  const fieldErrors = flatten(errors);
  const names = [...new Set(fieldErrors.map((e) => e.field))].join(', ');
  return new ProblemException(HttpStatus.BAD_REQUEST, 'validation', `Invalid input: ${names}.`, {
    errors: fieldErrors,
  });
}

/** The one global pipe: strips nothing silently, refuses what it does not know. */
export function createValidationPipe(): ValidationPipe {
  return new ValidationPipe({
    whitelist: true,
    forbidNonWhitelisted: true,
    forbidUnknownValues: true,
    transform: true,
    transformOptions: { enableImplicitConversion: false },
    exceptionFactory: toValidationProblem,
    stopAtFirstError: false,
  });
}
