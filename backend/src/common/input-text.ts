import type { FieldError } from './problem';

/**
 * What text the API stores (README, "Security"): every string of a JSON body, a query string or
 * a path, at any depth, keys included, is refused with a 400 naming its field when it holds
 *
 * - a NUL (U+0000): PostgreSQL cannot store it in `text`;
 * - an unpaired UTF-16 surrogate (U+D800–U+DFFF alone): not Unicode, it cannot be encoded;
 * - a C0 control other than tab, line feed and carriage return, DEL, or a C1 control
 *   (U+0080–U+009F): invisible, they break CSV, iCalendar and terminals;
 * - a bidirectional embedding, override or isolate (U+202A–U+202E, U+2066–U+2069): they make
 *   a name or file name read differently from what it is ("Trojan Source"). Right-to-left
 *   text itself (Arabic, Hebrew) needs none of them and is kept as it is.
 *
 * Tab and line breaks stay allowed everywhere (multi-line texts need them); single-line values
 * are trimmed by their DTOs and escaped by every format that writes them (iCalendar, CSV).
 */
const FORBIDDEN =
  // eslint-disable-next-line no-control-regex
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

const hex = (c: number) => `U+${c.toString(16).toUpperCase().padStart(4, '0')}`;

/** Why `text` may not be stored, or null when it may. */
export function unstorableText(text: string): string | null {
  const match = FORBIDDEN.exec(text);
  if (!match) return null;
  const code = match[0].charCodeAt(0);
  if (code === 0) return 'a NUL character';
  if (code >= 0xd800 && code <= 0xdfff) return `an unpaired UTF-16 surrogate (${hex(code)})`;
  if ((code >= 0x202a && code <= 0x202e) || (code >= 0x2066 && code <= 0x2069))
    return `a bidirectional control character (${hex(code)})`;
  return `a control character (${hex(code)})`;
}

/** At most this many fields are reported: a hostile body gets a short answer. */
const MAX_REPORTED = 20;

/**
 * Every field of a parsed JSON value (or query/params object) holding text the API refuses,
 * as `{ field: 'materials.0.label', code: 'storableText' }`.
 */
export function findUnstorableText(value: unknown, prefix = ''): FieldError[] {
  const errors: FieldError[] = [];
  // The path is joined only for a field in error: a large body costs one pass, no strings.
  const keys: (string | number)[] = prefix ? [prefix] : [];
  const path = () => keys.join('.');
  const report = (what: string, why: string) =>
    errors.push({
      field: path() || '(body)',
      code: 'storableText',
      message: `${what} contains ${why}`,
    });
  const visit = (v: unknown): void => {
    if (errors.length >= MAX_REPORTED) return;
    if (typeof v === 'string') {
      const why = unstorableText(v);
      if (why) report(path() || 'the body', why);
    } else if (Array.isArray(v)) {
      for (let i = 0; i < v.length && errors.length < MAX_REPORTED; i++) {
        keys.push(i);
        visit(v[i]);
        keys.pop();
      }
    } else if (v !== null && typeof v === 'object') {
      for (const [key, item] of Object.entries(v)) {
        const why = unstorableText(key);
        if (why) {
          report(`a field name in ${path() || 'the body'}`, why);
          continue;
        }
        keys.push(key);
        visit(item);
        keys.pop();
      }
    }
  };
  visit(value);
  return errors;
}
