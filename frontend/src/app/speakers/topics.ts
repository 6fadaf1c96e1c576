/** Topics typed as a comma-separated list: trimmed, lower-case, without duplicates or blanks. */
export function parseTopics(text: string): string[] {
  return [
    ...new Set(
      text
        .split(/[,;\n]/)
        .map((t) => t.trim().toLowerCase())
        .filter((t) => t !== ''),
    ),
  ];
}
