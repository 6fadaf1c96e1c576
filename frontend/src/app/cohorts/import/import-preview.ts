/** Pure logic of the CSV import screen: reading the file, the preview's rows and counts, links. */
import {
  type ImportAction,
  type ImportCounts,
  type ImportRow,
  type NewStudentLink,
  type Problem,
} from '../../core/api/types';

/** The API takes at most 10,000,000 characters; a byte count above it cannot fit. */
export const MAX_FILE_BYTES = 10_000_000;

/** How a preview row is shown: imported (new account or existing student), skipped, refused. */
export type RowState = 'import' | 'skip' | 'error';

export type RowFilter = 'all' | 'import' | 'skip' | 'error';

/** A translation key with its parameters. */
export interface Message {
  key: string;
  params?: Record<string, unknown>;
}

export interface PreviewRow {
  line: number;
  email: string;
  givenName: string;
  familyName: string;
  language: ImportRow['preferredLanguage'];
  employer: string | null;
  action: ImportAction;
  state: RowState;
  /** The row's problems, worded for the screen (a skipped row's reason included). */
  issues: Message[];
}

export interface ImportSummary extends ImportCounts {
  /** Rows the import will write: new accounts plus existing students. */
  importable: number;
}

const ISSUE_CODES = new Set([
  'required',
  'invalid',
  'tooLong',
  'duplicateInFile',
  'malformed',
  'alreadyEnrolled',
  'notStudent',
  'unknownEmployer',
]);
const FIELDS = new Set(['email', 'givenName', 'familyName', 'language', 'employer', 'row']);

export function rowState(action: ImportAction): RowState {
  if (action === 'create' || action === 'enrol') return 'import';
  return action;
}

/** One issue of a row as a translation key (`cohorts.import.issue.<code>`) and parameters. */
export function issueMessage(issue: { field: string; code: string; message: string }): Message {
  if (!ISSUE_CODES.has(issue.code)) {
    return { key: 'cohorts.import.issue.other', params: { message: issue.message } };
  }
  const params: Record<string, unknown> = {
    field: FIELDS.has(issue.field) ? issue.field : 'row',
  };
  if (issue.code === 'duplicateInFile') {
    params['line'] = /(\d+)/.exec(issue.message)?.[1] ?? '?';
  }
  return { key: `cohorts.import.issue.${issue.code}`, params };
}

export function toPreviewRow(row: ImportRow): PreviewRow {
  return {
    line: row.line,
    email: row.email,
    givenName: row.givenName,
    familyName: row.familyName,
    language: row.preferredLanguage,
    employer: row.employer,
    action: row.action,
    state: rowState(row.action),
    issues: row.errors.map(issueMessage),
  };
}

export function importSummary(counts: ImportCounts): ImportSummary {
  return { ...counts, importable: counts.create + counts.enrol };
}

export function filterRows(rows: readonly PreviewRow[], filter: RowFilter): PreviewRow[] {
  return filter === 'all' ? [...rows] : rows.filter((row) => row.state === filter);
}

/** How many rows each filter shows. */
export function filterCounts(summary: ImportSummary): Record<RowFilter, number> {
  return {
    all: summary.total,
    import: summary.importable,
    skip: summary.skip,
    error: summary.error,
  };
}

/**
 * Reads a CSV file's bytes: UTF-8 (with or without BOM) when they are valid UTF-8, else
 * Windows-1252 (what Excel writes as "CSV" on many French and Swiss machines).
 */
export function decodeCsv(bytes: ArrayBuffer | Uint8Array): {
  text: string;
  encoding: 'utf-8' | 'windows-1252';
} {
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'utf-8' };
  } catch {
    return { text: new TextDecoder('windows-1252').decode(bytes), encoding: 'windows-1252' };
  }
}

/** Why a file is refused before it is sent, or null when it may be sent. */
export function fileRefusal(file: { name: string; size: number; type: string }): Message | null {
  if (file.size === 0) return { key: 'cohorts.import.file.empty' };
  if (file.size > MAX_FILE_BYTES) {
    return { key: 'cohorts.import.file.tooLarge', params: { max: MAX_FILE_BYTES / 1_000_000 } };
  }
  const csvName = /\.(csv|txt)$/i.test(file.name);
  const csvType = /^(text\/|application\/(vnd\.ms-excel|csv)$)/.test(file.type) || file.type === '';
  if (!csvName && !csvType) return { key: 'cohorts.import.file.notCsv' };
  return null;
}

/**
 * The API's 400 `import.invalid_file` in the user's words: the missing columns, an empty file,
 * or the API's own text.
 */
export function invalidFileMessage(problem: Problem): Message {
  const detail = problem.detail ?? '';
  if (/^The file is empty/i.test(detail)) return { key: 'cohorts.import.file.empty' };
  const missing = /^Missing column\(s\): ([^.]+)\./.exec(detail);
  if (missing) {
    const columns = missing[1]
      .split(',')
      .map((c) => c.trim())
      .filter((c) => FIELDS.has(c));
    return { key: 'cohorts.import.file.missingColumns', params: { columns } };
  }
  return { key: 'cohorts.import.file.unreadable', params: { detail } };
}

/** The set-password links as CSV for a spreadsheet (UTF-8 with BOM, `;`). */
export function linksCsv(
  links: readonly NewStudentLink[],
  header: { name: string; email: string; link: string },
): string {
  const cell = (value: string) =>
    /[";\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
  const lines = [
    [header.name, header.email, header.link],
    ...links.map((l) => [l.displayName, l.email, l.setPasswordUrl]),
  ].map((cells) => cells.map(cell).join(';'));
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}

/** The set-password links as plain text to paste in a message: one student per line. */
export function linksText(links: readonly NewStudentLink[]): string {
  return links.map((l) => `${l.displayName} <${l.email}>: ${l.setPasswordUrl}`).join('\n');
}
