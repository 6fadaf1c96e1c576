import { isEmail } from 'class-validator';
import Papa from 'papaparse';
import { badRequest, type FieldError } from '../common/problem';
import type { Language } from '../common/role';
import type { EnrolmentStatus } from './enrolment.entity';

/** A file larger than this is refused whole (the route's body limit is about the same). */
export const MAX_IMPORT_ROWS = 10_000;

export const IMPORT_FIELDS = ['email', 'givenName', 'familyName', 'language', 'employer'] as const;
export type ImportField = (typeof IMPORT_FIELDS)[number];
const REQUIRED: ImportField[] = ['email', 'givenName', 'familyName'];

/** Header names, in French or English, compared without case, accents, spaces or punctuation. */
const HEADER_NAMES: Record<ImportField, string[]> = {
  email: [
    'email',
    'mail',
    'courriel',
    'adresseemail',
    'adressemail',
    'adresseelectronique',
    'emailaddress',
  ],
  givenName: ['givenname', 'firstname', 'forename', 'prenom'],
  familyName: ['familyname', 'lastname', 'surname', 'nom', 'nomdefamille'],
  language: ['language', 'lang', 'langue', 'preferredlanguage', 'languepreferee'],
  employer: [
    'employer',
    'employeur',
    'entreprise',
    'company',
    'organisation',
    'organization',
    'partner',
    'partenaire',
  ],
};

const LANGUAGE_VALUES: Record<string, Language> = {
  fr: 'fr',
  francais: 'fr',
  french: 'fr',
  en: 'en',
  anglais: 'en',
  english: 'en',
};

const fold = (s: string) =>
  s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z]/g, '');

const clean = (s: string | undefined) => (s ?? '').normalize('NFC').replace(/\s+/g, ' ').trim();

export interface ImportRow {
  /** Line in the file (the header is line 1). */
  line: number;
  email: string;
  givenName: string;
  familyName: string;
  /** The language as written; `preferredLanguage` is what it means (default fr). */
  language: string;
  preferredLanguage: Language;
  employer: string | null;
  /** Problems found in the file itself (format, duplicates). */
  errors: FieldError[];
  /** Problems that matter only if the e-mail is new (a known student keeps their names). */
  newUserErrors: FieldError[];
}

export interface ParsedImport {
  separator: ';' | ',';
  /** Header of each recognised field, as written in the file. */
  columns: Partial<Record<ImportField, string>>;
  ignoredColumns: string[];
  rows: ImportRow[];
}

const fileError = (message: string) =>
  badRequest('import.invalid_file', message, [{ field: 'csv', code: 'invalidFile', message }]);

/** The separator of the header line: `;` (Excel in French) or `,`. */
function separatorOf(text: string): ';' | ',' {
  const header = text.slice(0, text.search(/\r?\n|$/));
  const count = (c: string) => header.split(c).length - 1;
  return count(';') >= count(',') && count(';') > 0 ? ';' : ',';
}

/**
 * Reads an enrolment CSV: a header (French or English names, any order), `;` or `,`, quoted
 * fields, a UTF-8 BOM, CRLF or LF. Checks every row on its own (e-mail, names, language, a
 * duplicate e-mail in the file); what needs the database (known student, already enrolled,
 * employer) is the caller's. A file that cannot be read at all is a 400.
 */
export function parseImportCsv(input: string): ParsedImport {
  const text = input.replace(/^\uFEFF/, '');
  if (!text.trim()) throw fileError('The file is empty.');
  const separator = separatorOf(text);
  const parsed = Papa.parse<string[]>(text, { delimiter: separator, skipEmptyLines: false });
  const [header = [], ...records] = parsed.data;

  const columns: Partial<Record<ImportField, string>> = {};
  const indexOf: Partial<Record<ImportField, number>> = {};
  const ignoredColumns: string[] = [];
  header.forEach((name, i) => {
    const field = IMPORT_FIELDS.find((f) => HEADER_NAMES[f].includes(fold(name)));
    if (field && indexOf[field] === undefined) {
      indexOf[field] = i;
      columns[field] = name.trim();
    } else if (name.trim()) {
      ignoredColumns.push(name.trim());
    }
  });
  const missing = REQUIRED.filter((f) => indexOf[f] === undefined);
  if (missing.length) {
    throw fileError(
      `Missing column(s): ${missing.join(', ')}. Expected a header such as "email;given name;family name;language;employer" or "e-mail;prénom;nom;langue;employeur".`,
    );
  }

  const brokenRows = new Set(
    parsed.errors.flatMap((e) => (e.type === 'Quotes' && e.row !== undefined ? [e.row] : [])),
  );
  const firstLineOf = new Map<string, number>();
  const rows: ImportRow[] = [];
  records.forEach((record, index) => {
    if (record.every((v) => !v.trim())) return; // blank line
    const value = (f: ImportField) => {
      const i = indexOf[f];
      return i === undefined ? '' : clean(record[i]);
    };
    const line = index + 2;
    const errors: FieldError[] = [];
    const newUserErrors: FieldError[] = [];
    if (brokenRows.has(index + 1) || record.slice(header.length).some((v) => v.trim())) {
      errors.push({
        field: 'row',
        code: 'malformed',
        message: `line ${line} has unbalanced quotes or more fields than the header`,
      });
    }

    const email = value('email');
    if (!email) errors.push({ field: 'email', code: 'required', message: 'the e-mail is missing' });
    else if (email.length > 320 || !isEmail(email)) {
      errors.push({
        field: 'email',
        code: 'invalid',
        message: `"${email}" is not a valid e-mail address`,
      });
    } else {
      const key = email.toLowerCase();
      const first = firstLineOf.get(key);
      if (first !== undefined) {
        errors.push({
          field: 'email',
          code: 'duplicateInFile',
          message: `the same e-mail is on line ${first}`,
        });
      } else firstLineOf.set(key, line);
    }

    const givenName = value('givenName');
    const familyName = value('familyName');
    for (const [field, name] of [
      ['givenName', givenName],
      ['familyName', familyName],
    ] as const) {
      if (!name)
        newUserErrors.push({
          field,
          code: 'required',
          message: `the ${field === 'givenName' ? 'given' : 'family'} name is missing`,
        });
      else if (name.length > 100)
        errors.push({ field, code: 'tooLong', message: 'at most 100 characters' });
    }

    const language = value('language');
    const preferredLanguage = language ? LANGUAGE_VALUES[fold(language)] : 'fr';
    if (!preferredLanguage) {
      errors.push({
        field: 'language',
        code: 'invalid',
        message: `"${language}" is not a language (fr or en)`,
      });
    }

    const employer = value('employer') || null;
    rows.push({
      line,
      email,
      givenName,
      familyName,
      language,
      preferredLanguage: preferredLanguage ?? 'fr',
      employer,
      errors,
      newUserErrors,
    });
  });
  if (rows.length > MAX_IMPORT_ROWS)
    throw fileError(`At most ${MAX_IMPORT_ROWS} rows per import; this file has ${rows.length}.`);
  if (!rows.length) throw fileError('The file has a header but no row.');
  return { separator, columns, ignoredColumns, rows };
}

export interface RosterLine {
  email: string;
  display_name: string;
  preferred_language: Language;
  status: EnrolmentStatus;
  employer: string | null;
  enrolled_on: string;
  withdrawn_on: string | null;
  withdrawal_reason: string | null;
}

const ROSTER_HEADERS: Record<Language, string[]> = {
  fr: [
    'E-mail',
    'Nom complet',
    'Langue',
    'Statut',
    'Employeur',
    'Inscrit le',
    'Retiré le',
    'Motif du retrait',
  ],
  en: [
    'Email',
    'Full name',
    'Language',
    'Status',
    'Employer',
    'Enrolled on',
    'Withdrawn on',
    'Withdrawal reason',
  ],
};

const STATUS_LABELS: Record<Language, Record<EnrolmentStatus, string>> = {
  fr: { active: 'actif', withdrawn: 'retiré', graduated: 'diplômé' },
  en: { active: 'active', withdrawn: 'withdrawn', graduated: 'graduated' },
};

/**
 * A roster as CSV for Excel: UTF-8 with a BOM (so accents show right), `;`, CRLF, and cells
 * that would start a formula (=, +, -, @) escaped.
 */
export function rosterCsv(lines: RosterLine[], language: Language): string {
  const data = lines.map((l) => [
    l.email,
    l.display_name,
    l.preferred_language,
    STATUS_LABELS[language][l.status],
    l.employer ?? '',
    l.enrolled_on,
    l.withdrawn_on ?? '',
    l.withdrawal_reason ?? '',
  ]);
  const csv = Papa.unparse(
    { fields: ROSTER_HEADERS[language], data },
    { delimiter: ';', newline: '\r\n', escapeFormulae: true },
  );
  return `\uFEFF${csv}\r\n`;
}
