import { pdfDisposition, renderPdf } from './pdf';

describe('renderPdf', () => {
  it('writes a PDF', async () => {
    const pdf = await renderPdf({ content: ['Relevé de notes'] });
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
  });

  it('refuses to load an image from a URL', async () => {
    await expect(
      renderPdf({ content: [{ image: 'http://169.254.169.254/logo.png' }] }),
    ).rejects.toThrow();
  });
});

describe('pdfDisposition', () => {
  it('gives an ASCII fallback and the UTF-8 name', () => {
    expect(pdfDisposition('Relevé "Léa".pdf')).toBe(
      `attachment; filename="Relev_ _L_a_.pdf"; filename*=UTF-8''Relev%C3%A9%20%22L%C3%A9a%22.pdf`,
    );
  });
});
