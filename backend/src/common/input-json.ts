/** The deepest JSON any request body may nest (the deepest DTO needs 4 levels). */
export const MAX_JSON_DEPTH = 32;

/**
 * Whether raw JSON text nests objects and arrays deeper than `max`, measured on the text before
 * it is parsed (so a hostile body never reaches JSON.parse, class-transformer or the
 * validators' recursion). Brackets inside strings do not count.
 */
export function jsonTooDeep(text: string, max = MAX_JSON_DEPTH): boolean {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 0x5c /* \ */) i++;
      else if (c === 0x22 /* " */) inString = false;
    } else if (c === 0x22) inString = true;
    else if (c === 0x7b /* { */ || c === 0x5b /* [ */) {
      if (++depth > max) return true;
    } else if (c === 0x7d /* } */ || c === 0x5d /* ] */) depth--;
  }
  return false;
}
