import { pdfText } from '../../testing/pdf-text';
import { renderPdf } from './pdf';

describe('renderPdf (text read back)', () => {
  it('writes accents, the Swiss apostrophe and dashes that read back as typed', async () => {
    const text = 'Relevé de notes – Élodie Müller, 1’234.50 · Œuvre';
    expect(await pdfText(await renderPdf({ content: [text] }))).toContain(text);
  });
});
