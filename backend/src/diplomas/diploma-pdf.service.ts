import { Inject, Injectable } from '@nestjs/common';
import * as QRCode from 'qrcode';
import type { Viewer } from '../common/access';
import { type PdfFile, renderPdf } from '../common/pdf/pdf';
import type { Language } from '../common/role';
import { APP_CONFIG, type AppConfig } from '../config/config';
import { printedCode, verificationUrl } from './diploma-number';
import type { DiplomaRow } from './diploma-row';
import { DIPLOMA_TEXTS, formatDay, formatGrade } from './diploma-texts';
import { DiplomasService } from './diplomas.service';
import { loadLogo, type LogoNode } from './institution-logo';

const INK = '#1f2a37';
const ACCENT = '#1f4e79';
const MUTED = '#5b6675';

/**
 * The diploma as a PDF: A4 landscape, printable, in the holder's language (or the one asked):
 * the institution and its logo, the holder, the programme and cohort, the grade and honours,
 * the date, the signatory, the number and a QR code of the verification link (printed too).
 */
@Injectable()
export class DiplomaPdfService {
  private readonly logo: LogoNode;

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly diplomas: DiplomasService,
  ) {
    this.logo = loadLogo(config.INSTITUTION_LOGO_FILE);
  }

  async pdf(viewer: Viewer, id: string, lang: Language | undefined): Promise<PdfFile> {
    const row = await this.diplomas.row(viewer, id);
    const body = await this.render(row, lang ?? row.language);
    return { fileName: `diplome-${row.number}.pdf`, body };
  }

  async render(d: DiplomaRow, lang: Language): Promise<Buffer> {
    const t = DIPLOMA_TEXTS[lang];
    const url = verificationUrl(this.config.PUBLIC_URL, d.number, d.verification_code);
    const qr = await QRCode.toString(url, { type: 'svg', margin: 0, errorCorrectionLevel: 'M' });
    const honours = lang === 'fr' ? d.honours_label_fr : d.honours_label_en;
    const result = [
      d.final_grade === null
        ? null
        : t.finalGrade(formatGrade(d.final_grade, d.grading_scale, lang)),
      honours ?? null,
    ].filter((x): x is string => x !== null);
    const institution = this.config.INSTITUTION_NAME;
    return renderPdf({
      info: { title: `${t.title} ${d.number} – ${d.holder_name}`, author: institution },
      pageSize: 'A4',
      pageOrientation: 'landscape',
      pageMargins: [56, 40, 56, 40],
      background: (_page: number, size: { width: number; height: number }) => ({
        canvas: [
          {
            type: 'rect',
            x: 18,
            y: 18,
            w: size.width - 36,
            h: size.height - 36,
            lineWidth: 3,
            lineColor: ACCENT,
          },
          {
            type: 'rect',
            x: 26,
            y: 26,
            w: size.width - 52,
            h: size.height - 52,
            lineWidth: 0.75,
            lineColor: ACCENT,
          },
        ],
      }),
      defaultStyle: { color: INK, alignment: 'center' },
      content: [
        { ...this.logo, width: 64, alignment: 'center', margin: [0, 4, 0, 6] },
        { text: institution, fontSize: 13, bold: true, color: ACCENT },
        { text: t.title.toUpperCase(), fontSize: 34, bold: true, margin: [0, 14, 0, 6] },
        { text: t.awardedTo, fontSize: 12, italics: true, color: MUTED },
        { text: d.holder_name, fontSize: 28, bold: true, margin: [0, 4, 0, 8] },
        { text: t.completed, fontSize: 12, italics: true, color: MUTED },
        { text: d.programme_title, fontSize: 18, bold: true, color: ACCENT, margin: [0, 4, 0, 2] },
        { text: d.cohort_name, fontSize: 11, color: MUTED },
        ...(result.length
          ? [{ text: result.join('  ·  '), fontSize: 13, margin: [0, 10, 0, 0] }]
          : []),
        { text: t.awardedOn(formatDay(d.awarded_on, lang)), fontSize: 11, margin: [0, 10, 0, 0] },
        ...(d.revoked_at
          ? [
              {
                text: t.revoked(formatDay(d.revoked_at.toISOString().slice(0, 10), lang)),
                fontSize: 14,
                bold: true,
                color: '#b00020',
                margin: [0, 6, 0, 0],
              },
            ]
          : []),
        {
          margin: [0, 36, 0, 0],
          columns: [
            {
              width: '*',
              alignment: 'left',
              stack: [
                { text: t.number, fontSize: 8, color: MUTED },
                { text: d.number, fontSize: 12, bold: true },
                { text: t.verify, fontSize: 8, color: MUTED, margin: [0, 6, 0, 0] },
                { text: url, fontSize: 8, link: url, color: ACCENT },
                {
                  text: t.field(t.code, printedCode(d.verification_code)),
                  fontSize: 8,
                  color: MUTED,
                },
              ],
            },
            { width: 90, svg: qr, fit: [78, 78], alignment: 'center' },
            {
              width: '*',
              alignment: 'right',
              stack: [
                {
                  canvas: [
                    {
                      type: 'line',
                      x1: 60,
                      y1: 0,
                      x2: 230,
                      y2: 0,
                      lineWidth: 0.5,
                      lineColor: MUTED,
                    },
                  ],
                },
                { text: d.signatory_name, fontSize: 11, bold: true, margin: [0, 4, 0, 0] },
                { text: t.president, fontSize: 9, color: MUTED },
                {
                  text: t.field(t.issuer, institution),
                  fontSize: 9,
                  color: MUTED,
                  margin: [0, 6, 0, 0],
                },
              ],
            },
          ],
        },
      ],
    });
  }
}
