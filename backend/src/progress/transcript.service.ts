import { Injectable } from '@nestjs/common';
import type { Viewer } from '../common/access';
import { type PdfDocument, type PdfFile, renderPdf } from '../common/pdf/pdf';
import type { Language } from '../common/role';
import type {
  ModuleResultDto,
  ProgressModuleDto,
  StudentProgressDetailsDto,
} from './dto/progress.dto';
import { ProgressService } from './progress.service';
import { type Country, formatNumber, LABELS, OUTCOME_WORDS, reasonText } from './transcript-text';

/**
 * The transcript (relevé de notes): an official paper, so it shows released grades only,
 * whoever downloads it (staff see the rest in the app). In the student's language unless told.
 */
@Injectable()
export class TranscriptService {
  constructor(private readonly progress: ProgressService) {}

  async render(
    viewer: Viewer,
    cohortId: string,
    studentId: string,
    lang?: Language,
  ): Promise<PdfFile> {
    const details = await this.progress.details(viewer, cohortId, studentId, {
      releasedOnly: true,
    });
    const language = lang ?? details.language;
    const body = await renderPdf(transcriptDocument(details, language, new Date()));
    return { body, fileName: `${LABELS[language].title} – ${details.student.displayName}.pdf` };
  }
}

const TIME_ZONE: Record<Country, string> = { CH: 'Europe/Zurich', FR: 'Europe/Paris' };

export function transcriptDocument(
  d: StudentProgressDetailsDto,
  language: Language,
  now: Date,
): PdfDocument {
  const t = LABELS[language];
  const country: Country = d.programme.scale === 'CH_6' ? 'CH' : 'FR';
  const grade = (v: number | null) => (v === null ? t.none : formatNumber(v, language, country));
  const results = new Map(d.student.modules.map((m) => [m.moduleId, m]));
  const issued = new Intl.DateTimeFormat(language === 'fr' ? `fr-${country}` : 'en-GB', {
    dateStyle: 'long',
    timeZone: TIME_ZONE[country],
  }).format(now);

  const status = (r: ModuleResultDto | undefined) => {
    if (!r || !r.complete) return t.pending;
    if (r.kept) return t.kept;
    if (r.compensated) return t.compensated;
    return r.passed ? t.passed : t.failed;
  };

  const moduleRows = (m: ProgressModuleDto) => {
    const r = results.get(m.id);
    const rows: unknown[][] = [
      [
        { text: `${m.code} ${m.title}`, bold: true },
        formatNumber(m.ects, language, country, 1),
        formatNumber(m.coefficient, language, country),
        { text: grade(r?.average ?? null), bold: true },
        status(r),
      ],
    ];
    for (const g of d.grades.filter((x) => x.moduleId === m.id)) {
      rows.push([
        { text: g.title, margin: [10, 0, 0, 0], color: '#444444' },
        '',
        formatNumber(g.coefficient, language, country),
        grade(g.score),
        '',
      ]);
    }
    return rows;
  };

  const table = (modules: ProgressModuleDto[]) => ({
    table: {
      headerRows: 1,
      widths: ['*', 40, 40, 50, 70],
      body: [
        [t.module, t.ects, t.coefficient, t.grade, t.status].map((text) => ({ text, bold: true })),
        ...modules.flatMap(moduleRows),
      ],
    },
    layout: 'lightHorizontalLines',
    margin: [0, 4, 0, 10],
  });

  const sections: unknown[] = [];
  for (const period of d.periods) {
    const modules = d.modules.filter((m) => m.periodId === period.id);
    if (!modules.length) continue;
    const average = d.student.periods.find((p) => p.id === period.id)?.average ?? null;
    sections.push({ text: period.title, style: 'section' }, table(modules), {
      text: `${t.periodAverage}${language === 'fr' ? ' : ' : ': '}${grade(average)}`,
      margin: [0, 0, 0, 8],
    });
  }
  const loose = d.modules.filter((m) => !m.periodId || !d.periods.some((p) => p.id === m.periodId));
  if (loose.length) {
    if (d.periods.length) sections.push({ text: t.otherModules, style: 'section' });
    sections.push(table(loose));
  }

  const colon = language === 'fr' ? ' : ' : ': ';
  const attendance =
    d.student.attendanceRate === null
      ? t.none
      : `${formatNumber(d.student.attendanceRate, language, country, 1)} %`;

  return {
    info: { title: `${t.title} – ${d.student.displayName}` },
    pageMargins: [40, 40, 40, 40],
    styles: {
      title: { fontSize: 18, bold: true, margin: [0, 0, 0, 10] },
      section: { fontSize: 12, bold: true, margin: [0, 8, 0, 2] },
    },
    content: [
      { text: t.title, style: 'title' },
      {
        columns: [
          {
            width: '*',
            stack: [
              `${t.programme}${colon}${d.programme.title} (${d.programme.code})`,
              `${t.cohort}${colon}${d.cohort.name}`,
              { text: `${t.student}${colon}${d.student.displayName}`, bold: true },
            ],
          },
          { width: 'auto', text: `${t.issued} ${issued}`, alignment: 'right' },
        ],
        margin: [0, 0, 0, 10],
      },
      ...sections,
      {
        stack: [
          { text: `${t.overall}${colon}${grade(d.student.overallAverage)}`, bold: true },
          `${t.project}${colon}${grade(d.student.projectGrade)}`,
          `${t.attendance}${colon}${attendance}`,
        ],
        margin: [0, 6, 0, 8],
      },
      { text: t.rules, style: 'section' },
      {
        ul: d.student.rules.map((r) => {
          const mark = r.met === true ? t.ruleMet : r.met === false ? t.ruleNotMet : t.rulePending;
          return `${reasonText(r.reason, language, country)} (${mark})`;
        }),
      },
      {
        text: `${t.outcome}${colon}${OUTCOME_WORDS[language][d.student.outcome]}`,
        bold: true,
        margin: [0, 8, 0, 8],
      },
      { text: t.releasedOnly, italics: true, fontSize: 8, color: '#555555' },
    ],
  };
}
