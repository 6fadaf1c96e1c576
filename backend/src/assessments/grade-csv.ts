import { isEmail } from 'class-validator';
import Papa from 'papaparse';
import { badRequest, type FieldError } from '../common/problem';
import type { Language } from '../common/role';
import type { Attempt } from './assessment-kinds';
import { onStep } from './assessment-reads';
import type { CsvFormat } from './dto/grade-transfer.dto';
import type { GradeScaleDto } from './dto/grades.dto';

export const MAX_GRADE_IMPORT_ROWS = 5_000;

/** A column of grades: one assessment and attempt. */
export interface GradeColumn {
  assessmentId: string;
  attempt: Attempt;
  moduleCode: string;
  title: string;
  computed: boolean;
  scale: GradeScaleDto;
}

const RESIT: Record<Language, string> = { fr: 'rattrapage', en: 'resit' };

/** The header of a column: "<module code> – <title>", "(rattrapage)" / "(resit)" for attempt 2. */
export function columnLabel(column: GradeColumn, language: Language): string {
  const base = `${column.moduleCode} – ${column.title}`;
  return column.attempt === 2 ? `${base} (${RESIT[language]})` : base;
}

/** A score as a spreadsheet shows it: `4.5`, or `4,5` with the French decimal comma. */
export function formatScore(score: number, decimalComma: boolean): string {
  const text = String(Math.round(score * 100) / 100);
  return decimalComma ? text.replace('.', ',') : text;
}

/** `4,5` or `4.5` (spaces ignored); null when it is not a plain decimal number. */
export function parseScore(text: string): number | null {
  const t = text.replace(/\s+/g, '');
  if (!/^\d{1,3}([.,]\d{1,2})?$/.test(t)) return null;
  return Number(t.replace(',', '.'));
}

export interface ExportStudent {
  displayName: string;
  email: string;
  scores: Map<string, number>; // `${assessmentId}:${attempt}` → score
}

export const cellKey = (assessmentId: string, attempt: number) => `${assessmentId}:${attempt}`;

/**
 * The gradebook as CSV. `csv`: `,`, UTF-8 without BOM, decimal point. `excel`: what Excel
 * opens right: `;`, a BOM, CRLF, the decimal comma in French. Formula-like cells escaped.
 */
export function gradebookCsv(
  columns: GradeColumn[],
  students: ExportStudent[],
  language: Language,
  format: CsvFormat,
): string {
  const excel = format === 'excel';
  const comma = excel && language === 'fr';
  const fields = [
    language === 'fr' ? 'Nom' : 'Name',
    language === 'fr' ? 'E-mail' : 'Email',
    ...columns.map((c) => columnLabel(c, language)),
  ];
  const data = students.map((s) => [
    s.displayName,
    s.email,
    ...columns.map((c) => {
      const score = s.scores.get(cellKey(c.assessmentId, c.attempt));
      return score === undefined ? '' : formatScore(score, comma);
    }),
  ]);
  const csv = Papa.unparse(
    { fields, data },
    { delimiter: excel ? ';' : ',', newline: '\r\n', escapeFormulae: true },
  );
  return `${excel ? '\uFEFF' : ''}${csv}\r\n`;
}

const fold = (s: string) =>
  s
    .replace(/^'/, '')
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]/g, '');

const EMAIL_HEADERS = ['email', 'mail', 'courriel', 'adresseemail', 'emailaddress'];
const NAME_HEADERS = ['nom', 'name', 'nomcomplet', 'fullname', 'etudiant', 'student'];

export interface ParsedHeaderColumn {
  header: string;
  column: GradeColumn | null;
}

export interface ParsedGradeRow {
  line: number;
  email: string;
  cells: { column: GradeColumn; score: number }[];
  errors: FieldError[];
}

export interface ParsedGradeImport {
  separator: ';' | ',';
  columns: ParsedHeaderColumn[];
  headerErrors: FieldError[];
  rows: ParsedGradeRow[];
}

const fileError = (message: string) =>
  badRequest('import.invalid_file', message, [{ field: 'csv', code: 'invalidFile', message }]);

function separatorOf(text: string): ';' | ',' {
  const header = text.slice(0, text.search(/\r?\n|$/));
  const count = (c: string) => header.split(c).length - 1;
  return count(';') >= count(',') && count(';') > 0 ? ';' : ',';
}

/**
 * Reads a grades CSV against the cohort's columns: the e-mail column names the student, every
 * other column whose header is an assessment's label (either language, or its title alone when
 * unique) gives scores; the name column and unknown columns are ignored (reported). A cell is
 * checked on its own (a number on the scale and step; not a computed column); an empty cell
 * changes nothing. Who the e-mail is, is the caller's.
 */
export function parseGradeCsv(input: string, known: GradeColumn[]): ParsedGradeImport {
  const text = input.replace(/^\uFEFF/, '');
  if (!text.trim()) throw fileError('The file is empty.');
  const separator = separatorOf(text);
  const parsed = Papa.parse<string[]>(text, { delimiter: separator, skipEmptyLines: false });
  const [header = [], ...records] = parsed.data;

  const byLabel = new Map<string, GradeColumn[]>();
  const add = (label: string, c: GradeColumn) => {
    const key = fold(label);
    byLabel.set(key, [...(byLabel.get(key) ?? []), c]);
  };
  for (const c of known) {
    const labels = new Set([columnLabel(c, 'fr'), columnLabel(c, 'en')]);
    for (const label of labels) add(label, c);
    const titles = new Set([
      c.title,
      ...(c.attempt === 2 ? [`${c.title} (rattrapage)`, `${c.title} (resit)`] : []),
    ]);
    if (c.attempt === 2) titles.delete(c.title);
    for (const t of titles) add(t, c);
  }
  const headerErrors: FieldError[] = [];
  let emailIndex = -1;
  const seen = new Set<GradeColumn>();
  const columns: ParsedHeaderColumn[] = header.map((raw, i) => {
    const name = raw.trim();
    const key = fold(name);
    if (emailIndex < 0 && EMAIL_HEADERS.includes(key)) {
      emailIndex = i;
      return { header: name, column: null };
    }
    if (!name || NAME_HEADERS.includes(key)) return { header: name, column: null };
    const matches = [...new Set(byLabel.get(key) ?? [])];
    if (matches.length === 1 && !seen.has(matches[0])) {
      seen.add(matches[0]);
      return { header: name, column: matches[0] };
    }
    headerErrors.push({
      field: name,
      code:
        matches.length > 1
          ? 'ambiguousColumn'
          : matches.length
            ? 'duplicateColumn'
            : 'unknownColumn',
      message:
        matches.length > 1
          ? `"${name}" names several assessments: use "<module> – <title>"`
          : matches.length
            ? `"${name}" appears twice`
            : `"${name}" is no assessment of the cohort: ignored`,
    });
    return { header: name, column: null };
  });
  if (emailIndex < 0) throw fileError('Missing column: email (or e-mail, courriel).');

  const brokenRows = new Set(
    parsed.errors.flatMap((e) => (e.type === 'Quotes' && e.row !== undefined ? [e.row] : [])),
  );
  const firstLineOf = new Map<string, number>();
  const rows: ParsedGradeRow[] = [];
  records.forEach((record, index) => {
    if (record.every((v) => !v.trim())) return;
    const line = index + 2;
    const errors: FieldError[] = [];
    if (brokenRows.has(index + 1) || record.slice(header.length).some((v) => v.trim())) {
      errors.push({
        field: 'row',
        code: 'malformed',
        message: `line ${line} has unbalanced quotes or more fields than the header`,
      });
    }
    const email = (record[emailIndex] ?? '').trim();
    if (!email) errors.push({ field: 'email', code: 'required', message: 'the e-mail is missing' });
    else if (email.length > 320 || !isEmail(email)) {
      errors.push({
        field: 'email',
        code: 'invalid',
        message: `"${email}" is not an e-mail address`,
      });
    } else {
      const first = firstLineOf.get(email.toLowerCase());
      if (first !== undefined) {
        errors.push({
          field: 'email',
          code: 'duplicateInFile',
          message: `the same e-mail is on line ${first}`,
        });
      } else firstLineOf.set(email.toLowerCase(), line);
    }
    const cells: ParsedGradeRow['cells'] = [];
    columns.forEach(({ header: name, column }, i) => {
      if (!column) return;
      const raw = (record[i] ?? '').trim();
      if (!raw) return;
      const score = parseScore(raw);
      if (column.computed) {
        errors.push({
          field: name,
          code: 'computed',
          message: 'computed from the project’s grades',
        });
      } else if (score === null) {
        errors.push({ field: name, code: 'notANumber', message: `"${raw}" is not a number` });
      } else if (!onStep(column.scale, score)) {
        const { min, max, gradeStep } = column.scale;
        errors.push({
          field: name,
          code: 'offScale',
          message: `${raw} is not a grade from ${min} to ${max} in steps of ${gradeStep}`,
        });
      } else cells.push({ column, score });
    });
    rows.push({ line, email, cells, errors });
  });
  if (rows.length > MAX_GRADE_IMPORT_ROWS)
    throw fileError(
      `At most ${MAX_GRADE_IMPORT_ROWS} rows per import; this file has ${rows.length}.`,
    );
  if (!rows.length) throw fileError('The file has a header but no row.');
  return { separator, columns, headerErrors, rows };
}
