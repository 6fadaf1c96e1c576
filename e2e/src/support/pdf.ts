import { readFile } from 'node:fs/promises';
import { PDFParse } from 'pdf-parse';

/** The text of a downloaded PDF, page after page, as a reader would copy it. */
export async function pdfText(file: string): Promise<string> {
  const parser = new PDFParse({ data: new Uint8Array(await readFile(file)) });
  try {
    return (await parser.getText()).text;
  } finally {
    await parser.destroy();
  }
}
