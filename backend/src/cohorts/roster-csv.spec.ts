import Papa from 'papaparse';
import { ProblemException } from '../common/problem';
import { parseImportCsv, rosterCsv } from './roster-csv';

const codes = (row: { errors: { code: string }[] }) => row.errors.map((e) => e.code);

describe('parseImportCsv', () => {
  it('reads a French header with `;`, a BOM, CRLF and accented names', () => {
    const parsed = parseImportCsv(
      '\uFEFFE-mail;Prénom;Nom;Langue;Employeur\r\nlea.muller@example.ch;Léa;Müller;fr;Banque Cantonale\r\n',
    );
    expect(parsed.separator).toBe(';');
    expect(parsed.columns).toEqual({
      email: 'E-mail',
      givenName: 'Prénom',
      familyName: 'Nom',
      language: 'Langue',
      employer: 'Employeur',
    });
    expect(parsed.rows).toEqual([
      expect.objectContaining({
        line: 2,
        email: 'lea.muller@example.ch',
        givenName: 'Léa',
        familyName: 'Müller',
        preferredLanguage: 'fr',
        employer: 'Banque Cantonale',
        errors: [],
      }),
    ]);
  });

  it('reads an English header with `,` in any order, quoted fields and extra columns', () => {
    const parsed = parseImportCsv(
      'Last name,First name,Email,Notes\n"Dubois, jr",Inès,ines@example.fr,"said ""hi"""\n',
    );
    expect(parsed.separator).toBe(',');
    expect(parsed.ignoredColumns).toEqual(['Notes']);
    expect(parsed.rows[0]).toMatchObject({
      familyName: 'Dubois, jr',
      givenName: 'Inès',
      email: 'ines@example.fr',
      preferredLanguage: 'fr',
    });
  });

  it('composes decomposed accents (files saved on a Mac) and trims spaces', () => {
    const parsed = parseImportCsv(
      `email;prenom;nom\n a@b.ch ; Ele\u0301onore ;  Pe\u0301clard  \n`,
    );
    expect(parsed.rows[0]).toMatchObject({
      email: 'a@b.ch',
      givenName: 'Éléonore'.replace('É', 'E'),
      familyName: 'Péclard',
    });
    expect(parsed.rows[0].givenName).toBe('Eléonore'.normalize('NFC'));
  });

  it('reports each row’s own errors: bad e-mail, missing e-mail, bad language, duplicate in the file', () => {
    const parsed = parseImportCsv(
      [
        'email;given name;family name;language',
        'ok@example.ch;A;B;en',
        'not-an-email;A;B;fr',
        ';A;B;fr',
        'x@example.ch;A;B;de',
        'OK@example.ch;A;B;fr',
      ].join('\n'),
    );
    expect(parsed.rows.map(codes)).toEqual([
      [],
      ['invalid'],
      ['required'],
      ['invalid'],
      ['duplicateInFile'],
    ]);
    expect(parsed.rows[4].errors[0].message).toContain('line 2');
    expect(parsed.rows[0].preferredLanguage).toBe('en');
  });

  it('leaves missing names for the caller to judge (a known student needs none)', () => {
    const parsed = parseImportCsv('email;prénom;nom\nknown@example.ch;;\n');
    expect(parsed.rows[0].errors).toEqual([]);
    expect(parsed.rows[0].newUserErrors.map((e) => e.field)).toEqual(['givenName', 'familyName']);
  });

  it('flags a row with more fields than the header, and skips blank lines without shifting line numbers', () => {
    const parsed = parseImportCsv(
      'email;prénom;nom\n\na@example.ch;A;B;surplus\nb@example.ch;A;B;\n',
    );
    expect(parsed.rows.map((r) => [r.line, codes(r)])).toEqual([
      [3, ['malformed']],
      [4, []],
    ]);
  });

  it('refuses a file without the required columns, or without rows, as a whole', () => {
    const detailOf = (csv: string): string => {
      try {
        parseImportCsv(csv);
      } catch (error) {
        expect(error).toBeInstanceOf(ProblemException);
        return (error as ProblemException).getResponse()['detail' as keyof object] as string;
      }
      throw new Error('parsed a file it should refuse');
    };
    expect(detailOf('email;langue\na@b.ch;fr\n')).toContain('givenName, familyName');
    expect(detailOf('\uFEFF  \n')).toContain('empty');
    expect(detailOf('email;prénom;nom\n')).toContain('no row');
  });
});

describe('rosterCsv', () => {
  const line = {
    email: 'lea@example.ch',
    display_name: 'Léa Müller',
    preferred_language: 'fr' as const,
    status: 'withdrawn' as const,
    employer: 'Théâtre de Vidy',
    enrolled_on: '2026-09-01',
    withdrawn_on: '2027-01-15',
    withdrawal_reason: 'Départ; raison "personnelle"',
  };

  it('writes a BOM, `;`, translated headers and statuses, and quotes what needs it', () => {
    const csv = rosterCsv([line], 'fr');
    expect(csv.startsWith('\uFEFFE-mail;Nom complet;')).toBe(true);
    const [header, row] = Papa.parse<string[]>(csv.slice(1), {
      delimiter: ';',
      skipEmptyLines: true,
    }).data;
    expect(header).toHaveLength(8);
    expect(row).toEqual([
      'lea@example.ch',
      'Léa Müller',
      'fr',
      'retiré',
      'Théâtre de Vidy',
      '2026-09-01',
      '2027-01-15',
      'Départ; raison "personnelle"',
    ]);
    expect(rosterCsv([line], 'en')).toContain('withdrawn');
  });

  it('defuses cells that a spreadsheet would run as a formula', () => {
    const csv = rosterCsv([{ ...line, display_name: '=HYPERLINK("http://evil")' }], 'en');
    expect(csv).toContain(`'=HYPERLINK`);
  });
});
