import { type GradeColumn, gradebookCsv, parseGradeCsv, parseScore } from './grade-csv';

const scale = { scale: 'CH_6' as const, gradeStep: 0.5, min: 1, max: 6, pass: 4 };
const exam: GradeColumn = {
  assessmentId: 'a1',
  attempt: 1,
  moduleCode: 'I',
  title: 'Examen',
  computed: false,
  scale,
};
const examResit: GradeColumn = { ...exam, attempt: 2 };
const project: GradeColumn = {
  ...exam,
  assessmentId: 'p1',
  moduleCode: 'P',
  title: 'Projet',
  computed: true,
};

describe('grades CSV', () => {
  it('reads a decimal comma and a decimal point, and nothing else', () => {
    expect(parseScore('4,5')).toBe(4.5);
    expect(parseScore(' 4.5 ')).toBe(4.5);
    expect(parseScore('12.25')).toBe(12.25);
    for (const bad of ['', 'abc', '4,5,5', '=1+1', '-1', '1e1', '4.567']) {
      expect(parseScore(bad)).toBeNull();
    }
  });

  it('writes a decimal comma and a BOM for Excel in French, a plain CSV otherwise', () => {
    const students = [
      { displayName: 'Léa Müller', email: 'lea@example.ch', scores: new Map([['a1:1', 4.5]]) },
    ];
    const excel = gradebookCsv([exam], students, 'fr', 'excel');
    expect(excel).toBe('\uFEFFNom;E-mail;I – Examen\r\nLéa Müller;lea@example.ch;4,5\r\n');
    const csv = gradebookCsv([exam, examResit], students, 'en', 'csv');
    expect(csv).toBe(
      'Name,Email,I – Examen,I – Examen (resit)\r\nLéa Müller,lea@example.ch,4.5,\r\n',
    );
  });

  it('escapes a name that would start a formula', () => {
    const students = [{ displayName: '=HYPERLINK("x")', email: 'a@b.ch', scores: new Map() }];
    expect(gradebookCsv([exam], students, 'en', 'csv')).toContain(`"'=HYPERLINK(""x"")"`);
  });

  it('matches columns in either language or by a unique title, and checks every cell on its own', () => {
    const parsed = parseGradeCsv(
      'Nom;Courriel;Examen;I – Examen (rattrapage);Projet;Autre\r\n' +
        'Léa;lea@example.ch;4,5;5;;x\r\n' +
        'Tom;tom@example.ch;6,5;abc;5;\r\n' +
        'Zoé;lea@example.ch;;;;\r\n',
      [exam, examResit, project],
    );
    expect(parsed.separator).toBe(';');
    expect(parsed.columns.map((c) => c.column?.assessmentId ?? null)).toEqual([
      null,
      null,
      'a1',
      'a1',
      'p1',
      null,
    ]);
    expect(parsed.headerErrors).toEqual([expect.objectContaining({ code: 'unknownColumn' })]);
    expect(parsed.rows[0]).toMatchObject({
      cells: [
        { column: exam, score: 4.5 },
        { column: examResit, score: 5 },
      ],
      errors: [],
    });
    expect(parsed.rows[1].errors.map((e) => e.code)).toEqual([
      'offScale',
      'notANumber',
      'computed',
    ]);
    expect(parsed.rows[2].errors.map((e) => e.code)).toEqual(['duplicateInFile']);
  });

  it('refuses a file without an e-mail column', () => {
    expect(() => parseGradeCsv('Nom,Examen\r\nLéa,4\r\n', [exam])).toThrow(
      expect.objectContaining({ code: 'import.invalid_file' }),
    );
  });
});
