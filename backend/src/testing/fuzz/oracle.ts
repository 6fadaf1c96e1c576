import type { FuzzCase } from './cases';

/** What the fuzz test holds every answer to. */
export type Check =
  | '5xx'
  | 'timeout'
  | 'not-problem'
  | 'accepted-malformed'
  | 'wrong-status'
  | 'field-not-named'
  | 'huge-problem'
  | 'cacheable';

export interface Answer {
  status: number;
  headers: Record<string, unknown>;
  body: string;
  ms: number;
}

export interface Verdict {
  check: Check;
  detail: string;
}

/** The longest problem+json body that is still a summary (about 300 field errors). */
export const MAX_PROBLEM_CHARS = 64 * 1024;

interface FieldError {
  field?: unknown;
}

/** Does a 400 name the field the bad input was in (or one inside it, or one around it)? */
function namesField(field: string, problem: Record<string, unknown>): boolean {
  const errors = problem['errors'];
  if (Array.isArray(errors) && errors.length) {
    return (errors as FieldError[]).some((e) => {
      const f = String(e.field ?? '');
      return f === field || f.startsWith(`${field}.`) || field.startsWith(`${f}.`);
    });
  }
  const leaf =
    field
      .split('.')
      .filter((s) => !/^\d+$/.test(s))
      .pop() ?? field;
  return String(problem['detail'] ?? '').includes(leaf);
}

/**
 * The property: never a 5xx, never past the time bound, every refusal an RFC 9457 problem with a
 * `code`, malformed input refused (a 2xx only where the input was valid, never a 409), and the
 * 400 that refuses it naming the field at fault; a 2xx never stored by a shared cache.
 */
export function judge(
  c: FuzzCase,
  answer: Answer | 'timeout',
  timeoutMs: number,
): Verdict | undefined {
  if (answer === 'timeout') return { check: 'timeout', detail: `no answer within ${timeoutMs} ms` };
  const { status } = answer;
  if (status >= 500) return { check: '5xx', detail: `${status}` };
  if (status >= 400) {
    const type = String(answer.headers['content-type'] ?? '');
    if (!type.startsWith('application/problem+json'))
      return { check: 'not-problem', detail: `${status} as ${type || 'no content type'}` };
    let problem: Record<string, unknown>;
    try {
      problem = JSON.parse(answer.body) as Record<string, unknown>;
    } catch {
      return { check: 'not-problem', detail: `${status}: body is not JSON` };
    }
    if (typeof problem['code'] !== 'string' || problem['status'] !== status)
      return { check: 'not-problem', detail: `${status}: no code or a wrong status in the body` };
    // A refusal lists what is wrong, not every element of a hostile list (a 200 kB request must
    // not cost megabytes of answer).
    if (answer.body.length > MAX_PROBLEM_CHARS)
      return {
        check: 'huge-problem',
        detail: `${status} ${String(problem['code'])} of ${answer.body.length} characters`,
      };
    if (c.mustRefuse && status === 409 && !c.conflictFirst)
      return {
        check: 'wrong-status',
        detail: `409 ${String(problem['code'])} for malformed input`,
      };
    if (c.mustRefuse && status === 400 && c.field && !namesField(c.field, problem))
      return {
        check: 'field-not-named',
        detail: `400 ${String(problem['code'])} does not name ${c.field}`,
      };
    return undefined;
  }
  if (c.mustRefuse) return { check: 'accepted-malformed', detail: `${status} for malformed input` };
  // API answers carry personal data: no shared cache may keep them.
  const cache = String(answer.headers['cache-control'] ?? '');
  if (!/no-store|private/.test(cache))
    return { check: 'cacheable', detail: `${status} with cache-control "${cache}"` };
  return undefined;
}
