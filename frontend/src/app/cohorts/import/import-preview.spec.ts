import { type ImportRow } from '../../core/api/types';
import {
  MAX_FILE_BYTES,
  decodeCsv,
  fileRefusal,
  filterCounts,
  filterRows,
  importSummary,
  invalidFileMessage,
  issueMessage,
  linksCsv,
  linksText,
  rowState,
  toPreviewRow,
} from './import-preview';

const row = (overrides: Partial<ImportRow>): ImportRow => ({
  line: 2,
  email: 'lea.muller@example.ch',
  givenName: 'Léa',
  familyName: 'Müller',
  preferredLanguage: 'fr',
  employer: null,
  action: 'create',
  errors: [],
  ...overrides,
});

describe('rowState', () => {
  it('imports new accounts and existing students, skips enrolled ones, refuses errors', () => {
    expect(rowState('create')).toBe('import');
    expect(rowState('enrol')).toBe('import');
    expect(rowState('skip')).toBe('skip');
    expect(rowState('error')).toBe('error');
  });
});

describe('toPreviewRow', () => {
  it('keeps what the file says and words each problem', () => {
    const preview = toPreviewRow(
      row({
        line: 5,
        email: 'bad',
        action: 'error',
        errors: [
          { field: 'email', code: 'invalid', message: '"bad" is not a valid e-mail address' },
          { field: 'familyName', code: 'required', message: 'the family name is missing' },
        ],
      }),
    );
    expect(preview).toMatchObject({ line: 5, email: 'bad', state: 'error', action: 'error' });
    expect(preview.issues).toEqual([
      { key: 'cohorts.import.issue.invalid', params: { field: 'email' } },
      { key: 'cohorts.import.issue.required', params: { field: 'familyName' } },
    ]);
  });

  it('explains why a row is skipped', () => {
    const preview = toPreviewRow(
      row({
        action: 'skip',
        errors: [{ field: 'email', code: 'alreadyEnrolled', message: 'already enrolled' }],
      }),
    );
    expect(preview.state).toBe('skip');
    expect(preview.issues[0].key).toBe('cohorts.import.issue.alreadyEnrolled');
  });
});

describe('issueMessage', () => {
  it('names the line of the first occurrence of a duplicate e-mail', () => {
    expect(
      issueMessage({
        field: 'email',
        code: 'duplicateInFile',
        message: 'the same e-mail is on line 3',
      }),
    ).toEqual({
      key: 'cohorts.import.issue.duplicateInFile',
      params: { field: 'email', line: '3' },
    });
  });

  it("falls back to the API's text for an unknown code", () => {
    expect(issueMessage({ field: 'email', code: 'somethingNew', message: 'new rule' })).toEqual({
      key: 'cohorts.import.issue.other',
      params: { message: 'new rule' },
    });
  });
});

describe('importSummary and filters', () => {
  const counts = { total: 7, create: 3, enrol: 1, skip: 1, error: 2 };

  it('counts the rows the import will write', () => {
    expect(importSummary(counts)).toEqual({ ...counts, importable: 4 });
  });

  it('counts the rows each filter shows', () => {
    expect(filterCounts(importSummary(counts))).toEqual({ all: 7, import: 4, skip: 1, error: 2 });
  });

  it('filters rows by state', () => {
    const rows = [
      toPreviewRow(row({ line: 2, action: 'create' })),
      toPreviewRow(row({ line: 3, action: 'error' })),
      toPreviewRow(row({ line: 4, action: 'enrol' })),
      toPreviewRow(row({ line: 5, action: 'skip' })),
    ];
    expect(filterRows(rows, 'all').map((r) => r.line)).toEqual([2, 3, 4, 5]);
    expect(filterRows(rows, 'import').map((r) => r.line)).toEqual([2, 4]);
    expect(filterRows(rows, 'error').map((r) => r.line)).toEqual([3]);
    expect(filterRows(rows, 'skip').map((r) => r.line)).toEqual([5]);
  });
});

describe('decodeCsv', () => {
  it('reads UTF-8 with accents and keeps the text as is', () => {
    const bytes = new TextEncoder().encode('email;prénom\nlea@example.ch;Léa\n');
    expect(decodeCsv(bytes)).toEqual({
      text: 'email;prénom\nlea@example.ch;Léa\n',
      encoding: 'utf-8',
    });
  });

  it('reads a Windows-1252 file (Excel) when the bytes are not UTF-8', () => {
    const bytes = new Uint8Array([0x4c, 0xe9, 0x61]); // "Léa" in Windows-1252
    expect(decodeCsv(bytes)).toEqual({ text: 'Léa', encoding: 'windows-1252' });
  });
});

describe('fileRefusal', () => {
  it('accepts a CSV file', () => {
    expect(fileRefusal({ name: 'volée.csv', size: 120, type: 'text/csv' })).toBeNull();
    expect(fileRefusal({ name: 'export.CSV', size: 120, type: '' })).toBeNull();
  });

  it('refuses an empty, too large or non-CSV file', () => {
    expect(fileRefusal({ name: 'a.csv', size: 0, type: 'text/csv' })?.key).toBe(
      'cohorts.import.file.empty',
    );
    expect(fileRefusal({ name: 'a.csv', size: MAX_FILE_BYTES + 1, type: 'text/csv' })?.key).toBe(
      'cohorts.import.file.tooLarge',
    );
    expect(
      fileRefusal({
        name: 'liste.xlsx',
        size: 100,
        type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      })?.key,
    ).toBe('cohorts.import.file.notCsv');
  });
});

describe('invalidFileMessage', () => {
  const problem = (detail: string) => ({
    type: 'about:blank',
    title: 'Bad Request',
    status: 400,
    code: 'import.invalid_file',
    detail,
  });

  it('lists the missing columns', () => {
    expect(
      invalidFileMessage(
        problem('Missing column(s): email, familyName. Expected a header such as "email;…".'),
      ),
    ).toEqual({
      key: 'cohorts.import.file.missingColumns',
      params: { columns: ['email', 'familyName'] },
    });
  });

  it('recognises an empty file and keeps any other reason', () => {
    expect(invalidFileMessage(problem('The file is empty.')).key).toBe('cohorts.import.file.empty');
    expect(invalidFileMessage(problem('Something else.'))).toEqual({
      key: 'cohorts.import.file.unreadable',
      params: { detail: 'Something else.' },
    });
  });
});

describe('links', () => {
  const links = [
    {
      displayName: 'Léa Müller',
      email: 'lea@example.ch',
      setPasswordUrl: 'https://x/set-password?t=1',
    },
    {
      displayName: 'Dupont; "Jo"',
      email: 'jo@example.ch',
      setPasswordUrl: 'https://x/set-password?t=2',
    },
  ];

  it('writes a CSV with a BOM, a translated header and quoted cells when needed', () => {
    expect(linksCsv(links, { name: 'Nom', email: 'E-mail', link: 'Lien' })).toBe(
      '\uFEFFNom;E-mail;Lien\r\n' +
        'Léa Müller;lea@example.ch;https://x/set-password?t=1\r\n' +
        '"Dupont; ""Jo""";jo@example.ch;https://x/set-password?t=2\r\n',
    );
  });

  it('writes one student per line to paste in a message', () => {
    expect(linksText(links.slice(0, 1))).toBe(
      'Léa Müller <lea@example.ch>: https://x/set-password?t=1',
    );
  });
});
