import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import type { Viewer } from '../common/access';
import { type PdfDocument, type PdfFile, renderPdf } from '../common/pdf/pdf';
import type { Language } from '../common/role';
import { namedQuery } from '../common/sql';
import { type Country, formatNumber, reasonText } from '../progress';
import type { JuryBoardDto, JuryDecisionDto } from './dto/juries.dto';
import { JuriesService } from './juries.service';
import { MINUTES_WORDS } from './minutes-text';

/**
 * The minutes (procès-verbal de délibération): cohort, programme, date, members, each
 * student's results and decision (exemptions and corrections shown), the president's
 * signature. In the reader's language unless told.
 */
@Injectable()
export class MinutesService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly juries: JuriesService,
  ) {}

  async render(viewer: Viewer, juryId: string, lang?: Language): Promise<PdfFile> {
    const board = await this.juries.board(viewer, juryId);
    const [extra] = await namedQuery<{ lang: Language; png: Buffer | null; tz: string }>(
      this.db.manager,
      `SELECT u.preferred_language AS lang, j.signature_png AS png, p.time_zone AS tz
         FROM juries j JOIN cohorts c ON c.id = j.cohort_id JOIN programmes p ON p.id = c.programme_id
         JOIN users u ON u.id = :me WHERE j.id = :juryId`,
      { me: viewer.id, juryId },
    );
    const language = lang ?? extra.lang;
    const doc = minutesDocument(board, language, extra.png, extra.tz);
    const t = MINUTES_WORDS[language];
    return { body: await renderPdf(doc), fileName: `${t.title} – ${board.jury.cohort.name}.pdf` };
  }
}

export function minutesDocument(
  b: JuryBoardDto,
  language: Language,
  signature: Buffer | null,
  timeZone: string,
): PdfDocument {
  const t = MINUTES_WORDS[language];
  const country: Country = b.jury.cohort.scale === 'CH_6' ? 'CH' : 'FR';
  const locale = language === 'fr' ? `fr-${country}` : 'en-GB';
  const colon = language === 'fr' ? ' : ' : ': ';
  const day = (iso: string) =>
    new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' }).format(
      new Date(`${iso}T12:00:00Z`),
    );
  const instant = (iso: string) =>
    new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeStyle: 'short', timeZone }).format(
      new Date(iso),
    );
  const grade = (v: number | null) => (v === null ? '–' : formatNumber(v, language, country));
  const honours = (d: JuryDecisionDto) => (language === 'fr' ? d.honoursLabelFr : d.honoursLabelEn);
  const decisionText = (d: JuryDecisionDto | null): unknown[] => {
    if (!d) return [{ text: t.noDecision, italics: true }];
    const lines: unknown[] = [{ text: t.decisions[d.decision], bold: true }];
    if (d.honours) lines.push(honours(d));
    if (d.exemptionReason)
      lines.push({ text: `${t.exemption}${colon}${d.exemptionReason}`, fontSize: 8 });
    if (d.decision === 'deferred') {
      const items = d.remainingItems.map((i) => t.items[i]);
      if (d.remaining) items.push(d.remaining);
      lines.push({ text: `${t.remaining}${colon}${items.join(' ; ')}`, fontSize: 8 });
    }
    if (d.correctionReason)
      lines.push({
        text: `${t.correction} ${instant(d.decidedAt)}${colon}${d.correctionReason}`,
        fontSize: 8,
        italics: true,
      });
    return lines;
  };

  const rows = b.students.map((s) => [
    { text: s.displayName, bold: true },
    grade(s.decision?.finalGrade ?? s.finalGrade),
    {
      stack: s.rulesMet
        ? [t.rulesMet]
        : [
            t.rulesNotMet,
            ...s.unmetRules.map((r) => ({
              text: `• ${reasonText(r.reason, language, country)}`,
              fontSize: 8,
            })),
          ],
    },
    { stack: decisionText(s.decision) },
  ]);

  const corrections = b.students.flatMap((s) =>
    s.history.length && s.decision?.correctionReason
      ? [
          `${s.displayName}${colon}${[...s.history]
            .reverse()
            .map((h) => t.decisions[h.decision])
            .join(', ')}, ${t.correctedTo} ${t.decisions[s.decision.decision]}`,
        ]
      : [],
  );

  return {
    info: { title: `${t.title} – ${b.jury.cohort.name}` },
    pageMargins: [40, 40, 40, 40],
    styles: {
      title: { fontSize: 18, bold: true, margin: [0, 0, 0, 10] },
      section: { fontSize: 12, bold: true, margin: [0, 10, 0, 4] },
    },
    content: [
      { text: t.title, style: 'title' },
      `${t.programme}${colon}${b.jury.cohort.programmeTitle} (${b.jury.cohort.programmeCode})`,
      `${t.cohort}${colon}${b.jury.cohort.name}`,
      `${t.heldOn}${colon}${day(b.jury.heldOn)}`,
      { text: t.members, style: 'section' },
      { ul: b.members.map((m) => (m.role ? `${m.name} (${m.role})` : m.name)) },
      { text: t.results, style: 'section' },
      {
        table: {
          headerRows: 1,
          widths: ['*', 50, '*', '*'],
          body: [
            [t.student, t.finalGrade, t.rules, t.decision].map((text) => ({ text, bold: true })),
            ...rows,
          ],
        },
        layout: 'lightHorizontalLines',
      },
      ...(corrections.length
        ? [{ text: t.corrections, style: 'section' }, { ul: corrections }]
        : []),
      { text: t.signature, style: 'section' },
      b.jury.signedAt
        ? {
            stack: [
              `${t.president}${colon}${b.jury.presidentName}`,
              `${t.signedAt}${colon}${instant(b.jury.signedAt)}`,
              ...(signature
                ? [
                    {
                      image: `data:image/png;base64,${signature.toString('base64')}`,
                      fit: [200, 80],
                      margin: [0, 4, 0, 0],
                    },
                  ]
                : []),
            ],
          }
        : { text: t.notSigned, italics: true },
    ],
  };
}
