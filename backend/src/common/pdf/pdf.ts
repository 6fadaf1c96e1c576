import { StreamableFile } from '@nestjs/common';
import { dirname, join } from 'node:path';

/**
 * The one way the server writes a PDF (transcripts, attendance sheets, minutes, diplomas):
 * pdfmake with the Roboto fonts pdfmake ships on npm, so accents, the Swiss apostrophe (’)
 * and the typographic dashes render with no font fetched or installed. Documents may not read
 * files or URLs: images come as data URLs or buffers the caller made.
 *
 * The document is pdfmake's definition object (https://pdfmake.github.io/docs/0.3/). Its
 * `@types/pdfmake` are not used: they pull the DOM library into the whole backend.
 */
export interface PdfDocument {
  content: unknown;
  defaultStyle?: Record<string, unknown>;
  [option: string]: unknown;
}

type PdfMake = {
  setFonts(fonts: Record<string, Record<string, string>>): void;
  setUrlAccessPolicy(policy: (url: string) => boolean): void;
  setLocalAccessPolicy?(policy: (path: string) => boolean): void;
  createPdf(doc: PdfDocument): { getBuffer(): Promise<Buffer> };
};

let engine: PdfMake | undefined;

function pdfmake(): PdfMake {
  if (engine) return engine;
  const loaded = require('pdfmake') as PdfMake;
  const fonts = join(dirname(require.resolve('pdfmake')), '..', 'fonts', 'Roboto');
  loaded.setFonts({
    Roboto: {
      normal: join(fonts, 'Roboto-Regular.ttf'),
      bold: join(fonts, 'Roboto-Medium.ttf'),
      italics: join(fonts, 'Roboto-Italic.ttf'),
      bolditalics: join(fonts, 'Roboto-MediumItalic.ttf'),
    },
  });
  loaded.setUrlAccessPolicy(() => false);
  loaded.setLocalAccessPolicy?.((path) => path.startsWith(fonts));
  engine = loaded;
  return loaded;
}

/** Renders a pdfmake document definition to PDF bytes (Roboto by default). */
export async function renderPdf(doc: PdfDocument): Promise<Buffer> {
  const definition: PdfDocument = {
    ...doc,
    defaultStyle: { font: 'Roboto', fontSize: 10, ...(doc.defaultStyle ?? {}) },
  };
  return Buffer.from(await pdfmake().createPdf(definition).getBuffer());
}

/** A PDF made for a download, with the name it is saved under. */
export interface PdfFile {
  fileName: string;
  body: Buffer;
}

/** The answer of a PDF download endpoint: the bytes, their type, length and file name. */
export function pdfDownload(file: PdfFile): StreamableFile {
  return new StreamableFile(file.body, {
    type: 'application/pdf',
    disposition: pdfDisposition(file.fileName),
    length: file.body.length,
  });
}

/** The `Content-Disposition` value for a PDF download, with a UTF-8 file name (RFC 6266). */
export function pdfDisposition(fileName: string): string {
  const ascii = fileName.replace(/[^\x20-\x7e]/g, '_').replace(/["\\]/g, '_');
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(fileName)}`;
}
