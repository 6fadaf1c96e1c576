import { PDFParse } from 'pdf-parse';

/**
 * The text of a PDF, page after page, as a reader would copy it. pdf.js loads its worker by a
 * dynamic import, so a spec that calls this runs as an integration spec (Node's
 * --experimental-vm-modules), not as a unit spec.
 */
export async function pdfText(pdf: Buffer | Uint8Array): Promise<string> {
  const parser = new PDFParse({ data: new Uint8Array(pdf) });
  try {
    return (await parser.getText()).text;
  } finally {
    await parser.destroy();
  }
}
